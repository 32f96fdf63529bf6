/**
 * What a DER blob *is*: SubjectPublicKeyInfo (RFC 5280 §4.1.2.7), PrivateKeyInfo / OneAsymmetricKey
 * (RFC 5208 §5, RFC 5958 §2), or one of the bare structures people paste instead — PKCS#1 RSAPrivateKey /
 * RSAPublicKey (RFC 8017 App. A.1) and SEC1 ECPrivateKey (RFC 5915 §3) — plus the facts size checks need.
 */
import { DerError, DerReader, TAG, type Tlv } from "./der.js";
import { decodeOid, OID } from "./oid.js";
import { type RsaFacts, rsaKey } from "./rsa-key.js";

export type AlgParams =
  | { kind: "absent" }
  | { kind: "null" }
  | { kind: "oid"; oid: string }
  | { kind: "other" };
export interface AlgId {
  oid: string;
  params: AlgParams;
}
/** Problems inside the key proper (as opposed to the envelope) are reported as der-key-invalid. */
export interface Inner {
  rsa?: RsaFacts;
  /** Length of an EC private scalar / OKP private key / public key bytes. */
  keyLength?: number;
  /** EC point's first byte form: 4 uncompressed, 2/3 compressed. */
  pointForm?: number;
  /** ECPrivateKey's own [0] curve OID. */
  innerCurve?: string;
  error?: DerError;
}
export type KeyInfo =
  | { kind: "spki"; alg: AlgId; inner: Inner; trailing: number }
  | { kind: "pkcs8"; alg: AlgId; inner: Inner; trailing: number }
  | { kind: "pkcs1-private"; inner: Inner; trailing: number }
  | { kind: "pkcs1-public"; inner: Inner; trailing: number }
  | { kind: "sec1"; inner: Inner; trailing: number };

/** Classify `bytes`; throws DerError when the outer structure is none of the known ones. */
export function readKeyInfo(bytes: Uint8Array): KeyInfo {
  const top = new DerReader(bytes);
  const outer = top.expect(TAG.SEQUENCE, "an outer SEQUENCE");
  const trailing = bytes.length - outer.end;
  const r = top.inside(outer);
  const kids: Tlv[] = [];
  while (!r.done) kids.push(r.read());
  const tags = kids.map((k) => k.tag);
  const [t0, t1, t2] = tags;
  if (t0 === TAG.SEQUENCE && t1 === TAG.BIT_STRING && tags.length === 2) {
    const alg = readAlgId(r, kids[0] as Tlv);
    const key = r.bitStringBytes(kids[1] as Tlv, "subjectPublicKey");
    return { kind: "spki", alg, inner: guard(() => publicInner(alg, key, kids[1] as Tlv)), trailing };
  }
  if (t0 === TAG.INTEGER && t1 === TAG.SEQUENCE && t2 === TAG.OCTET_STRING) {
    const version = r.smallInt(kids[0] as Tlv, "the PrivateKeyInfo version");
    // RFC 5208 §5 v1 only: workerd (BoringSSL) rejects RFC 5958 v2 (version 1) keys, Node accepts them.
    if (version !== 0) {
      throw new DerError(
        kids[0]?.start ?? 0,
        `expected PrivateKeyInfo version 0 (RFC 5208), found ${version}`,
      );
    }
    const alg = readAlgId(r, kids[1] as Tlv);
    const key = kids[2] as Tlv;
    return {
      kind: "pkcs8",
      alg,
      inner: guard(() => privateInner(alg, new DerReader(bytes, key.contentStart, key.end))),
      trailing,
    };
  }
  if (t0 === TAG.INTEGER && t1 === TAG.OCTET_STRING) {
    return {
      kind: "sec1",
      inner: guard(() => ecPrivateKey(new DerReader(bytes, outer.start, outer.end))),
      trailing,
    };
  }
  if (tags.length >= 9 && tags.every((t) => t === TAG.INTEGER || t === TAG.SEQUENCE)) {
    return {
      kind: "pkcs1-private",
      inner: guard(() => ({ rsa: rsaKey(new DerReader(bytes, outer.start, outer.end), true) })),
      trailing,
    };
  }
  if (tags.length === 2 && t0 === TAG.INTEGER && t1 === TAG.INTEGER) {
    return {
      kind: "pkcs1-public",
      inner: guard(() => ({ rsa: rsaKey(new DerReader(bytes, outer.start, outer.end), false) })),
      trailing,
    };
  }
  throw new DerError(
    outer.start,
    "expected SubjectPublicKeyInfo or PrivateKeyInfo, found another SEQUENCE layout",
  );
}

