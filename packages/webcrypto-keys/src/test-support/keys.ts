/**
 * Key material for tests, generated with WebCrypto at test time (no committed keys). Memoized per process.
 * Derived shapes (bare PKCS#1, SEC1 with curve, trailing bytes…) are cut from the generated DER.
 */
import { encodeBase64 } from "../base64.js";
import { DerReader, TAG } from "../der.js";
import { encodeOid, OID } from "../oid.js";
import { tlv } from "../wrap.js";

const subtle = globalThis.crypto.subtle;

export interface Asym {
  spki: Uint8Array;
  pkcs8: Uint8Array;
  raw?: Uint8Array;
  jwkPriv: JsonWebKey;
  jwkPub: JsonWebKey;
}

export interface KeySet {
  rsa: Asym;
  rsa1024: Asym;
  rsaE3: Asym;
  rsaE5: Asym;
  ec: Record<"P-256" | "P-384" | "P-521", Asym>;
  ed25519: Asym;
  x25519: Asym;
  /** Second pairs, to mix a private part with another key's public part. */
  other: { "P-256": Asym; ed25519: Asym; x25519: Asym };
  secret: (n: number) => Uint8Array;
}

async function asym(
  alg: RsaHashedKeyGenParams | EcKeyGenParams | Algorithm,
  usages: KeyUsage[],
  raw: boolean,
): Promise<Asym> {
  const pair = (await subtle.generateKey(alg, true, usages)) as CryptoKeyPair;
  const out: Asym = {
    spki: new Uint8Array(await subtle.exportKey("spki", pair.publicKey)),
    pkcs8: new Uint8Array(await subtle.exportKey("pkcs8", pair.privateKey)),
    jwkPriv: await subtle.exportKey("jwk", pair.privateKey),
    jwkPub: await subtle.exportKey("jwk", pair.publicKey),
  };
  if (raw) out.raw = new Uint8Array(await subtle.exportKey("raw", pair.publicKey));
  for (const j of [out.jwkPriv, out.jwkPub]) {
    delete j.key_ops;
    delete j.ext;
    delete j.alg;
  }
  return out;
}

function rsaAlg(bits: number, e: number[]): RsaHashedKeyGenParams {
  return {
    name: "RSASSA-PKCS1-v1_5",
    modulusLength: bits,
    publicExponent: new Uint8Array(e),
    hash: "SHA-256",
  };
}

let memo: Promise<KeySet> | undefined;

export function keys(): Promise<KeySet> {
  memo ??= (async () => {
    const sign: KeyUsage[] = ["sign", "verify"];
    const [rsa, rsa1024, rsaE3, rsaE5, p256, p384, p521, ed25519, x25519, other256, otherEd, otherX] =
      await Promise.all([
        asym(rsaAlg(2048, [1, 0, 1]), sign, false),
        asym(rsaAlg(1024, [1, 0, 1]), sign, false),
        asym(rsaAlg(1024, [3]), sign, false),
        asym(rsaAlg(1024, [5]), sign, false),
        asym({ name: "ECDSA", namedCurve: "P-256" } as EcKeyGenParams, sign, true),
        asym({ name: "ECDSA", namedCurve: "P-384" } as EcKeyGenParams, sign, true),
        asym({ name: "ECDSA", namedCurve: "P-521" } as EcKeyGenParams, sign, true),
        asym({ name: "Ed25519" }, sign, true),
        asym({ name: "X25519" }, ["deriveBits"], true),
        asym({ name: "ECDSA", namedCurve: "P-256" } as EcKeyGenParams, sign, true),
        asym({ name: "Ed25519" }, sign, true),
        asym({ name: "X25519" }, ["deriveBits"], true),
      ]);
    let counter = 1;
    const secret = (n: number) => {
      // Random bytes (tests need sizes, not particular values), with a counter byte so no two calls match.
      const b = globalThis.crypto.getRandomValues(new Uint8Array(n));
      if (n > 0) b[0] = counter++ & 0xff;
      return b;
    };
    return {
      rsa,
      rsa1024,
      rsaE3,
      rsaE5,
      ec: { "P-256": p256, "P-384": p384, "P-521": p521 },
      ed25519,
      x25519,
      other: { "P-256": other256, ed25519: otherEd, x25519: otherX },
      secret,
    };
  })();
  return memo;
}

export const b64 = encodeBase64;

/** The OCTET STRING payload of a PKCS#8 PrivateKeyInfo: PKCS#1 RSAPrivateKey, SEC1 ECPrivateKey, … */
export function innerPrivateKey(pkcs8: Uint8Array): Uint8Array {
  const r = new DerReader(pkcs8);
  const s = r.inside(r.expect(TAG.SEQUENCE, "PrivateKeyInfo"));
  s.expect(TAG.INTEGER, "version");
  s.expect(TAG.SEQUENCE, "algorithm");
  return s.content(s.expect(TAG.OCTET_STRING, "privateKey"));
}

/** The subjectPublicKey of an SPKI: PKCS#1 RSAPublicKey for RSA. */
export function innerPublicKey(spki: Uint8Array): Uint8Array {
  const r = new DerReader(spki);
  const s = r.inside(r.expect(TAG.SEQUENCE, "SPKI"));
  s.expect(TAG.SEQUENCE, "algorithm");
  return s.bitStringBytes(s.expect(TAG.BIT_STRING, "key"), "key");
}

/** A SEC1 ECPrivateKey carrying its curve in [0] (as `openssl ec` writes it). */
export function sec1WithCurve(pkcs8: Uint8Array, curveOid: string): Uint8Array {
  const inner = innerPrivateKey(pkcs8);
  const r = new DerReader(inner);
  const s = r.inside(r.expect(TAG.SEQUENCE, "ECPrivateKey"));
  const version = s.read();
  const d = s.read();
  const rest = inner.subarray(s.offset, inner.length);
  return tlv(
    TAG.SEQUENCE,
    inner.subarray(version.start, version.end),
    inner.subarray(d.start, d.end),
    tlv(TAG.CTX0, tlv(TAG.OID, encodeOid(curveOid))),
    rest,
  );
}

/** Replace the algorithm OID of an SPKI/PKCS#8 (same-length OIDs only: Ed25519 ↔ X25519). */
export function swapOid(der: Uint8Array, from: string, to: string): Uint8Array {
  const a = encodeOid(from);
  const b = encodeOid(to);
  const out = der.slice();
  for (let i = 0; i + a.length <= out.length; i++) {
    if (a.every((x, j) => out[i + j] === x)) {
      out.set(b, i);
      return out;
    }
  }
  throw new Error("OID not found");
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

export { OID };
