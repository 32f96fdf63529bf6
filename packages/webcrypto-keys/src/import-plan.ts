/**
 * The trial importKey call for a checked key (WebCrypto §14.3.9 arguments), with a portable fallback for
 * workerd-only names and MD5, and the `key.algorithm` summary the report carries.
 */
import type { KeyFormat } from "./algorithms.js";
import type { KeyAlgorithm, KeyType, Runtime } from "./diagnostics.js";
import type { NormalizedAlgorithm } from "./normalize.js";
import type { RsaFacts } from "./rsa-key.js";
import type { ImportPlan } from "./trial-import.js";

export interface Facts {
  keyType?: KeyType | undefined;
  rsa?: RsaFacts;
  secretBytes?: number;
  plan?: ImportPlan;
}

/** The importKey call, with a portable fallback for workerd-only algorithm names and MD5. */
export function plan(
  format: KeyFormat,
  data: Uint8Array | JsonWebKey,
  alg: NormalizedAlgorithm,
  usages: KeyUsage[],
): ImportPlan {
  const algorithm: ImportPlan["algorithm"] = { name: alg.name };
  if (alg.hash) algorithm.hash = alg.hash;
  if (alg.namedCurve) algorithm.namedCurve = alg.namedCurve;
  // Node rejects HMAC lengths that are not whole bytes; the window itself was checked statically.
  if (alg.length !== undefined && alg.length % 8 === 0) algorithm.length = alg.length;
  const p: ImportPlan = { format, data, algorithm, usages };
  const portable = { ...algorithm };
  if (alg.name === "NODE-ED25519") {
    portable.name = "Ed25519";
    delete portable.namedCurve;
  }
  if (alg.name === "RSA-RAW") Object.assign(portable, { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" });
  if (alg.hash === "MD5") portable.hash = "SHA-256";
  if (portable.name !== algorithm.name || portable.hash !== algorithm.hash) {
    p.fallback = { format, data, algorithm: portable, usages, when: ["NotSupportedError"] };
  }
  return p;
}

export function describeKey(alg: NormalizedAlgorithm, facts: Facts, runtime: Runtime): KeyAlgorithm {
  const out: KeyAlgorithm = { name: alg.name };
  if (alg.hash) out.hash = alg.hash;
  if (alg.namedCurve) out.namedCurve = alg.namedCurve;
  if (alg.spec.family === "hmac" || alg.spec.family === "aes") {
    const bits = (facts.secretBytes ?? 0) * 8;
    out.length = alg.spec.family === "hmac" && alg.length !== undefined ? alg.length : bits;
  }
  if (facts.rsa)
    out.modulusLength = runtime === "workerd" ? facts.rsa.modulusBytes * 8 : facts.rsa.modulusBits;
  return out;
}
