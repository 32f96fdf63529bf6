/**
 * Check 1 (algorithm part): WebCrypto §18.4.4 "normalize an algorithm" for op "importKey": `name` matched
 * case-insensitively, the import dictionary's required members (`hash`, `namedCurve`), `hash` normalized
 * as a digest (SHA-1/256/384/512; workerd also MD5), HMAC `length` as `[EnforceRange] unsigned long`.
 */
import { type AlgorithmSpec, findAlgorithm } from "./algorithms.js";
import { describe, isObject, own } from "./describe.js";
import type { Collector } from "./diagnostics.js";
import { enforceRange, normalizeCurve, normalizeHash } from "./params.js";

export interface NormalizedAlgorithm {
  spec: AlgorithmSpec;
  /** Canonical spelling of the name. */
  name: string;
  /** False when the user wrote the name in another case (a workerd RSA JWK quirk depends on it). */
  canonicalCase: boolean;
  hash?: string;
  /** False when `hash` was written in another letter case (workerd's HMAC JWK path depends on it). */
  hashExact?: boolean;
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
    const raw = own(algorithm, "hash");
    const hash = normalizeHash(raw, c);
    if (hash) {
      out.hash = hash;
      out.hashExact = (isObject(raw) ? own(raw, "name") : raw) === hash;
    }
  }
  if (spec.params.includes("namedCurve")) {
    const curve = normalizeCurve(spec, own(algorithm, "namedCurve"), c);
    if (curve) out.namedCurve = curve;
  }
  if (spec.family === "hmac" && Object.hasOwn(algorithm, "length")) {
    const length = enforceRange(own(algorithm, "length"));
    const raw = own(algorithm, "length");
    if (length === undefined) {
      c.error(
        "param-invalid",
        "/algorithm/length",
        `expected "length" as an integer number of bits in [1, 2^32-1], found ${describe(raw)}`,
      );
    } else {
      if (raw !== length) {
        c.warning(
          "param-invalid",
          "/algorithm/length",
          `expected "length" as an integer, found ${describe(raw)}: importKey converts it to ${length} (WebIDL [EnforceRange])`,
        );
      }
      out.length = length;
    }
  }
  return out;
}
