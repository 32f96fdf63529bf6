/**
 * OBJECT IDENTIFIER decoding (X.690 §8.19) and the key-algorithm / curve OIDs import cares about:
 * RFC 8017 App. C (rsaEncryption, id-RSASSA-PSS, id-RSAES-OAEP), RFC 5480 §2.1.1 (id-ecPublicKey, curves),
 * RFC 8410 §3 (X25519, X448, Ed25519, Ed448).
 */
import { DerError } from "./der.js";

export const OID = {
  rsaEncryption: "1.2.840.113549.1.1.1",
  rsaesOaep: "1.2.840.113549.1.1.7",
  rsassaPss: "1.2.840.113549.1.1.10",
  ecPublicKey: "1.2.840.10045.2.1",
  dsa: "1.2.840.10040.4.1",
  dhKeyAgreement: "1.2.840.113549.1.3.1",
  p256: "1.2.840.10045.3.1.7",
  p384: "1.3.132.0.34",
  p521: "1.3.132.0.35",
  secp256k1: "1.3.132.0.10",
  p192: "1.2.840.10045.3.1.1",
  x25519: "1.3.101.110",
  x448: "1.3.101.111",
  ed25519: "1.3.101.112",
  ed448: "1.3.101.113",
} as const;

const NAMES: Record<string, string> = {
  [OID.rsaEncryption]: "rsaEncryption",
  [OID.rsaesOaep]: "id-RSAES-OAEP",
  [OID.rsassaPss]: "id-RSASSA-PSS",
  [OID.ecPublicKey]: "id-ecPublicKey",
  [OID.dsa]: "id-dsa",
  [OID.dhKeyAgreement]: "dhKeyAgreement",
  [OID.p256]: "P-256",
  [OID.p384]: "P-384",
  [OID.p521]: "P-521",
  [OID.secp256k1]: "secp256k1",
  [OID.p192]: "P-192",
  [OID.x25519]: "X25519",
  [OID.x448]: "X448",
  [OID.ed25519]: "Ed25519",
  [OID.ed448]: "Ed448",
};

/**
 * `name (dotted)` for known OIDs. Unknown ones are not spelled out: their arcs come straight from the input
 * bytes, and messages never repeat input.
 */
export function oidName(oid: string): string {
  const name = NAMES[oid];
  return name ? `${name} (${oid})` : "an unrecognised OID";
}

/** Curve OID → WebCrypto namedCurve. */
export const CURVE_OF_OID: Record<string, string> = {
  [OID.p256]: "P-256",
  [OID.p384]: "P-384",
  [OID.p521]: "P-521",
};

/** Decode OID content octets strictly: minimal base-128 sub-identifiers, no dangling continuation. */
export function decodeOid(content: Uint8Array, offset: number): string {
  if (content.length === 0 || content.length > 64)
    throw new DerError(offset, "expected an OID of 1..64 bytes");
  const arcs: number[] = [];
  let value = 0;
  let fresh = true;
  for (const byte of content) {
    if (fresh && byte === 0x80)
      throw new DerError(offset, "expected a minimal OID sub-identifier, found a 0x80 pad");
    value = value * 128 + (byte & 0x7f);
    if (value > Number.MAX_SAFE_INTEGER / 128) throw new DerError(offset, "expected OID arcs below 2^46");
    fresh = (byte & 0x80) === 0;
    if (fresh) {
      arcs.push(value);
      value = 0;
    }
  }
  if (!fresh)
    throw new DerError(offset, "expected the OID's last sub-identifier to end, found a continuation bit");
  const first = arcs[0] as number;
  const head = first < 40 ? [0, first] : first < 80 ? [1, first - 40] : [2, first - 80];
  return [...head, ...arcs.slice(1)].join(".");
}

/** Encode a dotted OID (used to rewrap PKCS#1/SEC1 keys; only our own constants are passed in). */
export function encodeOid(oid: string): Uint8Array {
  const parts = oid.split(".").map(Number);
  const arcs = [(parts[0] as number) * 40 + (parts[1] as number), ...parts.slice(2)];
  const out: number[] = [];
  for (const arc of arcs) {
    const chunk = [arc & 0x7f];
    for (let v = Math.floor(arc / 128); v > 0; v = Math.floor(v / 128)) chunk.unshift((v & 0x7f) | 0x80);
    out.push(...chunk);
  }
  return new Uint8Array(out);
}
