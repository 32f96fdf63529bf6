/**
 * JWK `alg` against the import algorithm (WebCrypto §"<ALG> > Import Key" jwk steps; RFC 7518 §3.1, §4.1;
 * RFC 8037 §3.1). workerd differs: RSA `alg` is compared by hash only (rsa.c++ importRsa), Ed25519 accepts
 * only "EdDSA" (ec.c++ ellipticJwkReader), and a non-canonical RSA name plus `alg` is NotSupportedError.
 */
import { describe, own } from "./describe.js";
import type { Collector } from "./diagnostics.js";
import type { NormalizedAlgorithm } from "./normalize.js";

const HASH_SUFFIX: Record<string, string> = {
  "SHA-1": "1",
  "SHA-256": "256",
  "SHA-384": "384",
  "SHA-512": "512",
};
const RSA_ALGS: Record<string, (suffix: string) => string> = {
  "RSASSA-PKCS1-v1_5": (s) => `RS${s}`,
  "RSA-RAW": (s) => `RS${s}`,
  "RSA-PSS": (s) => `PS${s}`,
  "RSA-OAEP": (s) => (s === "1" ? "RSA-OAEP" : `RSA-OAEP-${s}`),
};
const ES_CURVE: Record<string, string> = { ES256: "P-256", ES384: "P-384", ES512: "P-521" };
const KNOWN_ALGS = [
  ...Object.values(RSA_ALGS).flatMap((f) => ["1", "256", "384", "512"].map(f)),
  ...Object.keys(ES_CURVE),
  ...["HS1", "HS256", "HS384", "HS512", "EdDSA", "Ed25519", "ECDH-ES"],
  ...["128", "192", "256"].flatMap((n) => ["CTR", "CBC", "GCM", "KW"].map((m) => `A${n}${m}`)),
];

export function checkAlg(
  jwk: Record<string, unknown>,
  alg: NormalizedAlgorithm,
  secretBytes: number | undefined,
  c: Collector,
): void {
  const value = own(jwk, "alg");
  if (value === undefined) return;
  const at = "/key_jwk/alg";
  const found = () => describe(value, KNOWN_ALGS);
  const family = alg.spec.family;
  const suffix = HASH_SUFFIX[alg.hash ?? ""];
  if (family === "rsa") {
    if (!alg.canonicalCase) {
      c.divergent(
        "algorithm-name-case",
        "/algorithm/name",
        `expected the canonical name "${alg.name}" with a JWK "alg": workerd rejects other letter cases here (NotSupportedError "Unrecognized RSA variant")`,
        "workerd",
      );
    }
    const own = RSA_ALGS[alg.name];
    if (alg.name === "RSA-RAW") {
      if (!(typeof value === "string" && /^RS(1|256|384|512)$/.test(value)))
        c.error(
          "jwk-alg-mismatch",
          at,
          `expected "alg" RS1, RS256, RS384 or RS512 for RSA-RAW, found ${found()}`,
        );
      return;
    }
    if (!own || !suffix) {
      c.error(
        "jwk-alg-mismatch",
        at,
        `expected no "alg" with hash ${alg.hash ?? "missing"}, found ${found()}`,
      );
      return;
    }
    const expected = own(suffix);
    if (value === expected) return;
    const sameHash = Object.entries(RSA_ALGS).some(([n, f]) => n !== "RSA-RAW" && f(suffix) === value);
    const msg = `expected "alg" "${expected}" for ${alg.name} with ${alg.hash}, found ${found()}`;
    if (sameHash)
      c.divergent(
        "jwk-alg-mismatch",
        at,
        `${msg}: workerd compares "alg" by hash only and accepts it`,
        "spec",
      );
    else c.error("jwk-alg-mismatch", at, msg);
  } else if (alg.name === "ECDSA") {
    if (typeof value !== "string" || ES_CURVE[value] !== alg.namedCurve) {
      const want = Object.keys(ES_CURVE).find((k) => ES_CURVE[k] === alg.namedCurve);
      c.error(
        "jwk-alg-mismatch",
        at,
        `expected "alg" ${want ? `"${want}"` : "ES256, ES384 or ES512"} for ECDSA ${alg.namedCurve ?? ""}, found ${found()}`,
      );
    }
  } else if (alg.name === "Ed25519" || alg.name === "NODE-ED25519") {
    if (value === "Ed25519")
      c.divergent(
        "jwk-alg-mismatch",
        at,
        'expected "alg" "EdDSA", found "Ed25519": the spec allows it, workerd rejects it (DataError)',
        "workerd",
      );
    else if (value !== "EdDSA") c.error("jwk-alg-mismatch", at, `expected "alg" "EdDSA", found ${found()}`);
  } else if (family === "hmac") {
    if (alg.hashExact === false) {
      // Observed in workerd 1.20261117.1: the JWK alg lookup uses the hash name as written.
      c.divergent(
        "param-invalid",
        "/algorithm/hash",
        `expected "hash" spelled "${alg.hash}" with a JWK "alg": workerd rejects other letter cases here (NotSupportedError)`,
        "workerd",
      );
    }
    const expected = suffix ? `HS${suffix}` : undefined;
    if (value !== expected)
      c.error(
        "jwk-alg-mismatch",
        at,
        `expected ${expected ? `"alg" "${expected}"` : `no "alg" with hash ${alg.hash ?? "missing"}`}, found ${found()}`,
      );
  } else if (family === "aes") {
    const bits = secretBytes !== undefined ? secretBytes * 8 : undefined;
    const expected = bits ? `A${bits}${alg.name.slice(4)}` : undefined;
    if (expected && value !== expected)
      c.error(
        "jwk-alg-mismatch",
        at,
        `expected "alg" "${expected}" for a ${bits}-bit ${alg.name} key, found ${found()}`,
      );
  }
}
