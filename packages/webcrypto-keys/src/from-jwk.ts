/**
 * `secretKeyFromJwk`: build a `secret_key` from a JWK, inferring the WebCrypto import algorithm from
 * `kty`/`crv`/`alg` (RFC 7518 §3.1 and §4.1 alg values, RFC 8037 §2/§3.1 for OKP). Usages default to the
 * JWK's `key_ops` (those the algorithm allows) or to everything the key type allows.
 */
import { findAlgorithm } from "./algorithms.js";
import { describe, isObject, oneOf, own } from "./describe.js";
import { SecretKeyError } from "./errors.js";
import type { SecretKey } from "./secret-key.js";

export interface FromJwkOptions {
  name: string;
  usages?: KeyUsage[];
}

const HASH: Record<string, string> = { "1": "SHA-1", "256": "SHA-256", "384": "SHA-384", "512": "SHA-512" };
const ES: Record<string, string> = { ES256: "P-256", ES384: "P-384", ES512: "P-521" };
const CURVES = ["P-256", "P-384", "P-521"];

type Alg = SecretKey["algorithm"];

function infer(jwk: Record<string, unknown>): Alg {
  const kty = own(jwk, "kty");
  const alg = own(jwk, "alg");
  const a = typeof alg === "string" ? alg : "";
  const fail = (at: string, msg: string): never => {
    throw new SecretKeyError("jwk-unrecognised", msg, at);
  };
  if (kty === "RSA") {
    const m = /^(RS|PS)(1|256|384|512)$/.exec(a) ?? /^RSA-OAEP(?:-(256|384|512))?$/.exec(a);
    if (!m)
      return fail(
        "/alg",
        `expected "alg" RS256/PS256/RSA-OAEP-256 (or another hash) to pick the RSA algorithm, found ${describe(alg, [])}`,
      );
    if (a.startsWith("RSA-OAEP")) return { name: "RSA-OAEP", hash: HASH[m[1] ?? "1"] as string };
    return { name: m[1] === "RS" ? "RSASSA-PKCS1-v1_5" : "RSA-PSS", hash: HASH[m[2] as string] as string };
  }
  if (kty === "EC") {
    const crv = own(jwk, "crv");
    if (typeof crv !== "string" || !CURVES.includes(crv))
      return fail("/crv", `expected "crv" ${oneOf(CURVES)}, found ${describe(crv, ["secp256k1"])}`);
    const use = own(jwk, "use");
    if (ES[a] || (!alg && use === "sig")) return { name: "ECDSA", namedCurve: crv };
    if (a.startsWith("ECDH-ES") || (!alg && use === "enc")) return { name: "ECDH", namedCurve: crv };
    return fail(
      "/alg",
      `expected "alg" (ES256/ES384/ES512 or ECDH-ES…) or "use" (sig/enc) to choose ECDSA or ECDH, found neither`,
    );
  }
  if (kty === "OKP") {
    const crv = own(jwk, "crv");
    if (crv === "Ed25519" || crv === "X25519") return { name: crv };
    return fail("/crv", `expected "crv" "Ed25519" or "X25519", found ${describe(crv, ["Ed448", "X448"])}`);
  }
  if (kty === "oct") {
    const h = /^HS(1|256|384|512)$/.exec(a);
    if (h) return { name: "HMAC", hash: HASH[h[1] as string] as string };
    const aes = /^A(128|192|256)(CTR|CBC|GCM|KW)$/.exec(a);
    if (aes) return { name: `AES-${aes[2]}` };
    return fail(
      "/alg",
      `expected "alg" HS256 (or HS1/HS384/HS512) or A128GCM/A256KW/… to pick the algorithm of an oct key, found ${describe(alg, [])}`,
    );
  }
  return fail("/kty", `expected "kty" "RSA", "EC", "OKP" or "oct", found ${describe(kty, [])}`);
}

export function secretKeyFromJwk(jwk: unknown, options: FromJwkOptions): SecretKey {
  if (!isObject(options) || typeof options.name !== "string")
    throw new SecretKeyError("options-invalid", "expected options { name, usages? }, found something else");
  if (!isObject(jwk))
    throw new SecretKeyError("jwk-not-object", `expected a JWK object, found ${describe(jwk)}`);
  const algorithm = infer(jwk);
  const spec = findAlgorithm(algorithm.name);
  const keyType = own(jwk, "kty") === "oct" ? "secret" : own(jwk, "d") !== undefined ? "private" : "public";
  const allowed: readonly KeyUsage[] = spec?.usages[keyType] ?? [];
  const ops = own(jwk, "key_ops");
  let usages = options.usages
    ? [...options.usages]
    : Array.isArray(ops)
      ? allowed.filter((u) => ops.includes(u))
      : [...allowed];
  // AES-CTR/CBC/GCM keys can also wrap, but encryption is what people mean by default.
  if (!options.usages && !Array.isArray(ops) && spec?.family === "aes" && algorithm.name !== "AES-KW")
    usages = ["encrypt", "decrypt"];
  const key_jwk = { ...jwk } as JsonWebKey;
  // workerd accepts only "EdDSA" as an Ed25519 JWK alg; the spec allows both, so normalize.
  if (key_jwk.alg === "Ed25519") key_jwk.alg = "EdDSA";
  return { name: options.name, type: "secret_key", format: "jwk", key_jwk, algorithm, usages };
}
