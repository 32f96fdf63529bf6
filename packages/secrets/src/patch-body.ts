/** Desired state ↔ `secrets-bulk` bodies (RFC 7396 §2 on the `secrets` map: object sets, null deletes). */
import { diff, type JsonObject } from "@patchbay/merge-patch";
import type {
  BulkPatchBody,
  CurrentSecrets,
  DesiredSecret,
  DesiredSecrets,
  SecretPatchValue,
} from "./model.js";

/** The wire value for one desired secret; a fresh object, the input is not shared. */
export function toPatchValue(name: string, secret: DesiredSecret): SecretPatchValue {
  if (secret.kind === "delete") return null;
  if (secret.kind === "text") return { name, type: "secret_text", text: secret.text };
  return { ...secret.secret, name };
}

/**
 * One unchunked body for the whole desired state, as a user would send it; `validateBulkPatch`
 * then reports a body over the cap. Use `planSecrets` for chunked bodies. Built directly (not through
 * `diff`) on purpose: it must carry whatever the caller gave, JSON or not, to the validator that
 * reports it with a pointer, rather than stop at the first non-JSON member.
 */
export function toBulkPatch(desired: DesiredSecrets): BulkPatchBody {
  return { secrets: Object.fromEntries([...desired].map(([name, s]) => [name, toPatchValue(name, s)])) };
}

/**
 * The request bodies for `operations` (each name once), at most `max` per body. Each body is built with
 * `@patchbay/merge-patch` `diff` (RFC 7396 §2): the merge patch from the script's secrets as far as they
 * are known — name → its type, an opaque leaf, since values cannot be read back — to the desired ones,
 * over the chunk's names. A set is then the whole secret object (a leaf is replaced, never merged into),
 * a delete is `null`. `current` only makes the projection faithful; the bodies are the same without it.
 * Within a body, sets come before deletes (diff's order); one request applies them as one change.
 */
export function chunkedPatches(
  operations: readonly (readonly [string, SecretPatchValue])[],
  max: number,
  current?: CurrentSecrets,
): BulkPatchBody[] {
  const bodies: BulkPatchBody[] = [];
  for (let i = 0; i < operations.length; i += max) {
    const chunk = operations.slice(i, i + max);
    const known = chunk.filter(([name, value]) => value === null || current?.has(name));
    // Object.fromEntries: names such as `__proto__` become own members.
    const before: JsonObject = {
      secrets: Object.fromEntries(known.map(([name]) => [name, current?.get(name)?.type ?? "unknown"])),
    };
    const after = { secrets: Object.fromEntries(chunk.filter(([, value]) => value !== null)) };
    bodies.push(diff(before, after as JsonObject) as BulkPatchBody);
  }
  return bodies;
}
