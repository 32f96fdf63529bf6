import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { collectSensitiveStrings, MIN_SCRUB_LENGTH, scrubText } from "./scrub.js";

describe("collectSensitiveStrings", () => {
  it("finds text, key_base64 and every string under key_jwk, at any depth", () => {
    const body = JSON.parse(`{
      "secrets": {
        "A": { "name": "A", "type": "secret_text", "text": "canary-text-1" },
        "B": { "name": "B", "type": "secret_key", "format": "raw", "key_base64": "Y2FuYXJ5LWtleQ==" },
        "C": { "key_jwk": { "kty": "oct", "k": "canary-jwk-k", "nested": ["canary-in-array"] } },
        "__proto__": { "text": "canary-proto" }
      },
      "version_tags": { "text_like": "not-secret" }
    }`);
    expect(collectSensitiveStrings(body).sort()).toEqual(
      ["canary-text-1", "Y2FuYXJ5LWtleQ==", "canary-jwk-k", "canary-in-array", "canary-proto"].sort(),
    );
  });

  it(`skips values shorter than ${MIN_SCRUB_LENGTH} characters (they would shred messages)`, () => {
    expect(collectSensitiveStrings({ text: "abc", key_jwk: { kty: "EC" } })).toEqual([]);
  });

  it("adds extra values (credentials) and survives cycles and deep nesting", () => {
    const cyclic: Record<string, unknown> = { text: "cyclic-secret" };
    cyclic.self = cyclic;
    let deep: unknown = { text: "deep-secret" };
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    expect(collectSensitiveStrings([cyclic, deep], ["token-123456"]).sort()).toEqual(
      ["cyclic-secret", "deep-secret", "token-123456"].sort(),
    );
  });
});

describe("scrubText", () => {
  // A value inside "[REDACTED]" would be re-created by the mask itself; no real secret looks like that.
  const secret = fc
    .string({ minLength: MIN_SCRUB_LENGTH, maxLength: 40 })
    .filter((s) => !"[REDACTED]".includes(s));
  test.prop([fc.string(), secret, fc.string()])("no verbatim occurrence survives", (before, value, after) => {
    const out = scrubText(`${before}${value}${after}${value}`, [value]);
    expect(out.includes(value)).toBe(false);
  });

  test.prop([secret])("a JSON-escaped echo is scrubbed too", (value) => {
    const out = scrubText(`{"message":${JSON.stringify(`bad value ${value}`)}}`, [value]);
    expect(out.includes(JSON.stringify(value).slice(1, -1))).toBe(false);
  });

  it("leaves text without the values unchanged", () => {
    expect(scrubText("Authentication error", ["canary-value"])).toBe("Authentication error");
  });
});
