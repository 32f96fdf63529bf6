/**
 * Wrong request bodies fail with the right JSON pointers (RFC 6901 `instancePath`), and the errors never
 * carry a secret value. One row per rule of the spec.
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { ValidationIssue } from "../generated/validation.js";
import {
  validateFailureEnvelope,
  validateSecretsPatchRequest,
  validateWorkerPatchScriptSecretsBulkParams,
} from "../generated/workers-secrets/validators.js";

const text = (name: string) => ({ name, type: "secret_text", text: "v" });
const key = (extra: object) => ({
  name: "K",
  type: "secret_key",
  format: "raw",
  algorithm: { name: "HMAC", hash: "SHA-256" },
  usages: ["sign"],
  key_base64: "AAAA",
  ...extra,
});
const issues = (): [string, string][] =>
  (validateSecretsPatchRequest.errors ?? []).map((e: ValidationIssue) => [e.instancePath, e.keyword]);

describe("SecretsPatchRequest rejects", () => {
  it.each([
    ["a body that is not an object", { given: [], want: [["", "type"]] }],
    ["secrets that is not a map", { given: { secrets: [] }, want: [["/secrets", "type"]] }],
    [
      "a secret value that is a string (not an object or null)",
      { given: { secrets: { A: "v" } }, want: [["/secrets/A", "type"]] },
    ],
    [
      "an unknown secret type",
      {
        given: { secrets: { A: { name: "A", type: "plain_text" } } },
        want: [["/secrets/A", "discriminator"]],
      },
    ],
    [
      "secret_text without text",
      { given: { secrets: { A: { name: "A", type: "secret_text" } } }, want: [["/secrets/A", "required"]] },
    ],
    [
      "secret_text with a non-string text",
      { given: { secrets: { A: { ...text("A"), text: 1 } } }, want: [["/secrets/A/text", "type"]] },
    ],
    ["an empty name", { given: { secrets: { A: text("") } }, want: [["/secrets/A/name", "minLength"]] }],
    [
      "secret_key with an unknown format",
      { given: { secrets: { K: key({ format: "pem" }) } }, want: [["/secrets/K/format", "enum"]] },
    ],
    [
      "secret_key with an unknown usage",
      {
        given: { secrets: { K: key({ usages: ["sign", "mint"] }) } },
        want: [["/secrets/K/usages/1", "enum"]],
      },
    ],
    [
      "secret_key with a repeated usage",
      {
        given: { secrets: { K: key({ usages: ["sign", "sign"] }) } },
        want: [["/secrets/K/usages", "uniqueItems"]],
      },
    ],
    [
      "secret_key whose algorithm is a string",
      { given: { secrets: { K: key({ algorithm: "HMAC" }) } }, want: [["/secrets/K/algorithm", "type"]] },
    ],
    [
      "secret_key whose algorithm has no name",
      {
        given: { secrets: { K: key({ algorithm: { hash: "SHA-256" } }) } },
        want: [["/secrets/K/algorithm", "required"]],
      },
    ],
    [
      "raw/pkcs8/spki without key_base64",
      { given: { secrets: { K: key({ key_base64: undefined }) } }, want: [["/secrets/K", "required"]] },
    ],
    [
      "raw/pkcs8/spki with key_jwk as well",
      {
        given: { secrets: { K: key({ key_jwk: { kty: "oct" } }) } },
        want: [["/secrets/K/key_jwk", "false schema"]],
      },
    ],
    [
      "jwk without key_jwk",
      {
        given: { secrets: { K: key({ format: "jwk", key_base64: undefined }) } },
        want: [["/secrets/K", "required"]],
      },
    ],
    [
      "jwk with key_base64 as well",
      {
        given: { secrets: { K: key({ format: "jwk", key_jwk: { kty: "EC" } }) } },
        want: [["/secrets/K/key_base64", "false schema"]],
      },
    ],
    [
      "a JWK without kty",
      {
        given: { secrets: { K: key({ format: "jwk", key_base64: undefined, key_jwk: {} }) } },
        want: [["/secrets/K/key_jwk", "required"]],
      },
    ],
    [
      "key_base64 that is not base64",
      {
        given: { secrets: { K: key({ key_base64: "not base64!" }) } },
        want: [["/secrets/K/key_base64", "pattern"]],
      },
    ],
    [
      "version_tags that is not an object",
      { given: { version_tags: "v1" }, want: [["/version_tags", "type"]] },
    ],
    [
      "a secret name with a slash (pointer escaping, RFC 6901 §3)",
      { given: { secrets: { "a/b~c": 1 } }, want: [["/secrets/a~1b~0c", "type"]] },
    ],
  ])("%s", (_rule, { given, want }) => {
    // JSON round trip: `undefined` members are absent, as on the wire.
    expect(validateSecretsPatchRequest(JSON.parse(JSON.stringify(given)))).toBe(false);
    for (const pair of want) expect(issues()).toContainEqual(pair);
    // Every issue points at or inside the wrong value, never somewhere unrelated.
    const prefixes = want.map(([p = ""]) => p.split("/").slice(0, 3).join("/"));
    for (const [pointer] of issues()) expect(prefixes.some((p) => pointer.startsWith(p))).toBe(true);
  });

  it("accepts null (RFC 7396 delete) for any name, including __proto__", () => {
    expect(
      validateSecretsPatchRequest(JSON.parse('{"secrets":{"A":null,"__proto__":null,"constructor":null}}')),
    ).toBe(true);
  });
});

describe("other schemas", () => {
  it.each([
    [
      "account_id must be 32 hex characters",
      { given: { account_id: "ABC", script_name: "w" }, want: "/account_id" },
    ],
    [
      "script_name must match ^[a-z0-9_][a-z0-9-_]*$",
      { given: { account_id: "0".repeat(32), script_name: "-w" }, want: "/script_name" },
    ],
    ["script_name is required", { given: { account_id: "0".repeat(32) }, want: "" }],
  ])("path parameters: %s", (_rule, { given, want }) => {
    expect(validateWorkerPatchScriptSecretsBulkParams(given)).toBe(false);
    expect(validateWorkerPatchScriptSecretsBulkParams.errors?.map((e) => e.instancePath)).toContain(want);
  });

  it("the failure envelope needs at least one error (minItems, not minLength)", () => {
    expect(validateFailureEnvelope({ success: false, errors: [], messages: [], result: null })).toBe(false);
    expect(validateFailureEnvelope.errors?.[0]).toMatchObject({
      instancePath: "/errors",
      keyword: "minItems",
    });
  });
});

const CANARY = "CANARY-7f3a9c-do-not-leak";
const secretName = fc.oneof(
  fc.string({ minLength: 1, maxLength: 12 }),
  fc.constantFrom("__proto__", "constructor", "a/b"),
);
const validSecret = fc.oneof(
  fc.record({ name: fc.string({ minLength: 1 }), type: fc.constant("secret_text"), text: fc.string() }),
  fc.record({
    name: fc.string({ minLength: 1 }),
    type: fc.constant("secret_key"),
    format: fc.constantFrom("raw", "pkcs8", "spki"),
    algorithm: fc.record({ name: fc.constantFrom("HMAC", "AES-GCM", "ECDSA") }),
    usages: fc.uniqueArray(
      fc.constantFrom(
        "encrypt",
        "decrypt",
        "sign",
        "verify",
        "deriveKey",
        "deriveBits",
        "wrapKey",
        "unwrapKey",
      ),
    ),
    key_base64: fc.base64String({ minLength: 4 }),
  }),
);
// Built as JSON text and parsed, so "__proto__" is an own data member as it would be on the wire.
const patchOf = (entries: [string, unknown][]) =>
  JSON.parse(
    `{"secrets":{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(",")}}}`,
  );

describe("properties", () => {
  test.prop([fc.array(fc.tuple(secretName, fc.option(validSecret, { nil: null })), { maxLength: 8 })], {
    numRuns: 200,
  })("every well-formed merge patch validates", (entries) => {
    expect(validateSecretsPatchRequest(patchOf(entries))).toBe(true);
  });

  test.prop([secretName, fc.constantFrom("text", "key_base64")], { numRuns: 100 })(
    "errors name the secret by pointer but never contain its value",
    (name, member) => {
      const bad =
        member === "text"
          ? { name, type: "secret_text", text: CANARY, extra: { text: CANARY }, format: 1 }
          : key({ name, key_base64: `${CANARY}!`, usages: "sign" });
      const body = patchOf([[name, member === "text" ? { ...bad, type: "secret_bogus" } : bad]]);
      expect(validateSecretsPatchRequest(body)).toBe(false);
      const pointer = `/secrets/${name.replaceAll("~", "~0").replaceAll("/", "~1")}`;
      expect(validateSecretsPatchRequest.errors?.some((e) => e.instancePath.startsWith(pointer))).toBe(true);
      expect(JSON.stringify(validateSecretsPatchRequest.errors)).not.toContain(CANARY);
    },
  );
});
