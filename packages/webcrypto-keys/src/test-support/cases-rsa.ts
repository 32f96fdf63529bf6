/** Table cases: RSASSA-PKCS1-v1_5, RSA-PSS, RSA-OAEP (and workerd's RSA-RAW) × spki/pkcs8/jwk/raw. */
import { TAG } from "../der.js";
import { tlv, wrapPkcs1Public } from "../wrap.js";
import { both, type Case, err, OK, warn } from "./case.js";
import { concat, innerPrivateKey, innerPublicKey } from "./keys.js";
import { jwkWith, sk } from "./secret.js";

const FAMILIES = [
  {
    name: "RSASSA-PKCS1-v1_5",
    hash: "SHA-256",
    pub: "verify",
    priv: "sign",
    alg: "RS256",
    wrongHash: "RS384",
    other: "PS256",
    use: "sig",
  },
  {
    name: "RSA-PSS",
    hash: "SHA-384",
    pub: "verify",
    priv: "sign",
    alg: "PS384",
    wrongHash: "PS256",
    other: "RS384",
    use: "sig",
  },
  {
    name: "RSA-OAEP",
    hash: "SHA-1",
    pub: "encrypt",
    priv: "decrypt",
    alg: "RSA-OAEP",
    wrongHash: "RSA-OAEP-256",
    other: "RS1",
    use: "enc",
  },
] as const;

const perFamily: Case[] = FAMILIES.flatMap((f) => {
  const a = { name: f.name, hash: f.hash };
  const n = f.name;
  return [
    { name: `${n} spki public key`, secret: (k) => sk("spki", k.rsa.spki, a, [f.pub]), want: OK },
    { name: `${n} pkcs8 private key`, secret: (k) => sk("pkcs8", k.rsa.pkcs8, a, [f.priv]), want: OK },
    { name: `${n} jwk private key`, secret: (k) => sk("jwk", k.rsa.jwkPriv, a, [f.priv]), want: OK },
    { name: `${n} jwk public key`, secret: (k) => sk("jwk", k.rsa.jwkPub, a, [f.pub]), want: OK },
    {
      name: `${n} jwk with matching alg ${f.alg}`,
      secret: (k) => sk("jwk", jwkWith(k.rsa.jwkPriv, { alg: f.alg, use: f.use }), a, [f.priv]),
      want: OK,
    },
    {
      name: `${n} raw format is not supported`,
      secret: (k) => sk("raw", k.rsa.spki, a, [f.pub]),
      want: err("format-unsupported"),
    },
    {
      name: `${n} spki with a private usage`,
      secret: (k) => sk("spki", k.rsa.spki, a, [f.priv]),
      want: err("usage-not-allowed"),
    },
    {
      name: `${n} pkcs8 with empty usages`,
      secret: (k) => sk("pkcs8", k.rsa.pkcs8, a, []),
      want: err("usages-empty"),
    },
    {
      name: `${n} jwk alg with another hash`,
      secret: (k) => sk("jwk", jwkWith(k.rsa.jwkPriv, { alg: f.wrongHash }), a, [f.priv]),
      want: err("jwk-alg-mismatch"),
    },
    {
      name: `${n} jwk alg of another RSA family, same hash`,
      secret: (k) => sk("jwk", jwkWith(k.rsa.jwkPriv, { alg: f.other }), a, [f.priv]),
      want: warn("jwk-alg-mismatch"),
      spec: err("jwk-alg-mismatch"),
    },
    {
      name: `${n} SPKI given as pkcs8`,
      secret: (k) => sk("pkcs8", k.rsa.spki, a, [f.priv]),
      want: err("der-spki-given-as-pkcs8"),
    },
    {
      name: `${n} PKCS#8 given as spki`,
      secret: (k) => sk("spki", k.rsa.pkcs8, a, [f.pub]),
      want: err("der-pkcs8-given-as-spki"),
    },
    {
      name: `${n} bare PKCS#1 RSAPrivateKey as pkcs8`,
      secret: (k) => sk("pkcs8", innerPrivateKey(k.rsa.pkcs8), a, [f.priv]),
      want: warn("der-pkcs1-private-key"),
      spec: err("der-pkcs1-private-key"),
    },
    {
      name: `${n} without hash`,
      secret: (k) => sk("spki", k.rsa.spki, { name: n }, [f.pub]),
      want: err("param-missing"),
    },
    {
      name: `${n} jwk kty EC`,
      secret: (k) => sk("jwk", jwkWith(k.rsa.jwkPub, { kty: "EC" }), a, [f.pub]),
      want: err("jwk-kty-mismatch"),
    },
  ] satisfies Case[];
});