function guard(f: () => Inner): Inner {
  try {
    return f();
  } catch (e) {
    if (e instanceof DerError) return { error: e };
    throw e;
  }
}

/** AlgorithmIdentifier (RFC 5280 §4.1.1.2): OID plus optional parameters (NULL or a curve OID here). */
function readAlgId(r: DerReader, t: Tlv): AlgId {
  const a = r.inside(t);
  const oidTlv = a.expect(TAG.OID, "the key algorithm OID");
  const oid = decodeOid(a.content(oidTlv), oidTlv.start);
  let params: AlgParams = { kind: "absent" };
  if (!a.done) {
    const p = a.read();
    if (p.tag === TAG.NULL && p.end === p.contentStart) params = { kind: "null" };
    else if (p.tag === TAG.OID) params = { kind: "oid", oid: decodeOid(a.content(p), p.start) };
    else params = { kind: "other" };
  }
  a.finish("AlgorithmIdentifier");
  return { oid, params };
}

function publicInner(alg: AlgId, key: Uint8Array, at: Tlv): Inner {
  if (alg.oid === OID.rsaEncryption) return { rsa: rsaKey(new DerReader(key), false) };
  if (key.length === 0) throw new DerError(at.start, "expected public key bytes, found none");
  return { keyLength: key.length, pointForm: key[0] as number };
}

function privateInner(alg: AlgId, r: DerReader): Inner {
  if (alg.oid === OID.rsaEncryption) return { rsa: rsaKey(r, true) };
  if (alg.oid === OID.ecPublicKey) return ecPrivateKey(r);
  // RFC 8410 §7: CurvePrivateKey ::= OCTET STRING, itself inside the PrivateKeyInfo OCTET STRING.
  const t = r.expect(TAG.OCTET_STRING, "CurvePrivateKey");
  r.finish("CurvePrivateKey");
  return { keyLength: t.end - t.contentStart };
}

/** ECPrivateKey ::= SEQUENCE { version 1, privateKey OCTET STRING, [0] parameters?, [1] publicKey? }. */
function ecPrivateKey(r: DerReader): Inner {
  const s = r.inside(r.expect(TAG.SEQUENCE, "ECPrivateKey"));
  const v = s.smallInt(s.expect(TAG.INTEGER, "ECPrivateKey version"), "ECPrivateKey version");
  if (v !== 1) throw new DerError(r.offset, `expected ECPrivateKey version 1, found ${v}`);
  const d = s.expect(TAG.OCTET_STRING, "the private key");
  const out: Inner = { keyLength: d.end - d.contentStart };
  if (s.peekTag() === TAG.CTX0) {
    const p = s.inside(s.read());
    const o = p.expect(TAG.OID, "the curve OID");
    out.innerCurve = decodeOid(p.content(o), o.start);
    p.finish("ECPrivateKey parameters");
  }
  if (s.peekTag() === TAG.CTX1) {
    const p = s.inside(s.read());
    const pub = p.bitStringBytes(p.expect(TAG.BIT_STRING, "the public key"), "the public key");
    out.pointForm = pub[0] ?? 0;
    p.finish("ECPrivateKey public key");
  }
  s.finish("ECPrivateKey");
  r.finish("the EC key");
  return out;
}
