/**
 * Check 3: pkcs8/spki key data against the algorithm (WebCrypto §"<ALG> > Import Key", spki/pkcs8 steps):
 * structure named, no trailing bytes, key OID = algorithm, curve OID = namedCurve. Where workerd is laxer
 * (PKCS#1/SEC1 as pkcs8, Ed25519/X25519 OIDs unchecked) the problem is an error under the spec and a
 * warning under workerd. Returns the bytes a trial import should use (rewrapped when lossless).
 */
import { DerError } from "./der.js";
import { checkCurve, checkEcSizes, checkOkp, curveParam, mismatch } from "./der-algorithms.js";
import type { Collector } from "./diagnostics.js";
import { type KeyInfo, readKeyInfo } from "./key-info.js";
import type { NormalizedAlgorithm } from "./normalize.js";
import { CURVE_OF_OID, OID, oidName } from "./oid.js";
import type { RsaFacts } from "./rsa-key.js";
import { wrapPkcs1Private, wrapSec1 } from "./wrap.js";

export interface DerFacts {
  rsa?: RsaFacts;
  /** Bytes for the trial import; undefined = do not trial-import (already known to fail or be unusable). */
  importBytes?: Uint8Array;
}

const AT = "/key_base64";
const STRUCT: Record<KeyInfo["kind"], string> = {
  spki: "an SPKI public key",
  pkcs8: "a PKCS#8 private key",
  "pkcs1-private": "a bare PKCS#1 RSAPrivateKey",
  "pkcs1-public": "a bare PKCS#1 RSAPublicKey",
  sec1: "a bare SEC1 ECPrivateKey",
};
const CURVE_OID: Record<string, string> = { "P-256": OID.p256, "P-384": OID.p384, "P-521": OID.p521 };
export function checkDer(
  bytes: Uint8Array,
  format: "spki" | "pkcs8",
  alg: NormalizedAlgorithm | undefined,
  c: Collector,
): DerFacts {
  const want = format === "spki" ? "a DER SubjectPublicKeyInfo" : "a DER PKCS#8 PrivateKeyInfo";
  let info: KeyInfo;
  try {
    info = readKeyInfo(bytes);
  } catch (e) {
    if (!(e instanceof DerError)) throw e;
    c.error("der-invalid", AT, `expected ${want}, found malformed DER: ${e.message}`);
    return {};
  }
  const facts: DerFacts = { importBytes: bytes };
  if (info.trailing > 0) {
    c.error(
      "der-trailing-bytes",
      AT,
      `expected the data to end with the outer SEQUENCE, found ${info.trailing} trailing bytes`,
    );
  }
  const found = STRUCT[info.kind];
  if (format === "spki" && info.kind !== "spki") {
    const code =
      info.kind === "pkcs8"
        ? "der-pkcs8-given-as-spki"
        : info.kind === "sec1"
          ? "der-sec1-private-key"
          : info.kind === "pkcs1-private"
            ? "der-pkcs1-private-key"
            : "der-pkcs1-public-key";
    const fix =
      info.kind === "pkcs1-public"
        ? ' (secretKeyFromPem rewraps an "RSA PUBLIC KEY" block)'
        : ' (use format "pkcs8" and private-key usages)';
    c.error(code, AT, `expected ${want}, found ${found}${fix}`);
    return {};
  }
  if (format === "pkcs8" && (info.kind === "spki" || info.kind === "pkcs1-public")) {
    const code = info.kind === "spki" ? "der-spki-given-as-pkcs8" : "der-pkcs1-public-key";
    c.error(code, AT, `expected ${want}, found ${found} (use format "spki" and public-key usages)`);
    return {};
  }
  if (info.kind === "sec1" && !info.inner.error && !info.inner.innerCurve) {
    // workerd's d2i_AutoPrivateKey cannot tell the curve of a SEC1 key without parameters: DataError.
    c.error(
      "der-sec1-private-key",
      AT,
      `expected ${want}, found a bare SEC1 ECPrivateKey without its curve parameters, which no runtime imports; rewrap it with secretKeyFromPem() and a namedCurve`,
    );
  } else if (info.kind === "pkcs1-private" || info.kind === "sec1") {
    const code = info.kind === "sec1" ? "der-sec1-private-key" : "der-pkcs1-private-key";
    c.divergent(
      code,
      AT,
      `expected ${want}, found ${found}: workerd accepts it, the spec and other runtimes do not; rewrap it with secretKeyFromPem() or \`openssl pkcs8 -topk8 -nocrypt\``,
      "spec",
    );
  }
  if (info.inner.error) {
    c.error(
      "der-key-invalid",
      AT,
      `expected a well-formed key inside ${found}, found: ${info.inner.error.message}`,
    );
    return {};
  }
  if (info.inner.rsa) facts.rsa = info.inner.rsa;
  if (!alg) return facts;
  const family = alg.spec.family;
  if (info.kind === "pkcs1-private") {
    if (family !== "rsa") return mismatch(c, alg, found);
    facts.importBytes = wrapPkcs1Private(bytes.subarray(0, bytes.length - info.trailing));
    return facts;
  }
  if (info.kind === "sec1") {
    if (family !== "ec") return mismatch(c, alg, found);
    checkCurve(info.inner.innerCurve ?? CURVE_OID[alg.namedCurve ?? ""], alg, c);
    const curve = info.inner.innerCurve ?? CURVE_OID[alg.namedCurve ?? ""];
    if (curve) facts.importBytes = wrapSec1(bytes.subarray(0, bytes.length - info.trailing), curve);
    return facts;
  }
  if (info.kind !== "spki" && info.kind !== "pkcs8") return facts;
  if (family === "rsa") {
    if (info.alg.oid !== OID.rsaEncryption)
      return mismatch(c, alg, `a key whose algorithm is ${oidName(info.alg.oid)}`);
    // RFC 8017 App. C / RFC 3279 §2.3.1: rsaEncryption parameters MUST be NULL; workerd (BoringSSL)
    // rejects absent parameters ("Invalid SPKI input") although Node accepts them.
    if (info.alg.params.kind !== "null") {
      c.error(
        "der-oid-mismatch",
        AT,
        "expected NULL parameters after the rsaEncryption OID (RFC 8017 App. C), found none or others",
      );
    }
  } else if (family === "ec") {
    if (info.alg.oid !== OID.ecPublicKey)
      return mismatch(c, alg, `a key whose algorithm is ${oidName(info.alg.oid)}`);
    checkCurve(curveParam(info.alg), alg, c);
    if (info.inner.innerCurve && info.inner.innerCurve !== curveParam(info.alg)) {
      c.error(
        "der-key-invalid",
        AT,
        "expected the ECPrivateKey parameters to match the outer curve, found another curve",
      );
    }
    checkEcSizes(info.kind, info.inner, CURVE_OF_OID[curveParam(info.alg) ?? ""], c);
  } else if (family === "okp") {
    return checkOkp(info.kind, info.alg, info.inner, alg, c, facts);
  }
  return facts;
}
