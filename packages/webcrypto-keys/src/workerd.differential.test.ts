/**
 * Differential suite: every table case and every matrix-generated call, imported inside a real workerd and
 * validated by validateSecretKey({ runtime: "workerd" }). Fails on any false accept (workerd rejects, we
 * accept), on any disagreement not listed with its reason in fixtures/workerd-expectations.json, and on
 * any listed disagreement that no longer happens.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type RunningWorker, startWorker } from "@patchbay/workerd-harness";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeBase64, encodeBase64 } from "./base64.js";
import { isObject } from "./describe.js";
import type { KeyReport } from "./diagnostics.js";
import { CASES } from "./test-support/cases.js";
import { keys } from "./test-support/keys.js";
import { matrixSecrets, type NamedSecret } from "./test-support/matrix-calls.js";
import { mutatedEnvelopes, mutatedJwks, mutatedSecrets } from "./test-support/mutations.js";
import { validateSecretKey } from "./validate.js";

interface Outcome {
  ok: boolean;
  type?: string;
  name?: string;
  message?: string;
}
interface Row extends NamedSecret {
  call: Record<string, unknown>;
  workerd: Outcome;
  ours: KeyReport;
}

const expectations = JSON.parse(
  readFileSync(new URL("../fixtures/workerd-expectations.json", import.meta.url), "utf8"),
) as {
  disagreements: Record<string, string>;
};

/** The importKey call a secret amounts to; undefined when it never gets that far (transport errors). */
function toCall(secret: unknown): Record<string, unknown> | undefined {
  if (!isObject(secret)) return undefined;
  const hasJwk = Object.hasOwn(secret, "key_jwk");
  const hasB64 = Object.hasOwn(secret, "key_base64");
  if (hasJwk === hasB64) return undefined;
  let data: unknown = secret.key_jwk;
  if (hasB64) {
    if (typeof secret.key_base64 !== "string") return undefined;
    const d = decodeBase64(secret.key_base64);
    if ("problem" in d) return undefined;
    data = encodeBase64(d.bytes);
  }
  if (hasJwk !== (secret.format === "jwk")) return undefined;
  return { format: secret.format, data, algorithm: secret.algorithm, usages: secret.usages };
}

let worker: RunningWorker;
let rows: Row[] = [];

beforeAll(async () => {
  const [k, w] = await Promise.all([
    keys(),
    startWorker({ entry: fileURLToPath(new URL("./test-support/worker.ts", import.meta.url)) }),
  ]);
  worker = w;
  const named: NamedSecret[] = [
    ...CASES.map((c) => ({ name: c.name, secret: c.secret(k) })),
    ...matrixSecrets(k),
    ...mutatedSecrets(k, Number(process.env.MUTATIONS ?? 24), Number(process.env.MUTATION_SEED ?? 0x5eed)),
    ...mutatedJwks(k, Number(process.env.MUTATIONS ?? 24), Number(process.env.MUTATION_SEED ?? 0x10c)),
    ...mutatedEnvelopes(
      k,
      Number(process.env.MUTATIONS ?? 24) * 6,
      Number(process.env.MUTATION_SEED ?? 0xe1),
    ),
  ];
  const pending = named.flatMap((n) => {
    const call = toCall(n.secret);
    return call ? [{ ...n, call }] : [];
  });
  const res = await fetch(`${worker.url}/import`, {
    method: "POST",
    body: JSON.stringify(pending.map((p) => p.call)),
  });
  const outcomes = (await res.json()) as Outcome[];
  rows = await Promise.all(
    pending.map(async (p, i) => ({
      ...p,
      workerd: outcomes[i] as Outcome,
      ours: await validateSecretKey(p.secret, { runtime: "workerd" }),
    })),
  );
}, 120_000);

afterAll(async () => {
  await worker?.close();
});

const summary = (r: Row) =>
  `${r.name}: workerd ${r.workerd.ok ? "accepts" : `rejects (${r.workerd.name}: ${r.workerd.message})`}, we ${
    r.ours.ok
      ? "accept"
      : `reject (${r.ours.diagnostics
          .filter((d) => d.severity === "error")
          .map((d) => d.code)
          .join(", ")})`
  }`;

describe("differential against workerd", () => {
  it("makes at least 300 importKey calls", () => {
    expect(rows.length).toBeGreaterThanOrEqual(300);
    console.log(
      `differential: ${rows.length} importKey calls, workerd accepted ${rows.filter((r) => r.workerd.ok).length}`,
    );
  });

  it("exercises both outcomes in workerd (the oracle is not vacuous)", () => {
    expect(rows.filter((r) => r.workerd.ok).length).toBeGreaterThanOrEqual(100);
    expect(rows.filter((r) => !r.workerd.ok).length).toBeGreaterThanOrEqual(100);
  });

  it("never accepts what workerd rejects", () => {
    expect(rows.filter((r) => r.ours.ok && !r.workerd.ok).map(summary)).toEqual([]);
  });

  it("lists every other disagreement with its reason", () => {
    const unlisted = rows.filter(
      (r) => !r.ours.ok && r.workerd.ok && !(r.name in expectations.disagreements),
    );
    expect(unlisted.map(summary)).toEqual([]);
  });

  it("has no stale expectations", () => {
    const byName = new Map(rows.map((r) => [r.name, r]));
    const stale = Object.keys(expectations.disagreements).filter((n) => {
      const r = byName.get(n);
      return !r || r.ours.ok === r.workerd.ok;
    });
    expect(stale).toEqual([]);
  });

  it("agrees on the key type when both accept", () => {
    const mismatched = rows.filter((r) => r.ours.ok && r.workerd.ok && r.ours.key?.type !== r.workerd.type);
    expect(mismatched.map(summary)).toEqual([]);
  });
});
