/**
 * TypeScript types through openapi-typescript's Node API. Options, and why:
 * - emptyObjectsUnknown: a `type: object` without properties (WebCrypto `algorithm`, `key_jwk` extras)
 *   becomes `Record<string, unknown>`, not `Record<string, never>` (toolchain.md).
 * - rootTypes + rootTypesNoSchemaPrefix: `export type SecretText = components["schemas"]["SecretText"]` etc.
 * - alphabetize: stable member order regardless of the spec's key order.
 */
import openapiTS, { astToString } from "openapi-typescript";
import type { JsonObject } from "./load-spec.js";

export async function emitTypes(doc: JsonObject): Promise<string> {
  // openapi-typescript may annotate the object it is given; hand it a copy.
  const ast = await openapiTS(structuredClone(doc) as unknown as Parameters<typeof openapiTS>[0], {
    emptyObjectsUnknown: true,
    rootTypes: true,
    rootTypesNoSchemaPrefix: true,
    alphabetize: true,
    silent: true,
  });
  return astToString(ast);
}
