/**
 * RSA private key consistency (RFC 8017 §3.2): n = p·q, d·e ≡ 1 mod (p−1) and mod (q−1),
 * dP = e⁻¹ mod (p−1), dQ = e⁻¹ mod (q−1), qInv = q⁻¹ mod p. workerd's BoringSSL runs these checks
 * (RSA_check_key) when it parses a private key and rejects a key that fails them ("Invalid PKCS8 input");
 * Node 20 does not, so without this check an inconsistent key would pass the trial import in Node.
 */
import type { Collector } from "./diagnostics.js";
import type { RsaPrivate } from "./rsa-key.js";

/** Unsigned big-endian bytes → bigint, 64 bits at a time (4× faster than parsing a hex string). */
function big(b: Uint8Array): bigint {
  let x = 0n;
  const lead = b.length % 8;
  for (let i = 0; i < lead; i++) x = (x << 8n) | BigInt(b[i] as number);
  const view = new DataView(b.buffer, b.byteOffset + lead, b.length - lead);
  for (let j = 0; j < view.byteLength; j += 8) x = (x << 64n) | view.getBigUint64(j);
  return x;
}

/** The name of the first relation that does not hold, or undefined when the key is consistent. */
export function rsaInconsistency(key: RsaPrivate): string | undefined {
  const n = big(key.n);
  const e = big(key.e);
  const d = big(key.d);
  if (d === 0n || d >= n) return "0 < d < n";
  if (!key.crt) return undefined; // n, e, d only: nothing more can be checked without factoring
  const [p, q, dp, dq, qi] = [key.crt.p, key.crt.q, key.crt.dp, key.crt.dq, key.crt.qi].map(big) as [
    bigint,
    bigint,
    bigint,
    bigint,
    bigint,
  ];
  if (p < 2n || q < 2n || p * q !== n) return "n = p·q";
  const pm1 = p - 1n;
  const qm1 = q - 1n;
  if ((d * e) % pm1 !== 1n || (d * e) % qm1 !== 1n) return "d·e ≡ 1 (mod p−1 and q−1)";
  if (dp >= pm1 || (e * dp) % pm1 !== 1n) return "dP = e⁻¹ mod (p−1)";
  if (dq >= qm1 || (e * dq) % qm1 !== 1n) return "dQ = e⁻¹ mod (q−1)";
  if (qi >= p || (q * qi) % p !== 1n) return "qInv = q⁻¹ mod p";
  return undefined;
}

/**
 * DER keys go through BoringSSL's checked parser in workerd (error everywhere). JWK keys do not: workerd
 * imports an inconsistent JWK and it fails on first use, so under runtime "workerd" that is a warning.
 */
export function checkRsaConsistency(key: RsaPrivate, at: string, c: Collector): void {
  const broken = rsaInconsistency(key);
  if (!broken) return;
  const msg = `expected a consistent RSA private key (RFC 8017 §3.2), found that ${broken} does not hold`;
  if (at.startsWith("/key_jwk")) {
    // Observed in workerd: a bad d is never used (CRT values are), a bad p/q/dP/dQ/qInv makes sign() throw.
    const onlyD = key.crt && (broken === "0 < d < n" || broken.startsWith("d·e"));
    const effect = onlyD ? "signs with the CRT values, never using d" : "then fails on sign or decrypt";
    c.divergent("rsa-key-inconsistent", at, `${msg}: workerd imports this JWK and ${effect}`, "spec");
  } else c.error("rsa-key-inconsistent", at, `${msg}: workerd rejects it`);
}
