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

/**
 * Where a verdict depends on the runtime's own importKey, and why. Everything else must match exactly.
 */
const RUNTIME_DEPENDENT: Record<string, string> = {
  "Ed25519 jwk whose x belongs to another key":
    "the x/d comparison runs only after a failed trial import; workerd's import accepts the key (it derives x from d)",
  "X25519 jwk whose x belongs to another key": "same as Ed25519: workerd ignores x",
};

it("validates every table case inside workerd exactly as in Node", async () => {
  const sample = CASES.filter((c) => !(c.name in RUNTIME_DEPENDENT));
  const secrets = sample.map((c) => c.secret(k));
  const res = await fetch(`${worker.url}/validate`, { method: "POST", body: JSON.stringify(secrets) });
  expect(res.status).toBe(200);
  const inWorkerd = (await res.json()) as KeyReport[];
  const inNode = await Promise.all(secrets.map((s) => validateSecretKey(s)));
  expect(sample.length).toBeGreaterThan(300);
  const differing = sample.filter(
    (_, i) =>
      JSON.stringify(verdict(inWorkerd[i] as KeyReport)) !== JSON.stringify(verdict(inNode[i] as KeyReport)),
  );
  expect(differing.map((c) => c.name)).toEqual([]);
  expect(inWorkerd.some((r) => r.ok) && inWorkerd.some((r) => !r.ok)).toBe(true);
});

it("the runtime-dependent cases really differ (the exclusions are needed)", async () => {
  const named = CASES.filter((c) => c.name in RUNTIME_DEPENDENT);
  expect(named.length).toBe(Object.keys(RUNTIME_DEPENDENT).length);
  const secrets = named.map((c) => c.secret(k));
  const inWorkerd = (await (
    await fetch(`${worker.url}/validate`, { method: "POST", body: JSON.stringify(secrets) })
  ).json()) as KeyReport[];
  const inNode = await Promise.all(secrets.map((s) => validateSecretKey(s)));
  inWorkerd.forEach((r, i) => {
    expect(r.ok).toBe(true); // workerd accepts, as the runtime option says
    expect(verdict(r)).not.toEqual(verdict(inNode[i] as KeyReport));
  });
});
