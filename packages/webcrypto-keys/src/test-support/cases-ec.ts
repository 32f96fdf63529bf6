/** Table cases: ECDSA and ECDH on P-256/P-384/P-521 × raw/spki/pkcs8/jwk. */
import { encodeBase64Url } from "../base64.js";
import { TAG } from "../der.js";
import { encodeOid } from "../oid.js";
import { tlv } from "../wrap.js";
import { both, type Case, err, OK, warn } from "./case.js";
import { innerPrivateKey, innerPublicKey, OID, sec1WithCurve } from "./keys.js";
import { jwkWith, sk } from "./secret.js";

const CURVES = ["P-256", "P-384", "P-521"] as const;
const CURVE_OID = { "P-256": OID.p256, "P-384": OID.p384, "P-521": OID.p521 };
const ES = { "P-256": "ES256", "P-384": "ES384", "P-521": "ES512" };

const perCurve: Case[] = CURVES.flatMap((crv) =>
  (["ECDSA", "ECDH"] as const).flatMap((name) => {
    const a = { name, namedCurve: crv };
    const pub: KeyUsage[] = name === "ECDSA" ? ["verify"] : [];
    const priv: KeyUsage[] = name === "ECDSA" ? ["sign"] : ["deriveBits", "deriveKey"];
    return [
      {
        name: `${name} ${crv} raw public point`,
        secret: (k) => sk("raw", k.ec[crv].raw as Uint8Array, a, pub),
        want: OK,
      },
      { name: `${name} ${crv} spki public key`, secret: (k) => sk("spki", k.ec[crv].spki, a, pub), want: OK },
      {
        name: `${name} ${crv} pkcs8 private key`,
        secret: (k) => sk("pkcs8", k.ec[crv].pkcs8, a, priv),
        want: OK,
      },
      {
        name: `${name} ${crv} jwk private key`,
        secret: (k) => sk("jwk", k.ec[crv].jwkPriv, a, priv),
        want: OK,
      },
      { name: `${name} ${crv} jwk public key`, secret: (k) => sk("jwk", k.ec[crv].jwkPub, a, pub), want: OK },
      {
        name: `${name} ${crv} SEC1 ECPrivateKey with curve as pkcs8`,
        secret: (k) => sk("pkcs8", sec1WithCurve(k.ec[crv].pkcs8, CURVE_OID[crv]), a, priv),
        want: warn("der-sec1-private-key"),
        spec: err("der-sec1-private-key"),
      },
    ] satisfies Case[];
  }),
);

const P256 = { name: "ECDSA", namedCurve: "P-256" };
const ECDH256 = { name: "ECDH", namedCurve: "P-256" };
/** Compressed SEC1 point (0x02/0x03 ‖ X) from an uncompressed one. */
const compress = (raw: Uint8Array) => {
  const out = raw.slice(0, 33);
  out[0] = 2 + ((raw[64] ?? 0) & 1);
  return out;
};
/** An SPKI naming secp256k1 (the point is P-256's; the curve check fires first). */
const k1Spki = (spki: Uint8Array) =>
  tlv(
    TAG.SEQUENCE,
    tlv(TAG.SEQUENCE, tlv(TAG.OID, encodeOid(OID.ecPublicKey)), tlv(TAG.OID, encodeOid(OID.secp256k1))),
    tlv(TAG.BIT_STRING, new Uint8Array([0]), innerPublicKey(spki)),
  );
const offCurve = (jwk: JsonWebKey) => {
  const y = Uint8Array.from(atob((jwk.y ?? "").replaceAll("-", "+").replaceAll("_", "/")), (ch) =>
    ch.charCodeAt(0),
  );
  y[31] = (y[31] ?? 0) ^ 1;
  return jwkWith(jwk, { y: encodeBase64Url(y) });
};

/** An SPKI for P-256 whose point lost its last byte. */
const shortPoint = (spki: Uint8Array) =>
  tlv(
    TAG.SEQUENCE,
    tlv(TAG.SEQUENCE, tlv(TAG.OID, encodeOid(OID.ecPublicKey)), tlv(TAG.OID, encodeOid(OID.p256))),
    tlv(TAG.BIT_STRING, new Uint8Array([0]), innerPublicKey(spki).subarray(0, 64)),
  );

