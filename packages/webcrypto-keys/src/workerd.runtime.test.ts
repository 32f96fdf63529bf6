/**
 * Runtime-agnostic proof: this package, bundled into a worker, runs inside workerd and validates a sample
 * of table cases with the same verdicts and codes as in Node.
 */
import { fileURLToPath } from "node:url";
import { type RunningWorker, startWorker } from "@patchbay/workerd-harness";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { KeyReport } from "./diagnostics.js";
import { CASES } from "./test-support/cases.js";
import { type KeySet, keys } from "./test-support/keys.js";
import { validateSecretKey } from "./validate.js";

let worker: RunningWorker;
let k: KeySet;

beforeAll(async () => {
  [k, worker] = await Promise.all([
    keys(),
    startWorker({ entry: fileURLToPath(new URL("./test-support/worker.ts", import.meta.url)) }),
  ]);
}, 60_000);

afterAll(async () => {
  await worker?.close();
});

const verdict = (r: KeyReport) => ({
  ok: r.ok,
  codes: r.diagnostics.map((d) => `${d.severity}:${d.code}@${d.pointer}`),
  type: r.key?.type,
});

it("validates a sample inside workerd exactly as in Node", async () => {
  // Every 4th case: all families and formats, valid and invalid.
  const sample = CASES.filter((_, i) => i % 4 === 0);
  const secrets = sample.map((c) => c.secret(k));
  const res = await fetch(`${worker.url}/validate`, { method: "POST", body: JSON.stringify(secrets) });
  expect(res.status).toBe(200);
  const inWorkerd = (await res.json()) as KeyReport[];
  const inNode = await Promise.all(secrets.map((s) => validateSecretKey(s)));
  expect(sample.length).toBeGreaterThan(50);
  expect(inWorkerd.map(verdict)).toEqual(inNode.map(verdict));
  expect(inWorkerd.some((r) => r.ok) && inWorkerd.some((r) => !r.ok)).toBe(true);
});
