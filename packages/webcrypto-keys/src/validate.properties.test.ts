/**
 * Laws of validateSecretKey over hostile input: it always resolves to a report (never throws), `ok` is
 * exactly "no error diagnostics", every pointer is a valid RFC 6901 pointer, inputs are never mutated, and
 * no message repeats input bytes (base64 text, hex, or JSON strings).
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { ALGORITHM_NAMES, FORMATS, USAGES } from "./algorithms.js";
import { encodeBase64 } from "./base64.js";
import type { KeyReport } from "./diagnostics.js";
import { validateSecretKey } from "./validate.js";

const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");

function wellFormed(r: KeyReport): void {
  expect(typeof r.ok).toBe("boolean");
  expect(r.ok).toBe(!r.diagnostics.some((d) => d.severity === "error"));
  for (const d of r.diagnostics) {
    expect(d.pointer).toMatch(/^(\/([^~/]|~[01])*)*$/);
    expect(d.message.length).toBeGreaterThan(10);
  }
}

/** No 8-character window of `text` occurs in any message. */
function leaksNothing(r: KeyReport, texts: string[]): void {
  const all = r.diagnostics.map((d) => d.message).join("\n");
  for (const t of texts) {
    for (let i = 0; i + 8 <= t.length; i += 4) expect(all).not.toContain(t.slice(i, i + 8));
  }
}

const algorithm = fc.oneof(
  fc.record({
    name: fc.constantFrom(...ALGORITHM_NAMES),
    hash: fc.constantFrom("SHA-256", "SHA-1", "MD5"),
    namedCurve: fc.constantFrom("P-256", "P-384", "NODE-ED25519"),
  }),
  fc.jsonValue(),
);
const usages = fc.oneof(fc.subarray([...USAGES]), fc.jsonValue());
const hostileKey = fc.oneof(
  fc.string(),
  fc.constantFrom("__proto__", "constructor", "prototype", "d", "k", "kty"),
);
const hostileJson = fc.dictionary(hostileKey, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 8 });

describe("validateSecretKey laws", () => {
  test.prop(
    [fc.uint8Array({ minLength: 0, maxLength: 200 }), fc.constantFrom(...FORMATS, "raw"), algorithm, usages],
    { numRuns: 300 },
  )("random bytes as key_base64: a report, no leaked bytes", async (bytes, format, alg, use) => {
    const key_base64 = encodeBase64(bytes);
    const secret = { type: "secret_key", format, key_base64, algorithm: alg, usages: use };
    const before = JSON.stringify(secret);
    const r = await validateSecretKey(secret);
    wellFormed(r);
    leaksNothing(r, [key_base64, hex(bytes)]);
    expect(JSON.stringify(secret)).toBe(before);
  });

  test.prop([hostileJson, algorithm, usages], { numRuns: 300 })(
    "random JSON as key_jwk: a report, no leaked strings",
    async (jwkRaw, alg, use) => {
      const jwk = JSON.parse(JSON.stringify(jwkRaw)) as unknown; // JSON.parse: "__proto__" stays data
      const secret = JSON.parse(
        JSON.stringify({ type: "secret_key", format: "jwk", key_jwk: jwk, algorithm: alg, usages: use }),
      ) as unknown;
      const before = JSON.stringify(secret);
      const r = await validateSecretKey(secret, { runtime: "spec" });
      wellFormed(r);
      const strings: string[] = [];
      JSON.stringify(jwk, (_k, v) => {
        if (typeof v === "string" && v.length >= 8) strings.push(v);
        return v;
      });
      leaksNothing(r, strings);
      expect(JSON.stringify(secret)).toBe(before);
    },
  );

  test.prop([fc.jsonValue({ maxDepth: 3 })], { numRuns: 300 })(
    "any JSON value as the secret: a report",
    async (v) => {
      wellFormed(await validateSecretKey(v));
    },
  );
});
