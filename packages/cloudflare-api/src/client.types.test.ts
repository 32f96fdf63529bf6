/**
 * Type tests: `tsc -p tsconfig.json --noEmit` (the package's typecheck) fails if any `@ts-expect-error` below
 * stops being an error, i.e. if a wrong call starts to compile. The vitest run only checks the file loads.
 * Lines are kept short so the formatter never moves an error away from its directive.
 */
import { describe, expectTypeOf, it } from "vitest";
import type { CloudflareClient, PatchScriptSecretsInput, SecretsPatchResult } from "./client.js";
import type { SecretKey, SecretMetadata, SecretsPatchRequest } from "./index.js";

const ref = { accountId: "023e105f4ecef8ad9ca31a8372d0c353", scriptName: "w" };
const key: SecretKey = {
  name: "K",
  type: "secret_key",
  format: "raw",
  algorithm: { name: "HMAC", hash: "SHA-256" },
  usages: ["sign"],
  key_base64: "AA==",
};

/** Never called: only compiled. */
export function wrongCallsDoNotCompile(client: CloudflareClient): void {
  const patch = (body: SecretsPatchRequest) => client.patchScriptSecrets({ ...ref, body });

  // Right: set, delete with null, the empty patch, version tags, a JWK key with its extra members.
  patch({ secrets: { A: { name: "A", type: "secret_text", text: "v" }, B: null, K: key } });
  patch({ version_tags: { release: "v1" } });
  patch({ secrets: { J: { ...key, format: "jwk", key_jwk: { kty: "EC", crv: "P-256", x: "…" } } } });
  client.patchScriptSecrets({ ...ref, body: {}, contentType: "application/json" });
  client.patchScriptSecrets({ ...ref, dispatchNamespace: "tenants", body: {} });

  // @ts-expect-error unknown secret type
  patch({ secrets: { A: { name: "A", type: "secret_txt", text: "v" } } });
  // @ts-expect-error text must be a string
  patch({ secrets: { A: { name: "A", type: "secret_text", text: 1 } } });
  // @ts-expect-error name is required
  patch({ secrets: { A: { type: "secret_text", text: "v" } } });
  // @ts-expect-error a bare string is wrangler's input format, not the API body
  patch({ secrets: { A: "v" } });
  // @ts-expect-error unknown key usage
  patch({ secrets: { K: { ...key, usages: ["fly"] } } });
  // @ts-expect-error unknown key format
  patch({ secrets: { K: { ...key, format: "pem" } } });
  // @ts-expect-error secrets must be a map, not an array
  patch({ secrets: [] });
  // @ts-expect-error body is required
  client.patchScriptSecrets({ ...ref });
  // @ts-expect-error unsupported content type
  client.patchScriptSecrets({ ...ref, body: {}, contentType: "text/plain" });
  // @ts-expect-error accountId is required
  client.listScriptSecrets({ scriptName: "w" });
  // @ts-expect-error a misspelt option is caught for literals (and at run time for the rest)
  client.listScriptSecrets({ ...ref, dispatchNamespce: "tenants" });
}

describe("types", () => {
  it("results are typed metadata", () => {
    expectTypeOf<ReturnType<CloudflareClient["listScriptSecrets"]>>().toEqualTypeOf<
      Promise<SecretMetadata[]>
    >();
    expectTypeOf<ReturnType<CloudflareClient["patchScriptSecrets"]>>().toEqualTypeOf<
      Promise<SecretsPatchResult>
    >();
    expectTypeOf<PatchScriptSecretsInput["contentType"]>().toEqualTypeOf<
      "application/merge-patch+json" | "application/json" | undefined
    >();
  });
});
