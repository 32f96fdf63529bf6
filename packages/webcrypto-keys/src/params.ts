/**
 * Import parameters (WebCrypto §18.4.4 IDL conversion): `hash` normalized as a digest algorithm
 * (SHA-1/256/384/512; workerd also MD5), `namedCurve` (P-256/384/521, compared exactly by the spec and
 * case-insensitively by workerd), HMAC `length` as WebIDL `[EnforceRange] unsigned long`.
 */
import { type AlgorithmSpec, CURVES, HASHES } from "./algorithms.js";
import { describe, isObject, oneOf, own } from "./describe.js";
import type { Collector } from "./diagnostics.js";

const ALL_CURVES = [...CURVES, "P-192", "P-224", "secp256k1", "X25519", "Ed25519", "NODE-ED25519"];
const ALL_HASHES = [...HASHES, "MD5", "SHA3-256", "SHA3-384", "SHA3-512", "SHA-224"];
export function normalizeHash(hash: unknown, c: Collector): string | undefined {
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

export function normalizeCurve(spec: AlgorithmSpec, curve: unknown, c: Collector): string | undefined {
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

/**
 * WebIDL §3.2.4.9 `[EnforceRange] unsigned long` for JSON values: ToNumber, reject NaN/±∞, take the integer
 * part, reject outside [0, 2^32−1]. Arrays convert through their string form; only a one-element array can
 * give a number, and it is handled without recursion (legal JSON may nest deeper than the stack).
 */
export function enforceRange(value: unknown): number | undefined {
  let v = value;
  if (Array.isArray(v))
    v =
      v.length === 0
        ? ""
        : v.length === 1 && !isObject(v[0]) && !Array.isArray(v[0])
          ? String(v[0] ?? "")
          : Number.NaN;
  if (isObject(v)) return undefined;
  const n = Math.trunc(Number(v));
  return Number.isFinite(n) && n >= 0 && n <= 0xffffffff ? n : undefined;
}
