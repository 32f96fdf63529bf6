import { describe, expect, it } from "vitest";
import { SecretsFileError } from "./errors.js";
import { desiredFromJson, parseJsonSecrets } from "./json-secrets.js";

const KEY = {
  type: "secret_key",
  format: "raw",
  algorithm: { name: "HMAC", hash: "SHA-256" },
  usages: ["sign"],
  key_base64: "AAAA",
};

describe("JSON secrets file shapes", () => {
  it.each([
    ["flat string is a text secret", { given: { A: "x" }, want: [["A", { kind: "text", text: "x" }]] }],
    ["flat null deletes", { given: { A: null }, want: [["A", { kind: "delete" }]] }],
    [
      "flat secret_text object",
      { given: { A: { type: "secret_text", text: "x" } }, want: [["A", { kind: "text", text: "x" }]] },
    ],
    [
      "flat secret_key object gets its name",
      { given: { K: KEY }, want: [["K", { kind: "key", secret: { ...KEY, name: "K" } }]] },
    ],
    [
      "endpoint body shape",
      {
        given: { secrets: { A: { name: "A", type: "secret_text", text: "x" }, B: null } },
        want: [
          ["A", { kind: "text", text: "x" }],
          ["B", { kind: "delete" }],
        ],
      },
    ],
    ["body shape with version_tags", { given: { secrets: {}, version_tags: { a: "b" } }, want: [] }],
    [
      "flat file with one secret named secrets",
      {
        given: { secrets: { type: "secret_text", text: "x" } },
        want: [["secrets", { kind: "text", text: "x" }]],
      },
    ],
    [
      "flat secret named secrets as a string",
      { given: { secrets: "x" }, want: [["secrets", { kind: "text", text: "x" }]] },
    ],
    ["empty string kept", { given: { A: "" }, want: [["A", { kind: "text", text: "" }]] }],
  ])("%s", (_rule, { given, want }) => {
    expect([...parseJsonSecrets(JSON.stringify(given))]).toEqual(want);
  });

  it("keeps __proto__ as a name", () => {
    expect([...parseJsonSecrets('{"__proto__": "x"}')]).toEqual([["__proto__", { kind: "text", text: "x" }]]);
  });

  it("does not mutate or share the input document", () => {
    const doc = JSON.parse(JSON.stringify({ K: KEY }));
    const before = structuredClone(doc);
    const a = desiredFromJson(doc).get("K");
    expect(doc).toEqual(before);
    expect(a?.kind === "key" && a.secret).not.toBe(doc.K);
  });
});

describe("JSON secrets file errors carry a pointer and no value", () => {
  it.each([
    ["top level not an object", { given: '["CANARY_V1"]', code: "invalid-shape", pointer: "" }],
    ["number value", { given: '{"A": 12345678}', code: "invalid-shape", pointer: "/A" }],
    ["object without type", { given: '{"A": {"text": "CANARY_V1"}}', code: "invalid-shape", pointer: "/A" }],
    [
      "text not a string",
      { given: '{"A": {"type": "secret_text", "text": 7}}', code: "invalid-shape", pointer: "/A/text" },
    ],
    [
      "name differs from key",
      {
        given: '{"A": {"type": "secret_text", "name": "B", "text": "CANARY_V1"}}',
        code: "name-mismatch",
        pointer: "/A/name",
      },
    ],
    [
      "body shape entry invalid",
      { given: '{"secrets": {"a/b": true}}', code: "invalid-shape", pointer: "/secrets/a~1b" },
    ],
    ["syntax error", { given: '{"A": CANARY_V1}', code: "invalid-json", pointer: undefined }],
  ])("%s", (_rule, { given, code, pointer }) => {
    let caught: unknown;
    try {
      parseJsonSecrets(given, "s.json");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SecretsFileError);
    expect((caught as SecretsFileError).code).toBe(code);
    expect((caught as SecretsFileError).pointer).toBe(pointer);
    expect((caught as Error).message).not.toContain("CANARY");
    expect((caught as Error).message.startsWith("s.json")).toBe(true);
  });
});
