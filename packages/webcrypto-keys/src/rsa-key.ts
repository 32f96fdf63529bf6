/**
 * PKCS#1 RSA keys (RFC 8017 App. A.1): RSAPublicKey ::= SEQUENCE { n, e }, RSAPrivateKey ::= SEQUENCE
 * { version, n, e, d, p, q, dP, dQ, qInv, otherPrimeInfos? }, read strictly, plus the size facts and the
 * private integers the consistency check needs.
 */
import { DerError, type DerReader, TAG } from "./der.js";

/** The private integers of a two-prime RSA key (magnitudes), for the consistency check. */
export interface RsaPrivate {
  n: Uint8Array;
  e: Uint8Array;
  d: Uint8Array;
  /** Absent for a JWK private key without CRT members. */
  crt?: { p: Uint8Array; q: Uint8Array; dp: Uint8Array; dq: Uint8Array; qi: Uint8Array };
}
export interface RsaFacts {
  /** Bytes of the modulus magnitude (workerd measures size as bytes × 8). */
  modulusBytes: number;
  modulusBits: number;
  /** An RSA modulus is a product of two odd primes; BoringSSL (workerd) refuses an even one. */
  modulusOdd: boolean;
  exponent: bigint;
  priv?: RsaPrivate;
}
/** RSAPublicKey ::= SEQUENCE { n, e } / RSAPrivateKey ::= SEQUENCE { version, n, e, d, p, q, dp, dq, qi, … }. */
export function rsaKey(r: DerReader, isPrivate: boolean): RsaFacts {
  const s = r.inside(r.expect(TAG.SEQUENCE, isPrivate ? "RSAPrivateKey" : "RSAPublicKey"));
  if (isPrivate) {
    const v = s.expect(TAG.INTEGER, "RSAPrivateKey version");
    // RFC 8017 App. A.1.2: version 1 means multi-prime, which no WebCrypto runtime imports.
    const version = s.smallInt(v, "RSAPrivateKey version");
    if (version !== 0)
      throw new DerError(v.start, `expected RSAPrivateKey version 0 (two-prime), found ${version}`);
  }
  const n = s.unsigned(s.expect(TAG.INTEGER, "the modulus"), "the modulus");
  const e = s.unsigned(s.expect(TAG.INTEGER, "the public exponent"), "the public exponent");
  const ints: Uint8Array[] = [];
  if (isPrivate) {
    for (const m of ["d", "p", "q", "dp", "dq", "qi"]) ints.push(s.unsigned(s.expect(TAG.INTEGER, m), m));
    if (!s.done) s.expect(TAG.SEQUENCE, "otherPrimeInfos");
  }
  s.finish(isPrivate ? "RSAPrivateKey" : "RSAPublicKey");
  r.finish("the RSA key");
  const facts = rsaFacts(n, e);
  const [d, p, q, dp, dq, qi] = ints;
  if (d && p && q && dp && dq && qi) facts.priv = { n, e, d, crt: { p, q, dp, dq, qi } };
  return facts;
}

/** Size facts from the modulus and exponent magnitudes (leading zero bytes ignored). */
export function rsaFacts(n: Uint8Array, e: Uint8Array): RsaFacts {
  let i = 0;
  while (i < n.length - 1 && n[i] === 0) i++;
  const mag = n.subarray(i);
  const lead = mag[0] ?? 0;
  const modulusBits = lead === 0 ? 0 : (mag.length - 1) * 8 + (32 - Math.clz32(lead));
  return {
    modulusBytes: mag.length,
    modulusBits,
    modulusOdd: ((mag[mag.length - 1] ?? 0) & 1) === 1,
    exponent: e.reduce((x, b) => x * 256n + BigInt(b), 0n),
  };
}
