/**
 * The main entry runs unchanged in workerd (contract 3 harness): same answers as in Node for parsing,
 * validation (ajv standalone + WebCrypto key checks), fingerprinting (WebCrypto HMAC) and rendering.
 */
import { type RunningWorker, startWorker } from "@patchbay/workerd-harness";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createState,
  parseSecretsFile,
  parseState,
  planSecrets,
  renderPlan,
  serializeState,
  toBulkPatch,
  updateState,
  validateBulkPatch,
} from "./index.js";
import { hmacSecret, textSecret } from "./test-support/fixtures.js";

let worker: RunningWorker;
beforeAll(async () => {
  worker = await startWorker({ entry: new URL("./test-support/worker.ts", import.meta.url).pathname });
}, 60_000);
afterAll(() => worker?.close());

describe("in workerd", () => {
  it("parses, validates, fingerprints and renders as in Node", async () => {
    const scenario = {
      dotenv: "A=1\nB='-----BEGIN X-----\nAB\n-----END X-----'\n# patchbay:delete C\n",
      body: {
        secrets: { A: textSecret("B", "x"), K: { ...hmacSecret("K"), usages: ["encrypt"] }, "X-Y": null },
      },
      state: serializeState(createState()),
    };
    const response = await fetch(worker.url, { method: "POST", body: JSON.stringify(scenario) });
    expect(response.status, worker.output()).toBe(200);
    const got = await response.json();

    const desired = parseSecretsFile(scenario.dotenv, { filename: ".dev.vars" });
    const state = await updateState(parseState(scenario.state), {
      script: "w",
      desired: new Map([...desired].slice(0, 1)),
    });
    const current = new Map(
      [...desired.keys()].map((name) => [name, { name, type: "secret_text" as const }]),
    );
    const plan = await planSecrets({ desired, current, state, script: "w" });
    expect(got).toEqual({
      report: await validateBulkPatch(scenario.body),
      desiredBody: toBulkPatch(desired),
      rendered: renderPlan(plan),
    });
    expect(got.rendered).toContain("A  secret_text  unchanged (fingerprint matches)");
    expect(got.report.diagnostics.map((d: { code: string }) => d.code)).toContain("key/usage-not-allowed");
  });
});
