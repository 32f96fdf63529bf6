/**
 * Type tests of the generated types: wrong bodies do not compile (checked by `tsc --noEmit`, which fails on
 * an unused or missing @ts-expect-error), right ones do, and the operation table keeps its literal keys.
 */
import { describe, expectTypeOf, it } from "vitest";
import {
  type OperationId,
  operations,
  type SecretKey,
  type SecretMetadata,
  type SecretsPatchRequest,
  validateSecretsPatchRequest,
} from "../generated/index.js";

describe("generated types", () => {
  it("accept a well-formed merge patch, including null deletes", () => {
    const body: SecretsPatchRequest = {
      secrets: {
        A: { name: "A", type: "secret_text", text: "v" },
        K: {
          name: "K",
          type: "secret_key",
          format: "jwk",
          algorithm: { name: "ECDSA", namedCurve: "P-256" },
          usages: ["verify"],
          key_jwk: { kty: "EC", crv: "P-256" },
        },
        GONE: null,
      },
      version_tags: { release: "v1" },
    };
    expectTypeOf(body).toMatchTypeOf<SecretsPatchRequest>();
    expectTypeOf<SecretsPatchRequest>().toMatchTypeOf<{ secrets?: Record<string, unknown> }>();
  });

  it("reject wrong bodies", () => {
    // @ts-expect-error: unknown secret type
    const wrongType: SecretsPatchRequest = { secrets: { A: { name: "A", type: "plain_text", text: "v" } } };
    // @ts-expect-error: secret_text needs `text`
    const missingText: SecretsPatchRequest = { secrets: { A: { name: "A", type: "secret_text" } } };
    // @ts-expect-error: `text` is a string
    const numberText: SecretsPatchRequest = { secrets: { A: { name: "A", type: "secret_text", text: 1 } } };
    // @ts-expect-error: a secret value is an object or null, never a bare string
    const bareString: SecretsPatchRequest = { secrets: { A: "v" } };
    const badFormat: SecretKey = {
      name: "K",
      type: "secret_key",
      // @ts-expect-error: not a WebCrypto key format
      format: "pem",
      algorithm: { name: "HMAC" },
      usages: ["sign"],
    };
    const badUsage: SecretKey = {
      name: "K",
      type: "secret_key",
      format: "raw",
      algorithm: { name: "HMAC" },
      // @ts-expect-error: not a WebCrypto key usage
      usages: ["mint"],
    };
    // @ts-expect-error: algorithm needs a name (WebCrypto Algorithm dictionary)
    const noAlgName: SecretKey = { name: "K", type: "secret_key", format: "raw", algorithm: {}, usages: [] };
    // @ts-expect-error: metadata never has a value member typed as such; `type` must be a known kind
    const badMeta: SecretMetadata = { name: "A", type: "secret_value" };
    expectTypeOf([
      wrongType,
      missingText,
      numberText,
      bareString,
      badFormat,
      badUsage,
      noAlgName,
      badMeta,
    ]).toBeArray();
  });

  it("narrow through the validators' type guards", () => {
    const data: unknown = JSON.parse('{"secrets":{}}');
    if (validateSecretsPatchRequest(data)) expectTypeOf(data).toEqualTypeOf<SecretsPatchRequest>();
  });

  it("keep the operation ids as literal keys", () => {
    expectTypeOf<OperationId>().toEqualTypeOf<
      | "worker-patch-script-secrets-bulk"
      | "namespace-worker-patch-script-secrets-bulk"
      | "worker-list-script-secrets"
      | "namespace-worker-list-script-secrets"
    >();
    expectTypeOf(operations["worker-patch-script-secrets-bulk"].method).toEqualTypeOf<"PATCH">();
    expectTypeOf(operations["worker-patch-script-secrets-bulk"].validateResponse).toHaveProperty("4XX");
  });
});
