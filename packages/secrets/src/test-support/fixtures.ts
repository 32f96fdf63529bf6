/** Test data: well-formed secrets and hostile variants, built with JSON.parse so `__proto__` stays data. */
import type { DesiredSecret } from "../model.js";

export const HMAC_KEY_B64 = btoa(String.fromCharCode(...Array.from({ length: 32 }, (_, i) => i + 1)));
export const HMAC_KEY_JWK = {
  kty: "oct",
  k: HMAC_KEY_B64.replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, ""),
  alg: "HS256",
};

export const textSecret = (name: string, text: string) => ({ name, type: "secret_text", text });
export const hmacSecret = (name: string, key_base64 = HMAC_KEY_B64) => ({
  name,
  type: "secret_key",
  format: "raw",
  algorithm: { name: "HMAC", hash: "SHA-256" },
  usages: ["sign", "verify"],
  key_base64,
});
export const jwkSecret = (name: string, key_jwk: unknown = HMAC_KEY_JWK) => ({
  name,
  type: "secret_key",
  format: "jwk",
  algorithm: { name: "HMAC", hash: "SHA-256" },
  usages: ["sign", "verify"],
  key_jwk,
});

export const current = (...names: string[]) =>
  new Map(names.map((n) => [n, { name: n, type: "secret_text" as const }]));
export const text = (t: string): DesiredSecret => ({ kind: "text", text: t });
