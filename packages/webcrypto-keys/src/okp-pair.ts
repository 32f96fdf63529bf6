/**
 * Ed25519/X25519 private JWKs carry both `d` and `x` (RFC 8037 §2). workerd derives the public key from `d`
 * and ignores `x`; Node and the spec reject a JWK whose `x` is not the public key of `d`. When the trial
 * import fails, this tells that case apart by importing `d` alone (as PKCS#8, RFC 8410 §7) and reading the
 * public key back: only then, so the common path costs nothing extra.
 */
import { decodeBase64Url, encodeBase64Url } from "./base64.js";
import { TAG } from "./der.js";
import type { Collector } from "./diagnostics.js";
import { encodeOid, OID } from "./oid.js";
import type { ImportPlan } from "./trial-import.js";
import { tlv } from "./wrap.js";

/** The base64url public key that `d` implies, or undefined when this runtime cannot tell. */
export async function okpPublicOf(name: "Ed25519" | "X25519", d: string): Promise<string | undefined> {
  const seed = decodeBase64Url(d);
  if (seed?.bytes.length !== 32) return undefined;
  const oid = name === "Ed25519" ? OID.ed25519 : OID.x25519;
  const pkcs8 = tlv(
    TAG.SEQUENCE,
    tlv(TAG.INTEGER, new Uint8Array([0])),
    tlv(TAG.SEQUENCE, tlv(TAG.OID, encodeOid(oid))),
    tlv(TAG.OCTET_STRING, tlv(TAG.OCTET_STRING, seed.bytes)),
  );
  try {
    const usages: KeyUsage[] = name === "Ed25519" ? ["sign"] : ["deriveBits"];
    // Extractable only for this local comparison; the key never leaves the function.
    const key = await globalThis.crypto.subtle.importKey(
      "pkcs8",
      pkcs8 as Uint8Array<ArrayBuffer>,
      { name },
      true,
      usages,
    );
    const jwk = await globalThis.crypto.subtle.exportKey("jwk", key);
    const x = jwk.x ? decodeBase64Url(jwk.x) : undefined;
    return x ? encodeBase64Url(x.bytes) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * After a failed trial import of an OKP private JWK: if `x` is simply not the public key of `d`, replace
 * the import error with `jwk-public-mismatch` (workerd accepts the key and it works; the spec rejects it).
 */
export async function explainOkpMismatch(plan: ImportPlan, c: Collector, since: number): Promise<void> {
  if (plan.format !== "jwk" || !c.diagnostics.slice(since).some((d) => d.code === "import-rejected")) return;
  const jwk = plan.data as JsonWebKey;
  if (jwk.kty !== "OKP" || !jwk.d || !jwk.x) return;
  const derived = await okpPublicOf(jwk.crv === "X25519" ? "X25519" : "Ed25519", jwk.d);
  if (!derived || derived === jwk.x) return;
  c.diagnostics.splice(since);
  c.divergent(
    "jwk-public-mismatch",
    "/key_jwk/x",
    'expected "x" to be the public key of "d", found another value: workerd derives the public key from "d" and ignores "x", the spec and other runtimes reject the key',
    "spec",
  );
}
