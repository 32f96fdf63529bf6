/** Builders for `secret_key` objects in tests. */
import { b64 } from "./keys.js";

export type Alg = Record<string, unknown>;

export function sk(
  format: string,
  data: Uint8Array | string | JsonWebKey,
  algorithm: Alg | unknown,
  usages: unknown,
): Record<string, unknown> {
  const s: Record<string, unknown> = { type: "secret_key", name: "KEY", format, algorithm, usages };
  if (data instanceof Uint8Array) s.key_base64 = b64(data);
  else if (typeof data === "string") s.key_base64 = data;
  else s.key_jwk = data;
  return s;
}

/** A JWK copy with members changed (`undefined` deletes). */
export function jwkWith(jwk: JsonWebKey, changes: Record<string, unknown>): JsonWebKey {
  const out: Record<string, unknown> = { ...jwk };
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  return out as JsonWebKey;
}
