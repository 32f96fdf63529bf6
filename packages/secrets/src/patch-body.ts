/** Desired state ↔ `secrets-bulk` bodies (RFC 7396 §2 on the `secrets` map: object sets, null deletes). */
import type { BulkPatchBody, DesiredSecret, DesiredSecrets, SecretPatchValue } from "./model.js";

/** The wire value for one desired secret; a fresh object, the input is not shared. */
export function toPatchValue(name: string, secret: DesiredSecret): SecretPatchValue {
  if (secret.kind === "delete") return null;
  if (secret.kind === "text") return { name, type: "secret_text", text: secret.text };
  return { ...secret.secret, name };
}

/**
 * One unchunked body for the whole desired state, as a user would send it; `validateBulkPatch`
 * then reports a body over the cap. Use `planSecrets` for chunked bodies.
 */
export function toBulkPatch(desired: DesiredSecrets): BulkPatchBody {
  return { secrets: Object.fromEntries([...desired].map(([name, s]) => [name, toPatchValue(name, s)])) };
}
