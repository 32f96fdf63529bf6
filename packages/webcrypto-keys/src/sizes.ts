/**
 * Check 5: key sizes. AES 128/192/256-bit keys (WebCrypto §"AES-* > Import Key"), HMAC non-empty with the
 * `length` window (8n−8, 8n] (§"HMAC > Import Key"), Ed25519/X25519 raw keys of 32 bytes (RFC 8032/7748),
 * EC raw points per SEC1 §2.3.3, RSA modulus/exponent within workerd's `strict_crypto_checks` limits
 * (rsa.c++: 256..16384 bits measured as bytes × 8, e ∈ {3, 17, 37, 65537}), weak-key warning below 2048.
 */
import type { Collector } from "./diagnostics.js";
import type { NormalizedAlgorithm } from "./normalize.js";
import { checkRsaConsistency } from "./rsa-consistency.js";
import type { RsaFacts } from "./rsa-key.js";

const EC_COORD: Record<string, number> = { "P-256": 32, "P-384": 48, "P-521": 66 };
const HASH_BYTES: Record<string, number> = {
  "SHA-1": 20,
  "SHA-256": 32,
  "SHA-384": 48,
  "SHA-512": 64,
  MD5: 16,
};
const RSA_EXPONENTS = [3n, 17n, 37n, 65537n];

/** Sizes of secret or raw key bytes (raw format, or a JWK `k`). */
export function checkSecretSize(alg: NormalizedAlgorithm, bytes: number, at: string, c: Collector): void {
  const family = alg.spec.family;
  if (family === "aes" && bytes !== 16 && bytes !== 24 && bytes !== 32) {
    c.error("key-size-invalid", at, `expected a ${alg.name} key of 16, 24 or 32 bytes, found ${bytes} bytes`);
  } else if (family === "hmac") checkHmac(alg, bytes, at, c);
}

function checkHmac(alg: NormalizedAlgorithm, bytes: number, at: string, c: Collector): void {
  if (bytes === 0) {
    c.error("key-empty", at, "expected an HMAC key of at least 1 byte, found 0 bytes");
    return;
  }
  const { length } = alg;
  if (length !== undefined && (length > bytes * 8 || length <= bytes * 8 - 8)) {
    c.error(
      "hmac-length-invalid",
      "/algorithm/length",
      `expected "length" in (${bytes * 8 - 8}, ${bytes * 8}] bits for a ${bytes}-byte key, found ${length}`,
    );
  }
  const out = HASH_BYTES[alg.hash ?? ""];
  if (out !== undefined && bytes < out) {
    c.warning(
      "hmac-key-short",
      at,
      `expected an HMAC key of at least the hash output (${out} bytes for ${alg.hash}, RFC 2104 §3), found ${bytes} bytes`,
    );
  }
  if (bytes >= 8192) {
    c.warning(
      "hmac-key-long",
      at,
      `expected an HMAC key under 8192 bytes, found ${bytes}: workerd stores "length" as 16 bits and reports a wrong length`,
    );
  }
}

/** Raw public keys: EC points (SEC1 §2.3.3) and 32-byte Ed25519/X25519 keys. */
export function checkRawPublic(alg: NormalizedAlgorithm, bytes: Uint8Array, at: string, c: Collector): void {
  if (alg.spec.family === "okp" && bytes.length !== 32) {
    c.error(
      "key-size-invalid",
      at,
      `expected a raw ${alg.name} public key of 32 bytes, found ${bytes.length} bytes`,
    );
  }
  const size = EC_COORD[alg.namedCurve ?? ""];
  if (alg.spec.family !== "ec" || size === undefined) return;
  const form = bytes[0];
  const ok =
    (form === 4 && bytes.length === 2 * size + 1) ||
    ((form === 2 || form === 3) && bytes.length === size + 1);
  if (!ok) {
    const what = form === 4 ? "uncompressed" : form === 2 || form === 3 ? "compressed" : "unmarked";
    c.error(
      "key-size-invalid",
      at,
      `expected a ${alg.namedCurve} point of ${2 * size + 1} bytes (0x04‖X‖Y) or ${size + 1} bytes (0x02/0x03‖X), found ${bytes.length} bytes (${what})`,
    );
  }
}

/** RSA limits: an error under workerd (OperationError at import), a portability warning under the spec. */
export function checkRsa(rsa: RsaFacts, at: string, c: Collector): void {
  if (rsa.priv) checkRsaConsistency(rsa.priv, at.startsWith("/key_jwk") ? "/key_jwk" : at, c);
  const measured = rsa.modulusBytes * 8;
  if (measured < 256 || measured > 16384) {
    c.divergent(
      "rsa-modulus-out-of-range",
      at,
      `expected an RSA modulus of 256..16384 bits, found ${rsa.modulusBits} bits (workerd rejects it with OperationError)`,
      "workerd",
    );
  } else if (rsa.modulusBits < 2048) {
    c.warning(
      "rsa-modulus-weak",
      at,
      `expected an RSA modulus of at least 2048 bits, found ${rsa.modulusBits} bits (too weak for new keys)`,
    );
  }
  if (!rsa.modulusOdd) {
    // Observed: workerd's DER parser (BoringSSL) refuses an even modulus, its JWK path imports it.
    const msg = "expected an odd RSA modulus (a product of two odd primes), found an even one";
    if (at.startsWith("/key_jwk"))
      c.warning("rsa-modulus-invalid", at, `${msg}: no genuine RSA key looks like this`);
    else c.divergent("rsa-modulus-invalid", at, `${msg} (workerd rejects it)`, "workerd");
  }
  if (!RSA_EXPONENTS.includes(rsa.exponent)) {
    const found = rsa.exponent < 1n << 32n ? `${rsa.exponent}` : "a value of 2^32 or more";
    c.divergent(
      "rsa-exponent-invalid",
      at,
      `expected a public exponent of 3, 17, 37 or 65537, found ${found} (workerd rejects it with OperationError)`,
      "workerd",
    );
  }
}
