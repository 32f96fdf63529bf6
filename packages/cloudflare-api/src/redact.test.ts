import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { REDACTED, redactSecrets } from "./redact.js";

const sensitive = fc.constantFrom("text", "key_base64", "key_jwk");
const key = fc.oneof(fc.string(), fc.constantFrom("__proto__", "constructor", "prototype", "name", "type"));

describe("redactSecrets", () => {
  it.each([
    [
      "secret_text value",
      {
        given: { name: "A", type: "secret_text", text: "s3cr3t" },
        want: { name: "A", type: "secret_text", text: REDACTED },
      },
    ],
    [
      "secret_key base64 material",
      { given: { format: "raw", key_base64: "AAAA" }, want: { format: "raw", key_base64: REDACTED } },
    ],
    [
      "secret_key jwk material, whole object",
      { given: { key_jwk: { kty: "oct", k: "AAAA" } }, want: { key_jwk: REDACTED } },
    ],
    [
      "nested in a bulk body",
      {
        given: { secrets: { A: { text: "x" }, B: null } },
        want: { secrets: { A: { text: REDACTED }, B: null } },
      },
    ],
    ["inside arrays", { given: [{ text: "x" }, "text"], want: [{ text: REDACTED }, "text"] }],
    ["non-string values are hidden too", { given: { text: 42 }, want: { text: REDACTED } }],
    ["scalars pass through", { given: "text", want: "text" }],
  ])("%s", (_name, { given, want }) => {
    expect(redactSecrets(given)).toEqual(want);
  });

  it("keeps __proto__ as a data member and pollutes nothing", () => {
    const given = JSON.parse('{"__proto__":{"text":"x","polluted":1}}');
    const out = redactSecrets(given) as Record<string, unknown>;
    expect(Object.hasOwn(out, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(JSON.stringify(out)).toBe(`{"__proto__":{"text":"${REDACTED}","polluted":1}}`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("survives depth 100,000 and cycles", () => {
    let deep: unknown = { text: "leaf" };
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    expect(() => redactSecrets(deep)).not.toThrow();
    const cyclic: Record<string, unknown> = { text: "x" };
    cyclic.self = cyclic;
    const out = redactSecrets(cyclic);
    expect(out.self).toBe(out);
    expect(out.text).toBe(REDACTED);
  });

  test.prop([fc.jsonValue(), sensitive, fc.string({ minLength: 12 }).map((s) => `CANARY${s}`), key])(
    "a planted value never survives, and the input is never mutated",
    (doc, member, canary, wrapper) => {
      const given = JSON.parse(JSON.stringify({ [wrapper]: [doc, { [member]: canary }] }));
      const before = JSON.stringify(given);
      const out = redactSecrets(given);
      expect(JSON.stringify(out)).not.toContain(canary);
      expect(JSON.stringify(given)).toBe(before);
    },
  );
});
