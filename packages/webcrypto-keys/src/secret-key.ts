/** The `secret_key` secret the helpers build (Cloudflare `workers_binding_kind_secret_key`). */
export interface SecretKey {
  name: string;
  type: "secret_key";
  format: "raw" | "pkcs8" | "spki" | "jwk";
  key_base64?: string;
  key_jwk?: JsonWebKey;
  algorithm: Record<string, unknown> & { name: string };
  usages: KeyUsage[];
}
