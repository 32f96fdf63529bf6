/**
 * The data model shared by parsing, validation and planning.
 *
 * Wire shapes follow the `secrets-bulk` request body (Cloudflare API, "Patch multiple script secrets");
 * they are declared here, structurally, so the library's public types do not change when the generated
 * types are regenerated (model.test.ts fails to type-check if they stop being assignable to them). Sensitive members keep their wire names (`text`, `key_base64`, `key_jwk`) on
 * purpose: `redactSecrets` (contract 2) recognises exactly those names, so any object of this model is
 * redacted correctly wherever it is rendered.
 */

/** WebCrypto §14.3.3 `KeyUsage`. */
export type KeyUsage =
  | "encrypt"
  | "decrypt"
  | "sign"
  | "verify"
  | "deriveKey"
  | "deriveBits"
  | "wrapKey"
  | "unwrapKey";

/** WebCrypto §14.3.4 `KeyFormat`. */
export type KeyFormat = "raw" | "pkcs8" | "spki" | "jwk";

/** A `secret_text` object of the request body. */
export interface SecretTextBody {
  name: string;
  type: "secret_text";
  text: string;
}

/** A `secret_key` object of the request body: `key_base64` for raw/pkcs8/spki, `key_jwk` for jwk. */
export interface SecretKeyBody {
  name: string;
  type: "secret_key";
  format: KeyFormat;
  /** WebCrypto §18.3 Algorithm dictionary: `name` plus algorithm-specific members. */
  algorithm: { name: string; [member: string]: unknown };
  usages: KeyUsage[];
  key_base64?: string;
  /** RFC 7517 JSON Web Key. */
  key_jwk?: { kty: string; [member: string]: unknown };
}

/** One value of the `secrets` map: RFC 7396 §2, an object sets the member, `null` removes it. */
export type SecretPatchValue = SecretTextBody | SecretKeyBody | null;

/** The `secrets-bulk` request body (`SecretsPatchRequest`). */
export interface BulkPatchBody {
  secrets?: { [name: string]: SecretPatchValue };
  version_tags?: { [tag: string]: unknown };
}

/** What a secrets file asks for, per name. */
export type DesiredSecret =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "key"; readonly secret: SecretKeyBody }
  | { readonly kind: "delete" };

/** The desired state of a script's secrets. A Map, so `__proto__` and friends are plain names. */
export type DesiredSecrets = ReadonlyMap<string, DesiredSecret>;

/** Binding types reported by `GET …/secrets`. */
export type SecretType = "secret_text" | "secret_key";

/** One secret as `GET …/secrets` lists it: a name and a type, never a value. */
export interface CurrentSecret {
  readonly name: string;
  readonly type: SecretType;
}

/** The secrets a script has now, by name. */
export type CurrentSecrets = ReadonlyMap<string, CurrentSecret>;

/** The wire type of a desired secret (`undefined` for a delete). */
export function secretTypeOf(secret: DesiredSecret): SecretType | undefined {
  if (secret.kind === "text") return "secret_text";
  if (secret.kind === "key") return "secret_key";
  return undefined;
}
