/**
 * Check 4 (key members): RFC 7518 §6 (JWA) key parameters per `kty` — RSA §6.3.1/§6.3.2 (n, e; d and the
 * all-or-none CRT set, `oth` unsupported), EC §6.2 (x, y, d of the curve's size), OKP RFC 8037 §2 (x, d of
 * 32 bytes), oct §6.4 (k). Each member is RFC 7515 §2 base64url. Builds a canonical JWK for the trial import.
 */
import { decodeBase64Url, encodeBase64Url } from "./base64.js";
import { describe, own } from "./describe.js";
import type { Collector } from "./diagnostics.js";
import { type RsaFacts, rsaFacts } from "./rsa-key.js";

export interface MemberFacts {
  /** Decoded byte length of `k` for oct keys. */
  secretBytes?: number;
  rsa?: RsaFacts;
  /** RSA private key without CRT parameters (valid JWA; Node 20 rejects it, workerd accepts it). */
  rsaNoCrt?: boolean;
  /** Canonical key members (re-encoded base64url) for the trial import. */
  members: Record<string, string>;
}

const RSA_CRT = ["p", "q", "dp", "dq", "qi"] as const;
const COORD: Record<string, number> = { "P-256": 32, "P-384": 48, "P-521": 66 };

/** `kty` is assumed checked; `isPrivate` is `"d" in jwk`; `curve` the expected EC/OKP curve if known. */
export function checkMembers(
  jwk: Record<string, unknown>,
  kty: string,
  isPrivate: boolean,
  curve: string | undefined,
  c: Collector,
): MemberFacts {
  const facts: MemberFacts = { members: {} };
  const read = (name: string, required: boolean, size?: number): Uint8Array | undefined => {
    const value = own(jwk, name);
    const at = `/key_jwk/${name}`; // member names here are fixed identifiers: nothing to escape
    if (value === undefined) {
      if (required)
        c.error("jwk-member-missing", at, `expected "${name}" (base64url) for a ${kty} key, found nothing`);
      return undefined;
    }
    // WebIDL converts a JsonWebKey member to DOMString: numbers, booleans and null become their text.
    const scalar = typeof value === "number" || typeof value === "boolean" || value === null;
    const text = typeof value === "string" ? value : scalar ? String(value) : undefined;
    const decoded = text === undefined ? undefined : decodeBase64Url(text);
    if (!decoded) {
      c.error(
        "jwk-member-invalid",
        at,
        `expected "${name}" as base64url (RFC 7515 §2), found ${typeof value === "string" ? "invalid characters or length" : describe(value)}`,
      );
      return undefined;
    }
    if (scalar) {
      c.warning(
        "jwk-member-invalid",
        at,
        `expected "${name}" as a string, found ${describe(value)}: importKey converts it to text (WebIDL DOMString)`,
      );
    }
    if (decoded.lenient) {
      c.divergent(
        "jwk-member-invalid",
        at,
        `expected "${name}" as canonical unpadded base64url, found padding, the standard alphabet or non-zero pad bits (workerd decodes it anyway)`,
        "spec",
      );
    }
    if (size !== undefined && decoded.bytes.length !== size) {
      c.error(
        "jwk-member-invalid",
        at,
        `expected "${name}" to decode to ${size} bytes, found ${decoded.bytes.length} bytes`,
      );
      return undefined;
    }
    // Re-encode only lenient text; canonical text is passed through (cheaper, same bytes).
    facts.members[name] = decoded.lenient || scalar ? encodeBase64Url(decoded.bytes) : (value as string);
    return decoded.bytes;
  };
  if (kty === "oct") {
    const k = read("k", true);
    if (k) facts.secretBytes = k.length;
  } else if (kty === "RSA") {
    const n = read("n", true);
    const e = read("e", true);
    if (n && e) facts.rsa = rsaFacts(n, e);
    if (isPrivate) {
      const d = read("d", true);
      const present = RSA_CRT.filter((m) => own(jwk, m) !== undefined);
      if (present.length > 0 && present.length < RSA_CRT.length) {
        const missing = RSA_CRT.filter((m) => !present.includes(m));
        c.error(
          "jwk-private-members",
          "/key_jwk",
          `expected all or none of p, q, dp, dq, qi (RFC 7518 §6.3.2), found ${present.length} of 5 (missing ${missing.join(", ")})`,
        );
      }
      const crt = present.map((m) => read(m, true));
      facts.rsaNoCrt = present.length === 0;
      if (n && e && d && facts.rsa) {
        const [p, q, dp, dq, qi] = crt;
        facts.rsa.priv =
          p && q && dp && dq && qi && crt.length === 5 ? { n, e, d, crt: { p, q, dp, dq, qi } } : { n, e, d };
      }
      if (own(jwk, "oth") !== undefined) {
        c.error(
          "jwk-private-members",
          "/key_jwk/oth",
          'expected a two-prime RSA key, found "oth" (multi-prime keys are not supported by importKey)',
        );
      }
    }
  } else if (kty === "EC") {
    const size = curve ? COORD[curve] : undefined;
    read("x", true, size);
    read("y", true, size);
    if (isPrivate) read("d", true, size);
  } else if (kty === "OKP") {
    read("x", true, 32);
    if (isPrivate) read("d", true, 32);
  }
  if (!isPrivate && kty !== "oct") {
    const stray = ["p", "q", "dp", "dq", "qi", "oth"].filter((m) => own(jwk, m) !== undefined);
    if (stray.length > 0) {
      c.warning(
        "jwk-private-members",
        "/key_jwk",
        `expected a public key to carry no private members, found ${stray.join(", ")} without "d" (imported as a public key; the private parts are ignored)`,
      );
    }
  }
  return facts;
}
