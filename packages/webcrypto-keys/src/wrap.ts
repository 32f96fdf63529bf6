/**
 * Lossless rewrapping of bare keys into the structures importKey wants: PKCS#1 RSAPrivateKey → PKCS#8
 * PrivateKeyInfo (RFC 5208 §5), SEC1 ECPrivateKey → PKCS#8 (RFC 5915 §3, RFC 5480 §2.1.1), PKCS#1
 * RSAPublicKey → SubjectPublicKeyInfo (RFC 5280 §4.1.2.7, RFC 8017 App. A.1). The key bytes are copied
 * unchanged; only the envelope is added.
 */
import { TAG } from "./der.js";
import { encodeOid, OID } from "./oid.js";

/** Encode one TLV with a minimal definite length (X.690 §10.1). */
export function tlv(tag: number, ...parts: Uint8Array[]): Uint8Array {
  const length = parts.reduce((n, p) => n + p.length, 0);
  const lenBytes: number[] = [];
  if (length < 0x80) lenBytes.push(length);
  else {
    for (let v = length; v > 0; v = Math.floor(v / 256)) lenBytes.unshift(v & 0xff);
    lenBytes.unshift(0x80 | lenBytes.length);
  }
  const out = new Uint8Array(1 + lenBytes.length + length);
  out[0] = tag;
  out.set(lenBytes, 1);
  let o = 1 + lenBytes.length;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

const VERSION_0 = tlv(TAG.INTEGER, new Uint8Array([0]));
const NULL = tlv(TAG.NULL);

function algId(oid: string, params: Uint8Array): Uint8Array {
  return tlv(TAG.SEQUENCE, tlv(TAG.OID, encodeOid(oid)), params);
}

/** PKCS#1 RSAPrivateKey DER → PKCS#8 PrivateKeyInfo DER. */
export function wrapPkcs1Private(pkcs1: Uint8Array): Uint8Array {
  return tlv(TAG.SEQUENCE, VERSION_0, algId(OID.rsaEncryption, NULL), tlv(TAG.OCTET_STRING, pkcs1));
}

/** PKCS#1 RSAPublicKey DER → SubjectPublicKeyInfo DER. */
export function wrapPkcs1Public(pkcs1: Uint8Array): Uint8Array {
  return tlv(TAG.SEQUENCE, algId(OID.rsaEncryption, NULL), tlv(TAG.BIT_STRING, new Uint8Array([0]), pkcs1));
}

/** SEC1 ECPrivateKey DER → PKCS#8 PrivateKeyInfo DER, with the curve named in the AlgorithmIdentifier. */
export function wrapSec1(sec1: Uint8Array, curveOid: string): Uint8Array {
  return tlv(
    TAG.SEQUENCE,
    VERSION_0,
    algId(OID.ecPublicKey, tlv(TAG.OID, encodeOid(curveOid))),
    tlv(TAG.OCTET_STRING, sec1),
  );
}