const RS = { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" };
const priv = (k: { rsa: { jwkPriv: JsonWebKey } }) => k.rsa.jwkPriv;
/** An SPKI whose modulus is only 128 bits (hand-built: no generator makes one). */
const tinySpki = () => {
  const n = new Uint8Array(17); // leading 0x00 keeps the INTEGER positive
  n[1] = 0xc3;
  n[16] = 0x01;
  const e = new Uint8Array([1, 0, 1]);
  return wrapPkcs1Public(tlv(TAG.SEQUENCE, tlv(TAG.INTEGER, n), tlv(TAG.INTEGER, e)));
};

export const rsaCases: Case[] = [
  ...perFamily,
  {
    name: "RSA 1024-bit key is weak",
    secret: (k) => sk("spki", k.rsa1024.spki, RS, ["verify"]),
    want: warn("rsa-modulus-weak"),
  },
  {
    name: "RSA exponent 3 is allowed",
    secret: (k) => sk("pkcs8", k.rsaE3.pkcs8, RS, ["sign"]),
    want: warn("rsa-modulus-weak"),
  },
  {
    name: "RSA exponent 5 is rejected by workerd",
    secret: (k) => sk("spki", k.rsaE5.spki, RS, ["verify"]),
    want: both(["rsa-exponent-invalid"], ["rsa-modulus-weak"]),
    spec: warn("rsa-exponent-invalid", "rsa-modulus-weak"),
  },
  {
    name: "RSA 128-bit modulus is out of workerd's range",
    secret: () => sk("spki", tinySpki(), RS, ["verify"]),
    want: err("rsa-modulus-out-of-range"),
    spec: warn("rsa-modulus-out-of-range"),
  },
  {
    name: "RSA hash MD5",
    secret: (k) => sk("spki", k.rsa.spki, { ...RS, hash: "MD5" }, ["verify"]),
    want: warn("hash-md5"),
    spec: err("hash-md5"),
  },
  {
    name: "RSA hash SHA3-256",
    secret: (k) => sk("spki", k.rsa.spki, { ...RS, hash: "SHA3-256" }, ["verify"]),
    want: err("param-invalid"),
  },
  {
    name: "RSA hash as {name}",
    secret: (k) => sk("spki", k.rsa.spki, { ...RS, hash: { name: "SHA-256" } }, ["verify"]),
    want: OK,
  },
  {
    name: "RSA name in lower case",
    secret: (k) => sk("spki", k.rsa.spki, { name: "rsa-pss", hash: "SHA-256" }, ["verify"]),
    want: warn("algorithm-name-case"),
  },
  {
    name: "RSA lower-case name with a JWK alg",
    secret: (k) =>
      sk("jwk", jwkWith(priv(k), { alg: "RS256" }), { name: "rsassa-pkcs1-v1_5", hash: "SHA-256" }, ["sign"]),
    want: both(["algorithm-name-case"], ["algorithm-name-case"]),
    spec: warn("algorithm-name-case"),
  },
  {
    name: "RSA jwk partial CRT members",
    secret: (k) => sk("jwk", jwkWith(priv(k), { dq: undefined, qi: undefined }), RS, ["sign"]),
    want: err("jwk-private-members"),
  },
  {
    name: "RSA jwk private n,e,d only",
    secret: (k) =>
      sk(
        "jwk",
        jwkWith(priv(k), { p: undefined, q: undefined, dp: undefined, dq: undefined, qi: undefined }),
        RS,
        ["sign"],
      ),
    want: OK,
  },
  {
    name: "RSA jwk multi-prime oth",
    secret: (k) => sk("jwk", jwkWith(priv(k), { oth: [] }), RS, ["sign"]),
    want: err("jwk-private-members"),
  },
  {
    name: "RSA jwk use enc on a signing key",
    secret: (k) => sk("jwk", jwkWith(priv(k), { use: "enc" }), RS, ["sign"]),
    want: err("jwk-use-mismatch"),
  },
  {
    name: "RSA jwk key_ops lacks the usage",
    secret: (k) => sk("jwk", jwkWith(priv(k), { key_ops: ["verify"] }), RS, ["sign"]),
    want: err("jwk-key-ops-mismatch"),
  },
  {
    name: "RSA jwk key_ops duplicated",
    secret: (k) => sk("jwk", jwkWith(priv(k), { key_ops: ["sign", "sign"] }), RS, ["sign"]),
    want: err("jwk-key-ops-invalid"),
  },
  {
    name: "RSA jwk n not base64url",
    secret: (k) => sk("jwk", jwkWith(k.rsa.jwkPub, { n: "***" }), RS, ["verify"]),
    want: err("jwk-member-invalid"),
  },
  {
    name: "RSA jwk without e",
    secret: (k) => sk("jwk", jwkWith(k.rsa.jwkPub, { e: undefined }), RS, ["verify"]),
    want: err("jwk-member-missing"),
  },
  {
    name: "RSA spki with a trailing byte",
    secret: (k) => sk("spki", concat(k.rsa.spki, new Uint8Array([0])), RS, ["verify"]),
    want: err("der-trailing-bytes"),
  },
  {
    name: "RSA pkcs8 truncated",
    secret: (k) => sk("pkcs8", k.rsa.pkcs8.subarray(0, 100), RS, ["sign"]),
    want: err("der-invalid"),
  },
  {
    name: "RSA algorithm with an EC key",
    secret: (k) => sk("spki", k.ec["P-256"].spki, RS, ["verify"]),
    want: err("der-oid-mismatch"),
  },
  {
    name: "RSA bare PKCS#1 RSAPublicKey as spki",
    secret: (k) => sk("spki", innerPublicKey(k.rsa.spki), RS, ["verify"]),
    want: err("der-pkcs1-public-key"),
  },
  {
    name: "RSA-OAEP spki with a verify usage",
    secret: (k) => sk("spki", k.rsa.spki, { name: "RSA-OAEP", hash: "SHA-256" }, ["verify"]),
    want: err("usage-not-allowed"),
  },
  {
    name: "RSA-RAW pkcs8 (workerd only)",
    secret: (k) => sk("pkcs8", k.rsa.pkcs8, { name: "RSA-RAW" }, ["sign"]),
    want: warn("algorithm-workerd-only"),
    spec: err("algorithm-workerd-only"),
  },
  {
    name: "RSA-RAW spki is not supported",
    secret: (k) => sk("spki", k.rsa.spki, { name: "RSA-RAW" }, ["verify"]),
    want: both(["format-unsupported"], ["algorithm-workerd-only"]),
    spec: err("format-unsupported", "algorithm-workerd-only"),
  },
  {
    name: "RSA-RAW jwk public key",
    secret: (k) => sk("jwk", k.rsa.jwkPub, { name: "RSA-RAW" }, ["sign"]),
    want: both(["jwk-member-missing"], ["algorithm-workerd-only"]),
    spec: err("jwk-member-missing", "algorithm-workerd-only"),
  },
];
