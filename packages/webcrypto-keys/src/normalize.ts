/**
 * Check 1 (algorithm part): WebCrypto §18.4.4 "normalize an algorithm" for op "importKey": `name` matched
 * case-insensitively, the import dictionary's required members (`hash`, `namedCurve`), `hash` normalized
 * as a digest (SHA-1/256/384/512; workerd also MD5), HMAC `length` as `[EnforceRange] unsigned long`.
 */
import { type AlgorithmSpec, CURVES, findAlgorithm, HASHES } from "./algorithms.js";
import { describe, isObject, oneOf, own } from "./describe.js";
import type { Collector } from "./diagnostics.js";

export interface NormalizedAlgorithm {
  spec: AlgorithmSpec;
  /** Canonical spelling of the name. */
  name: string;
  /** False when the user wrote the name in another case (a workerd RSA JWK quirk depends on it). */
  canonicalCase: boolean;
  hash?: string;
  namedCurve?: string;
  length?: number;
}

/** Names people try that no runtime here imports; quoting them is safe and helpful. */
const UNSUPPORTED = [
  "Ed448",
  "X448",
  "ML-DSA-44",
  "ML-DSA-65",
  "ML-DSA-87",
  "ML-KEM-768",
  "DSA",
  "DH",
  "ECDSA-P256",
];
const ALL_HASHES = [...HASHES, "MD5", "SHA3-256", "SHA3-384", "SHA3-512", "SHA-224"];
const ALL_CURVES = [...CURVES, "P-192", "P-224", "secp256k1", "X25519", "Ed25519", "NODE-ED25519"];

/** Returns undefined when no usable algorithm could be determined (errors already reported). */
export function normalizeAlgorithm(algorithm: unknown, c: Collector): NormalizedAlgorithm | undefined {
  if (algorithm === undefined) {
    c.error(
      "algorithm-invalid",
      "/algorithm",
      'expected an algorithm object such as {"name":"HMAC"}, found nothing',
    );
    return undefined;
  }
  if (!isObject(algorithm)) {
    c.error(
      "algorithm-invalid",
      "/algorithm",
      `expected an algorithm object with a "name", found ${describe(algorithm)}`,
    );
    return undefined;
  }
  const rawName = own(algorithm, "name");
  if (typeof rawName !== "string") {
    c.error(
      "algorithm-invalid",
      "/algorithm/name",
      `expected a string algorithm name, found ${describe(rawName)}`,
    );
    return undefined;
  }
  const spec = findAlgorithm(rawName);
  if (!spec) {
    c.error(
      "algorithm-unknown",
      "/algorithm/name",
      `expected a WebCrypto algorithm name (RSASSA-PKCS1-v1_5, RSA-PSS, RSA-OAEP, ECDSA, ECDH, Ed25519, X25519, AES-CTR, AES-CBC, AES-GCM, AES-KW, HMAC, HKDF, PBKDF2), found ${describe(rawName, UNSUPPORTED)}`,
    );
    return undefined;
  }
  if (spec.workerdOnly) {
    c.divergent(
      "algorithm-workerd-only",
      "/algorithm/name",
      `"${spec.name}" is a workerd-only algorithm: workerd imports it, the WebCrypto spec and other runtimes do not`,
      "spec",
    );
  }
  const canonicalCase = rawName === spec.name;
  if (!canonicalCase) {
    c.warning(
      "algorithm-name-case",
      "/algorithm/name",
      `expected the canonical spelling "${spec.name}", found another letter case (importKey matches case-insensitively, but workerd rejects a non-canonical RSA name together with a JWK "alg")`,
    );
  }
  const out: NormalizedAlgorithm = { spec, name: spec.name, canonicalCase };
  if (spec.params.includes("hash")) {
    const hash = normalizeHash(own(algorithm, "hash"), c);
    if (hash) out.hash = hash;
  }
  if (spec.params.includes("namedCurve")) {
    const curve = normalizeCurve(spec, own(algorithm, "namedCurve"), c);
    if (curve) out.namedCurve = curve;
  }
  if (spec.family === "hmac" && Object.hasOwn(algorithm, "length")) {
    const length = own(algorithm, "length");
    if (typeof length !== "number" || !Number.isInteger(length) || length < 0 || length > 0xffffffff) {
      c.error(
        "param-invalid",
        "/algorithm/length",
        `expected "length" as an integer number of bits in [1, 2^32-1], found ${describe(length)}`,
      );
    } else out.length = length;
  }
  return out;
}

function normalizeHash(hash: unknown, c: Collector): string | undefined {
  let name = hash;
  let at = "/algorithm/hash";
  if (isObject(hash)) {
    name = own(hash, "name");
    at = "/algorithm/hash/name";
  }
  if (hash === undefined) {
    c.error("param-missing", "/algorithm/hash", `expected "hash" (${oneOf(HASHES)}), found nothing`);
    return undefined;
  }
  if (typeof name === "string") {
    const canonical = HASHES.find((h) => h.toLowerCase() === name.toLowerCase());
    if (canonical) return canonical;
    if (name.toLowerCase() === "md5") {
      c.divergent(
        "hash-md5",
        at,
        `expected ${oneOf(HASHES)}, found "MD5": workerd accepts it, the WebCrypto spec does not, and MD5 is broken`,
        "spec",
      );
      return "MD5";
    }
  }
  c.error("param-invalid", at, `expected "hash" to be ${oneOf(HASHES)}, found ${describe(name, ALL_HASHES)}`);
  return undefined;
}

function normalizeCurve(spec: AlgorithmSpec, curve: unknown, c: Collector): string | undefined {
  const allowed: readonly string[] = spec.name === "NODE-ED25519" ? ["NODE-ED25519"] : CURVES;
  if (curve === undefined) {
    c.error(
      "param-missing",
      "/algorithm/namedCurve",
      `expected "namedCurve" (${oneOf(allowed)}), found nothing`,
    );
    return undefined;
  }
  if (typeof curve === "string" && allowed.includes(curve)) return curve;
  const folded =
    typeof curve === "string" ? allowed.find((a) => a.toLowerCase() === curve.toLowerCase()) : undefined;
  if (folded) {
    // workerd matches curve names case-insensitively; the spec compares them exactly (§"EcKeyImportParams").
    c.divergent(
      "param-invalid",
      "/algorithm/namedCurve",
      `expected "namedCurve" "${folded}" (case-sensitive), found another letter case: workerd accepts it, the spec and other runtimes do not`,
      "spec",
    );
    return folded;
  }
  c.error(
    "param-invalid",
    "/algorithm/namedCurve",
    `expected "namedCurve" to be ${oneOf(allowed)} (case-sensitive), found ${describe(curve, ALL_CURVES)}`,
  );
  return undefined;
}
