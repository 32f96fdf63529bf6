/**
 * Canary test (issue 6): random values planted in `text`, `key_base64` and `key_jwk` members, every
 * library path and error path run, failing if a canary appears in any message, thrown error, report or
 * rendered plan. The CLI's own canary test covers stdout/stderr of the binary.
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { parseCurrentSecrets } from "./current-secrets.js";
import { serializeDotenv } from "./dotenv-serialize.js";
import type { DesiredSecret } from "./model.js";
import { parseSecretsFile } from "./parse-secrets-file.js";
import { toBulkPatch } from "./patch-body.js";
import { planSecrets } from "./plan.js";
import { renderPlan } from "./render-plan.js";
import { redactSecrets } from "./sensitive.js";
import { createState, parseState, serializeState, updateState } from "./state.js";
import { current, hmacSecret, jwkSecret, textSecret } from "./test-support/fixtures.js";
import { validateBulkPatch } from "./validate-bulk-patch.js";

// Random, unguessable in messages: a prefix no message uses plus random alphanumerics.
const canary = fc.stringMatching(/^[A-Za-z0-9]{12,24}$/).map((s) => `Cnry${s}`);

/** Everything observable about an outcome: the thrown message and fields, or the result as text. */
async function observe(run: () => unknown): Promise<string> {
  try {
    const value = await run();
    if (value instanceof Map) return JSON.stringify([...value]);
    return typeof value === "string" ? value : (JSON.stringify(value) ?? "");
  } catch (error) {
    return error instanceof Error
      ? `${error.name} ${error.message} ${JSON.stringify({ ...error })}`
      : String(error);
  }
}

function bodies(c: string): unknown[] {
  return [
    { secrets: { A: textSecret("A", c) } },
    { secrets: { A: textSecret("B", c) } },
    { secrets: { "BAD-NAME": textSecret("BAD-NAME", c) } },
    { secrets: { A: textSecret("A", c.repeat(600)) } },
    { secrets: { A: { name: "A", type: "secret_key", text: c } } },
    { secrets: { A: { name: "A", type: "bogus", text: c, key_base64: c, key_jwk: { k: c } } } },
    { secrets: { A: { name: "A", type: "secret_text", text: [c] } } },
    { secrets: { A: { name: "A", type: "secret_text", text: { k: c } } } },
    { secrets: { K: hmacSecret("K", c) } },
    { secrets: { K: hmacSecret("K", `${c}!!`) } },
    { secrets: { K: { ...hmacSecret("K", c), usages: ["encrypt"] } } },
    { secrets: { K: { ...hmacSecret("K", c), format: "pkcs8" } } },
    { secrets: { K: { ...hmacSecret("K", c), format: "jwk" } } },
    { secrets: { K: jwkSecret("K", { kty: "oct", k: c, alg: "HS256" }) } },
    { secrets: { K: jwkSecret("K", { kty: "RSA", n: c, e: c, d: c }) } },
    { secrets: { K: jwkSecret("K", { kty: "oct", k: c, alg: c, use: c, key_ops: [c] }) } },
    { secrets: { K: jwkSecret("K", c) } },
    { secrets: { K: { ...jwkSecret("K"), key_base64: c } } },
    { secrets: { K: { ...hmacSecret("K", c), algorithm: { name: c } } } },
    [c],
    c,
  ];
}

function files(c: string): [string, string][] {
  return [
    [`A=${c}\n`, "a.env"],
    [`A=${c}   \n`, "a.env"],
    [`A="${c}\n`, "a.env"],
    [`A='${c}'${c}\n`, "a.env"],
    [`${c}\n`, "a.env"],
    [`A=1\nA=${c}\n`, "a.env"],
    [`-----BEGIN PRIVATE KEY-----\n${c}\n-----END PRIVATE KEY-----\n`, "a.env"],
    [`# patchbay:${c}\n`, "a.env"],
    [`{"A": ${c}}`, "a.json"],
    [`{"A": "${c}`, "a.json"],
    [`{"A": {"text": "${c}"}}`, "a.json"],
    [`{"A": {"type": "secret_text", "name": "B", "text": "${c}"}}`, "a.json"],
    [`{"A": {"type": "secret_text", "text": ["${c}"]}}`, "a.json"],
    [`[{"name": "A", "type": "secret_text", "text": "${c}"}]`, "a.json"],
    // RFC 8259 §4 duplicates: the error names both positions and the pointer, never either value.
    [`{"A": "${c}", "A": "${c}x"}`, "a.json"],
    [`{"secrets": {"A": {"type": "secret_text", "text": "${c}", "text": "${c}"}}}`, "a.json"],
    [`[{"name": "A", "type": "secret_text", "name": "${c}"}]`, "a.json"],
  ];
}

describe("canaries never leave", () => {
  test.prop([canary], { numRuns: 8 })("validateBulkPatch reports", async (c) => {
    for (const body of bodies(c)) {
      for (const options of [
        {},
        { current: current("A"), plan: "free" as const },
        { runtime: "spec" as const },
      ]) {
        expect(await observe(() => validateBulkPatch(body, options))).not.toContain(c);
      }
    }
  });

  test.prop([canary], { numRuns: 8 })("secrets file parsing errors", async (c) => {
    for (const [text, filename] of files(c)) {
      const seen = await observe(() => {
        const desired = parseSecretsFile(text, { filename });
        return [...desired.keys()]; // names only: a parsed value is meant to be in the desired state
      });
      expect(seen).not.toContain(c);
      expect(await observe(() => parseCurrentSecrets(text))).not.toContain(c);
    }
  });

  test.prop([canary], { numRuns: 8 })(
    "plans, renderings, redacted plans, state files, serializer errors",
    async (c) => {
      const desired = new Map<string, DesiredSecret>([
        ["T", { kind: "text", text: c }],
        ["K", { kind: "key", secret: hmacSecret("K", c) as never }],
        ["J", { kind: "key", secret: jwkSecret("J", { kty: "oct", k: c }) as never }],
        ["D", { kind: "delete" }],
      ]);
      let state = createState();
      state = await updateState(state, { script: "w", desired });
      const plan = await planSecrets({
        desired,
        current: current("T", "D", "X"),
        prune: true,
        state,
        script: "w",
        maxOperations: 2,
      });
      expect(renderPlan(plan)).not.toContain(c);
      expect(renderPlan(plan, { color: true })).not.toContain(c);
      expect(JSON.stringify(redactSecrets(plan))).not.toContain(c);
      expect(JSON.stringify(redactSecrets(toBulkPatch(desired)))).not.toContain(c);
      expect(JSON.stringify(redactSecrets([...desired]))).not.toContain(c);
      expect(serializeState(state)).not.toContain(c);
      expect(await observe(() => serializeDotenv(desired))).not.toContain(c);
      expect(await observe(() => parseState(`{"version":1,"key":"${c}"}`))).not.toContain(c);
      expect(await observe(() => planSecrets({ desired, prune: true }))).not.toContain(c);
    },
  );
});
