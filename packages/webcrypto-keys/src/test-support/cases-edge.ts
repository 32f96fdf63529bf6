/**
 * Edge cases chosen to hunt false accepts against workerd: hand-built DER variants (PSS OID, missing NULL,
 * mismatched inner curve, NULL parameters on Ed25519), odd raw points, boundary sizes.
 */
import { encodeBase64Url } from "../base64.js";
import { DerReader, TAG } from "../der.js";
import { encodeOid } from "../oid.js";
import { tlv, wrapPkcs1Private } from "../wrap.js";
import { both, type Case, err, OK, warn } from "./case.js";
import { concat, innerPrivateKey, innerPublicKey, OID, swapOid } from "./keys.js";
import { jwkWith, sk } from "./secret.js";

const RS = { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" };
const P256 = { name: "ECDSA", namedCurve: "P-256" };
const ED = { name: "Ed25519" };

/** RSA SPKI whose AlgorithmIdentifier omits the NULL parameters. */
const rsaNoNull = (spki: Uint8Array) =>
  tlv(
    TAG.SEQUENCE,
    tlv(TAG.SEQUENCE, tlv(TAG.OID, encodeOid(OID.rsaEncryption))),
    tlv(TAG.BIT_STRING, new Uint8Array([0]), innerPublicKey(spki)),
  );
/** RSA PKCS#8 whose AlgorithmIdentifier omits the NULL parameters. */
const rsaPkcs8NoNull = (pkcs8: Uint8Array) =>
  tlv(
    TAG.SEQUENCE,
    tlv(TAG.INTEGER, new Uint8Array([0])),
    tlv(TAG.SEQUENCE, tlv(TAG.OID, encodeOid(OID.rsaEncryption))),
    tlv(TAG.OCTET_STRING, innerPrivateKey(pkcs8)),
  );
/** Ed25519 SPKI with NULL parameters (RFC 8410 §3 says absent). */
const edWithNull = (spki: Uint8Array) =>
  tlv(
    TAG.SEQUENCE,
    tlv(TAG.SEQUENCE, tlv(TAG.OID, encodeOid(OID.ed25519)), tlv(TAG.NULL)),
    tlv(TAG.BIT_STRING, new Uint8Array([0]), innerPublicKey(spki)),
  );
/** P-256 PKCS#8 whose ECPrivateKey names P-384 inside. */
const innerCurveClash = (pkcs8: Uint8Array) => {
  const sec1 = innerPrivateKey(pkcs8);
  const s = sec1.subarray(2); // content of the ECPrivateKey SEQUENCE (short length form for P-256)
  const version = s.subarray(0, 3);
  const d = s.subarray(3, 3 + 2 + 32);
  const ecpk = tlv(TAG.SEQUENCE, version, d, tlv(TAG.CTX0, tlv(TAG.OID, encodeOid(OID.p384))));
  return tlv(
    TAG.SEQUENCE,
    tlv(TAG.INTEGER, new Uint8Array([0])),
    tlv(TAG.SEQUENCE, tlv(TAG.OID, encodeOid(OID.ecPublicKey)), tlv(TAG.OID, encodeOid(OID.p256))),
    tlv(TAG.OCTET_STRING, ecpk),
  );
};

/** An RSA PKCS#8 whose RSAPrivateKey integer #`which` (1 = n … 8 = qi) has one bit flipped. */
const rsaTweaked = (pkcs8: Uint8Array, which: number) => {
  const p1 = innerPrivateKey(pkcs8);
  const r = new DerReader(p1);
  const s = r.inside(r.expect(TAG.SEQUENCE, "RSAPrivateKey"));
  const parts: Uint8Array[] = [];
  for (let i = 0; !s.done; i++) {
    const t = s.read();
    const whole = p1.slice(t.start, t.end);
    if (i === which) whole[whole.length - 1] = (whole[whole.length - 1] ?? 0) ^ 2;
    parts.push(whole);
  }
  return wrapPkcs1Private(tlv(TAG.SEQUENCE, ...parts));
};
const flipLast = (b64url: string | undefined) => {
  const bytes = Uint8Array.from(atob((b64url ?? "").replaceAll("-", "+").replaceAll("_", "/")), (ch) =>
    ch.charCodeAt(0),
  );
  bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 2;
  return encodeBase64Url(bytes);
};
const TWEAKS = ["n", "e", "d", "p", "q", "dp", "dq", "qi"];

/** A P-256 PKCS#8 whose ECPrivateKey carries the given bytes as its public point in [1]. */
const foreignPublic = (pkcs8: Uint8Array, otherRaw: Uint8Array) => {
  const sec1 = innerPrivateKey(pkcs8);
  const s = sec1.subarray(2);
  const head = s.subarray(0, 3 + 2 + 32); // version, privateKey
  const ecpk = tlv(TAG.SEQUENCE, head, tlv(TAG.CTX1, tlv(TAG.BIT_STRING, new Uint8Array([0]), otherRaw)));
  return tlv(
    TAG.SEQUENCE,
    tlv(TAG.INTEGER, new Uint8Array([0])),
    tlv(TAG.SEQUENCE, tlv(TAG.OID, encodeOid(OID.ecPublicKey)), tlv(TAG.OID, encodeOid(OID.p256))),
    tlv(TAG.OCTET_STRING, ecpk),
  );
};

export const edgeCases: Case[] = [
  {
    name: "Ed25519 jwk whose x belongs to another key",
    secret: (k) => sk("jwk", jwkWith(k.ed25519.jwkPriv, { x: k.other.ed25519.jwkPub.x }), ED, ["sign"]),
    want: warn("jwk-public-mismatch"),
    spec: err("jwk-public-mismatch"),
  },
  {
    name: "X25519 jwk whose x belongs to another key",
    secret: (k) =>
      sk("jwk", jwkWith(k.x25519.jwkPriv, { x: k.other.x25519.jwkPub.x }), { name: "X25519" }, [
        "deriveBits",
      ]),
    want: warn("jwk-public-mismatch"),
    spec: err("jwk-public-mismatch"),
  },
  {
    name: "ECDSA jwk whose x and y belong to another key",
    secret: (k) =>
      sk(
        "jwk",
        jwkWith(k.ec["P-256"].jwkPriv, { x: k.other["P-256"].jwkPub.x, y: k.other["P-256"].jwkPub.y }),
        P256,
        ["sign"],
      ),
    want: err("import-rejected"),
  },
  {
    name: "EC PKCS#8 carrying an invalid public point",
    secret: (k) =>
      sk(
        "pkcs8",
        foreignPublic(k.ec["P-256"].pkcs8, innerPublicKey(k.ec["P-256"].spki).slice().reverse()),
        P256,
        ["sign"],
      ),
    want: err("import-rejected"),
  },
  ...TWEAKS.map(
    (m, i): Case => ({
      name: `RSA PKCS#8 with a corrupted ${m}`,
      secret: (k) => sk("pkcs8", rsaTweaked(k.rsa.pkcs8, i + 1), RS, ["sign"]),
      want: m === "e" ? err("rsa-key-inconsistent", "rsa-exponent-invalid") : err("rsa-key-inconsistent"),
      ...(m === "e"
        ? { spec: { ok: false, errors: ["rsa-key-inconsistent"], warnings: ["rsa-exponent-invalid"] } }
        : {}),
    }),
  ),
  ...["d", "p", "dq", "qi"].map(
    (m): Case => ({
      name: `RSA jwk with a corrupted ${m}`,
      secret: (k) =>
        sk(
          "jwk",
          jwkWith(k.rsa.jwkPriv, { [m]: flipLast((k.rsa.jwkPriv as Record<string, string>)[m]) }),
          RS,
          ["sign"],
        ),
      want: warn("rsa-key-inconsistent"),
      spec: err("rsa-key-inconsistent"),
    }),
  ),
  {
    name: "RSA SPKI with the id-RSASSA-PSS OID",
    secret: (k) =>
      sk(
        "spki",
        swapOid(k.rsa.spki, OID.rsaEncryption, OID.rsassaPss),
        { name: "RSA-PSS", hash: "SHA-256" },
        ["verify"],
      ),
    want: err("der-oid-mismatch"),
  },
  {
    name: "RSA SPKI without NULL parameters",
    secret: (k) => sk("spki", rsaNoNull(k.rsa.spki), RS, ["verify"]),
    want: err("der-oid-mismatch"),
  },
  {
    name: "RSA PKCS#8 without NULL parameters",
    secret: (k) => sk("pkcs8", rsaPkcs8NoNull(k.rsa.pkcs8), RS, ["sign"]),
    want: err("der-oid-mismatch"),
  },
  {
    name: "RSA PKCS#8 with a trailing byte",
    secret: (k) => sk("pkcs8", concat(k.rsa.pkcs8, new Uint8Array([0])), RS, ["sign"]),
    want: err("der-trailing-bytes"),
  },
  {
    name: "EC PKCS#8 with a trailing byte",
    secret: (k) => sk("pkcs8", concat(k.ec["P-256"].pkcs8, new Uint8Array([5])), P256, ["sign"]),
    want: err("der-trailing-bytes"),
  },
  {
    name: "EC PKCS#8 whose inner curve differs from the outer",
    secret: (k) => sk("pkcs8", innerCurveClash(k.ec["P-256"].pkcs8), P256, ["sign"]),
    want: err("der-key-invalid"),
  },
  {
    name: "Ed25519 SPKI with NULL parameters",
    secret: (k) => sk("spki", edWithNull(k.ed25519.spki), ED, ["verify"]),
    want: err("der-oid-mismatch"),
  },
  {
    name: "ECDSA raw point with prefix 0x05",
    secret: (k) => {
      const p = (k.ec["P-256"].raw as Uint8Array).slice();
      p[0] = 5;
      return sk("raw", p, P256, ["verify"]);
    },
    want: err("key-size-invalid"),
  },
  {
    name: "ECDSA raw identity-like point of zeros",
    secret: () => {
      const p = new Uint8Array(65);
      p[0] = 4;
      return sk("raw", p, P256, ["verify"]);
    },
    want: err("import-rejected"),
  },
  {
    name: "HMAC 1-byte key",
    secret: () => sk("raw", new Uint8Array([7]), { name: "HMAC", hash: "SHA-1" }, ["verify"]),
    want: warn("hmac-key-short"),
  },
  {
    name: "AES-GCM jwk A128GCM on 16 bytes",
    secret: (k) =>
      sk(
        "jwk",
        { kty: "oct", k: encodeBase64Url(k.secret(16)), alg: "A128GCM", ext: false },
        { name: "AES-GCM" },
        ["decrypt"],
      ),
    want: OK,
  },
  {
    name: "EC jwk d of wrong length",
    secret: (k) => sk("jwk", jwkWith(k.ec["P-256"].jwkPriv, { d: "AAAA" }), P256, ["sign"]),
    want: err("jwk-member-invalid"),
  },
  {
    name: "RSA jwk with a 128-bit modulus",
    secret: () =>
      sk("jwk", { kty: "RSA", n: encodeBase64Url(new Uint8Array(16).fill(0xc5)), e: "AQAB" }, RS, ["verify"]),
    want: err("rsa-modulus-out-of-range"),
    spec: warn("rsa-modulus-out-of-range"),
  },
  {
    name: "RSA jwk exponent 5",
    secret: (k) => sk("jwk", k.rsaE5.jwkPub, RS, ["verify"]),
    want: { ok: false, errors: ["rsa-exponent-invalid"], warnings: ["rsa-modulus-weak"] },
    spec: warn("rsa-exponent-invalid", "rsa-modulus-weak"),
  },
  {
    name: "Ed25519 pkcs8 with usages sign and verify",
    secret: (k) => sk("pkcs8", k.ed25519.pkcs8, ED, ["sign", "verify"]),
    want: err("usage-not-allowed"),
  },
  {
    name: "X25519 raw all-zero public key",
    secret: () => sk("raw", new Uint8Array(32), { name: "X25519" }, []),
    want: OK,
  },
  {
    name: "jwk private members without d",
    secret: (k) => sk("jwk", { ...k.rsa.jwkPub, p: "AQAB" }, RS, ["verify"]),
    want: warn("jwk-private-members"),
  },
  {
    name: "RSA jwk key_ops with an unknown operation too",
    secret: (k) => sk("jwk", jwkWith(k.rsa.jwkPriv, { key_ops: ["sign", "frob"] }), RS, ["sign"]),
    want: OK,
  },
  {
    name: "ECDH jwk public with use sig and no usages",
    secret: (k) =>
      sk("jwk", jwkWith(k.ec["P-256"].jwkPub, { use: "sig" }), { name: "ECDH", namedCurve: "P-256" }, []),
    want: OK,
  },
  {
    name: "RSA jwk n with a leading zero byte",
    secret: (k) =>
      sk(
        "jwk",
        jwkWith(k.rsa.jwkPub, {
          n: encodeBase64Url(
            concat(
              new Uint8Array([0]),
              Uint8Array.from(
                atob(
                  (k.rsa.jwkPub.n ?? "").replaceAll("-", "+").replaceAll("_", "/") +
                    "==".slice(0, (4 - ((k.rsa.jwkPub.n ?? "").length % 4)) % 4),
                ),
                (c) => c.charCodeAt(0),
              ),
            ),
          ),
        }),
        RS,
        ["verify"],
      ),
    want: OK,
  },
  {
    name: "HMAC jwk with an empty k",
    secret: () => sk("jwk", { kty: "oct", k: "" }, { name: "HMAC", hash: "SHA-256" }, ["sign"]),
    want: err("key-empty"),
  },
  {
    name: "HMAC hash in lower case",
    secret: (k) => sk("raw", k.secret(32), { name: "HMAC", hash: "sha-256" }, ["sign"]),
    want: OK,
  },
  {
    name: "ECDSA namedCurve in lower case",
    secret: (k) => sk("spki", k.ec["P-256"].spki, { name: "ECDSA", namedCurve: "p-256" }, ["verify"]),
    want: warn("param-invalid"),
    spec: err("param-invalid"),
  },
  {
    name: "format JWK in upper case",
    secret: (k) => ({ ...sk("jwk", k.ed25519.jwkPub, ED, ["verify"]), format: "JWK" }),
    want: err("format-invalid"),
  },
  {
    name: "algorithm name with a trailing space",
    secret: (k) => sk("raw", k.secret(16), { name: "AES-GCM " }, ["encrypt"]),
    want: err("algorithm-unknown"),
  },
  {
    name: "HMAC length 8 on a 1-byte key",
    secret: () => sk("raw", new Uint8Array([1]), { name: "HMAC", hash: "SHA-256", length: 8 }, ["sign"]),
    want: warn("hmac-key-short"),
  },
  {
    name: "Ed25519 raw with no usages",
    secret: (k) => sk("raw", k.ed25519.raw as Uint8Array, ED, []),
    want: OK,
  },
  {
    name: "duplicate usage that is also not allowed",
    secret: (k) => sk("raw", k.secret(16), { name: "AES-GCM" }, ["sign", "sign"]),
    want: { ok: false, errors: ["usage-not-allowed"], warnings: ["usage-duplicate"] },
  },
  {
    name: "ECDSA name in lower case with a JWK alg",
    secret: (k) =>
      sk("jwk", jwkWith(k.ec["P-256"].jwkPriv, { alg: "ES256" }), { name: "ecdsa", namedCurve: "P-256" }, [
        "sign",
      ]),
    want: warn("algorithm-name-case"),
  },
  {
    name: "HMAC name in lower case with a JWK alg",
    secret: () =>
      sk(
        "jwk",
        { kty: "oct", k: "c2VjcmV0LWtleS1mb3ItaG1hYy10ZXN0aW5nLTMyYg", alg: "HS256" },
        { name: "hmac", hash: "SHA-256" },
        ["sign"],
      ),
    want: warn("algorithm-name-case", "hmac-key-short"),
  },
  {
    name: "Ed25519 name in lower case with a JWK alg",
    secret: (k) => sk("jwk", jwkWith(k.ed25519.jwkPriv, { alg: "EdDSA" }), { name: "ed25519" }, ["sign"]),
    want: warn("algorithm-name-case"),
  },
  {
    name: "AES-GCM name in lower case with a JWK alg",
    secret: () =>
      sk("jwk", { kty: "oct", k: "AAECAwQFBgcICQoLDA0ODw", alg: "A128GCM" }, { name: "aes-gcm" }, [
        "encrypt",
      ]),
    want: warn("algorithm-name-case"),
  },
  {
    name: "HMAC JWK alg with a lower-case hash",
    secret: () =>
      sk(
        "jwk",
        { kty: "oct", k: "c2VjcmV0LWtleS1mb3ItaG1hYy10ZXN0aW5nLTMyYg", alg: "HS256" },
        { name: "HMAC", hash: "sha-256" },
        ["sign"],
      ),
    want: both(["param-invalid"], ["hmac-key-short"]),
    spec: warn("param-invalid", "hmac-key-short"),
  },
  {
    name: "RSA JWK alg with a lower-case hash",
    secret: (k) =>
      sk("jwk", jwkWith(k.rsa.jwkPriv, { alg: "RS256" }), { name: "RSASSA-PKCS1-v1_5", hash: "sha-256" }, [
        "sign",
      ]),
    want: OK,
  },
  {
    name: "RSA lower-case hash without a JWK alg",
    secret: (k) => sk("jwk", k.rsa.jwkPriv, { name: "RSA-PSS", hash: "sha-256" }, ["sign"]),
    want: OK,
  },
  {
    name: "RSA spki with an even modulus",
    secret: (k) => {
      const der = k.rsa.spki.slice();
      der[288] = (der[288] ?? 0) & 0xfe; // last byte of n in a 2048-bit SPKI
      return sk("spki", der, RS, ["verify"]);
    },
    want: err("rsa-modulus-invalid"),
    spec: warn("rsa-modulus-invalid"),
  },
  {
    name: "RSA jwk with an even modulus",
    secret: (k) => {
      const n = Uint8Array.from(
        atob((k.rsa.jwkPub.n ?? "").replaceAll("-", "+").replaceAll("_", "/")),
        (ch) => ch.charCodeAt(0),
      );
      n[n.length - 1] = (n[n.length - 1] ?? 0) & 0xfe;
      return sk("jwk", jwkWith(k.rsa.jwkPub, { n: encodeBase64Url(n) }), RS, ["verify"]);
    },
    want: warn("rsa-modulus-invalid"),
  },
];