export const ecCases: Case[] = [
  {
    name: "ECDSA spki with a truncated point",
    secret: (k) => sk("spki", shortPoint(k.ec["P-256"].spki), P256, ["verify"]),
    want: err("der-key-invalid"),
  },
  ...perCurve,
  {
    name: "ECDSA spki P-256 key with namedCurve P-384",
    secret: (k) => sk("spki", k.ec["P-256"].spki, { name: "ECDSA", namedCurve: "P-384" }, ["verify"]),
    want: err("der-curve-mismatch"),
  },
  {
    name: "ECDH pkcs8 P-521 key with namedCurve P-256",
    secret: (k) => sk("pkcs8", k.ec["P-521"].pkcs8, ECDH256, ["deriveBits"]),
    want: err("der-curve-mismatch"),
  },
  {
    name: "ECDSA raw compressed point",
    secret: (k) => sk("raw", compress(k.ec["P-256"].raw as Uint8Array), P256, ["verify"]),
    want: OK,
  },
  {
    name: "ECDSA raw point of wrong length",
    secret: (k) => sk("raw", (k.ec["P-256"].raw as Uint8Array).subarray(0, 64), P256, ["verify"]),
    want: err("key-size-invalid"),
  },
  {
    name: "ECDSA raw P-384 point with namedCurve P-256",
    secret: (k) => sk("raw", k.ec["P-384"].raw as Uint8Array, P256, ["verify"]),
    want: err("key-size-invalid"),
  },
  {
    name: "ECDH spki with derive usages",
    secret: (k) => sk("spki", k.ec["P-256"].spki, ECDH256, ["deriveBits"]),
    want: err("usage-not-allowed"),
  },
  {
    name: "ECDH raw with derive usages",
    secret: (k) => sk("raw", k.ec["P-256"].raw as Uint8Array, ECDH256, ["deriveKey"]),
    want: err("usage-not-allowed"),
  },
  {
    name: "ECDH jwk public with derive usages",
    secret: (k) => sk("jwk", k.ec["P-256"].jwkPub, ECDH256, ["deriveBits"]),
    want: err("usage-not-allowed"),
  },
  {
    name: "ECDH pkcs8 with sign",
    secret: (k) => sk("pkcs8", k.ec["P-256"].pkcs8, ECDH256, ["sign"]),
    want: err("usage-not-allowed"),
  },
  {
    name: "ECDSA pkcs8 with sign and verify",
    secret: (k) => sk("pkcs8", k.ec["P-256"].pkcs8, P256, ["sign", "verify"]),
    want: err("usage-not-allowed"),
  },
  {
    name: "ECDSA jwk without crv",
    secret: (k) => sk("jwk", jwkWith(k.ec["P-256"].jwkPub, { crv: undefined }), P256, ["verify"]),
    want: warn("jwk-crv-mismatch"),
    spec: err("jwk-crv-mismatch"),
  },
  {
    name: "ECDSA jwk crv P-384 on a P-256 key",
    secret: (k) => sk("jwk", jwkWith(k.ec["P-256"].jwkPub, { crv: "P-384" }), P256, ["verify"]),
    want: warn("jwk-crv-mismatch"),
    spec: err("jwk-crv-mismatch"),
  },
  {
    name: "ECDSA jwk alg ES256",
    secret: (k) =>
      sk("jwk", jwkWith(k.ec["P-256"].jwkPriv, { alg: ES["P-256"], use: "sig" }), P256, ["sign"]),
    want: OK,
  },
  {
    name: "ECDSA jwk alg ES384 on P-256",
    secret: (k) => sk("jwk", jwkWith(k.ec["P-256"].jwkPriv, { alg: "ES384" }), P256, ["sign"]),
    want: err("jwk-alg-mismatch"),
  },
  {
    name: "ECDSA jwk alg RS256",
    secret: (k) => sk("jwk", jwkWith(k.ec["P-256"].jwkPriv, { alg: "RS256" }), P256, ["sign"]),
    want: err("jwk-alg-mismatch"),
  },
  {
    name: "ECDSA jwk use enc",
    secret: (k) => sk("jwk", jwkWith(k.ec["P-256"].jwkPriv, { use: "enc" }), P256, ["sign"]),
    want: err("jwk-use-mismatch"),
  },
  {
    name: "ECDH jwk use sig",
    secret: (k) => sk("jwk", jwkWith(k.ec["P-256"].jwkPriv, { use: "sig" }), ECDH256, ["deriveBits"]),
    want: err("jwk-use-mismatch"),
  },
  {
    name: "ECDSA jwk x of wrong length",
    secret: (k) => sk("jwk", jwkWith(k.ec["P-256"].jwkPub, { x: "AAAA" }), P256, ["verify"]),
    want: err("jwk-member-invalid"),
  },
  {
    name: "ECDSA jwk without y",
    secret: (k) => sk("jwk", jwkWith(k.ec["P-256"].jwkPub, { y: undefined }), P256, ["verify"]),
    want: err("jwk-member-missing"),
  },
  {
    name: "ECDSA jwk point not on the curve",
    secret: (k) => sk("jwk", offCurve(k.ec["P-256"].jwkPub), P256, ["verify"]),
    want: err("import-rejected"),
  },
  {
    name: "ECDSA SEC1 without curve as pkcs8",
    secret: (k) => sk("pkcs8", innerPrivateKey(k.ec["P-256"].pkcs8), P256, ["sign"]),
    want: err("der-sec1-private-key"),
  },
  {
    name: "ECDSA namedCurve P-192",
    secret: (k) => sk("spki", k.ec["P-256"].spki, { name: "ECDSA", namedCurve: "P-192" }, ["verify"]),
    want: err("param-invalid"),
  },
  {
    name: "ECDSA without namedCurve",
    secret: (k) => sk("spki", k.ec["P-256"].spki, { name: "ECDSA" }, ["verify"]),
    want: err("param-missing"),
  },
  {
    name: "ECDSA spki on secp256k1",
    secret: (k) => sk("spki", k1Spki(k.ec["P-256"].spki), P256, ["verify"]),
    want: err("der-curve-unsupported"),
  },
  {
    name: "ECDSA algorithm with an Ed25519 key",
    secret: (k) => sk("spki", k.ed25519.spki, P256, ["verify"]),
    want: err("der-oid-mismatch"),
  },
  {
    name: "ECDSA spki given as pkcs8",
    secret: (k) => sk("pkcs8", k.ec["P-384"].spki, { name: "ECDSA", namedCurve: "P-384" }, ["sign"]),
    want: err("der-spki-given-as-pkcs8"),
  },
  {
    name: "ECDH jwk private with empty usages",
    secret: (k) => sk("jwk", k.ec["P-256"].jwkPriv, ECDH256, []),
    want: err("usages-empty"),
  },
  {
    name: "ECDSA hash member is ignored",
    secret: (k) => sk("spki", k.ec["P-256"].spki, { ...P256, hash: "SHA-256" }, ["verify"]),
    want: OK,
  },
  {
    name: "ECDSA jwk kty OKP",
    secret: (k) => sk("jwk", jwkWith(k.ec["P-256"].jwkPub, { kty: "OKP" }), P256, ["verify"]),
    want: both(["jwk-kty-mismatch"], []),
  },
];
