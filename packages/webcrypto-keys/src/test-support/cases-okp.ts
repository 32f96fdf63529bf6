/** Table cases: Ed25519, X25519 and workerd's NODE-ED25519 × raw/spki/pkcs8/jwk. */

import { TAG } from "../der.js";
import { encodeOid } from "../oid.js";
import { tlv } from "../wrap.js";
import { both, type Case, err, OK, warn } from "./case.js";
import { innerPublicKey, OID, swapOid } from "./keys.js";
import { jwkWith, sk } from "./secret.js";

const ED = { name: "Ed25519" };
const X = { name: "X25519" };
const NODE = { name: "NODE-ED25519", namedCurve: "NODE-ED25519" };

/** An Ed25519 SPKI whose key is 31 bytes. */
const shortEd = (spki: Uint8Array) =>
  tlv(
    TAG.SEQUENCE,
    tlv(TAG.SEQUENCE, tlv(TAG.OID, encodeOid(OID.ed25519))),
    tlv(TAG.BIT_STRING, new Uint8Array([0]), innerPublicKey(spki).subarray(1)),
  );
/** An RSA SPKI whose subjectPublicKey is not an RSAPublicKey. */
const rsaGarbage = () =>
  tlv(
    TAG.SEQUENCE,
    tlv(TAG.SEQUENCE, tlv(TAG.OID, encodeOid(OID.rsaEncryption)), tlv(TAG.NULL)),
    tlv(TAG.BIT_STRING, new Uint8Array([0, 4, 2, 1, 1])),
  );

export const okpCases: Case[] = [
  {
    name: "Ed25519 spki with a 31-byte key",
    secret: (k) => sk("spki", shortEd(k.ed25519.spki), ED, ["verify"]),
    want: err("der-key-invalid"),
  },
  {
    name: "RSA spki whose key is not an RSAPublicKey",
    secret: () => sk("spki", rsaGarbage(), { name: "RSA-PSS", hash: "SHA-256" }, ["verify"]),
    want: err("der-key-invalid"),
  },
  {
    name: "Ed25519 raw public key",
    secret: (k) => sk("raw", k.ed25519.raw as Uint8Array, ED, ["verify"]),
    want: OK,
  },
  { name: "Ed25519 spki public key", secret: (k) => sk("spki", k.ed25519.spki, ED, ["verify"]), want: OK },
  { name: "Ed25519 pkcs8 private key", secret: (k) => sk("pkcs8", k.ed25519.pkcs8, ED, ["sign"]), want: OK },
  { name: "Ed25519 jwk private key", secret: (k) => sk("jwk", k.ed25519.jwkPriv, ED, ["sign"]), want: OK },
  { name: "Ed25519 jwk public key", secret: (k) => sk("jwk", k.ed25519.jwkPub, ED, ["verify"]), want: OK },
  {
    name: "Ed25519 public key with empty usages",
    secret: (k) => sk("spki", k.ed25519.spki, ED, []),
    want: OK,
  },
  { name: "X25519 raw public key", secret: (k) => sk("raw", k.x25519.raw as Uint8Array, X, []), want: OK },
  { name: "X25519 spki public key", secret: (k) => sk("spki", k.x25519.spki, X, []), want: OK },
  {
    name: "X25519 pkcs8 private key",
    secret: (k) => sk("pkcs8", k.x25519.pkcs8, X, ["deriveBits"]),
    want: OK,
  },
  {
    name: "X25519 jwk private key",
    secret: (k) => sk("jwk", k.x25519.jwkPriv, X, ["deriveKey", "deriveBits"]),
    want: OK,
  },
  { name: "X25519 jwk public key", secret: (k) => sk("jwk", k.x25519.jwkPub, X, []), want: OK },
  {
    name: "Ed25519 raw key of 31 bytes",
    secret: (k) => sk("raw", (k.ed25519.raw as Uint8Array).subarray(0, 31), ED, ["verify"]),
    want: err("key-size-invalid"),
  },
  {
    name: "X25519 raw key of 33 bytes",
    secret: (_k) => sk("raw", new Uint8Array(33).fill(9), X, []),
    want: err("key-size-invalid"),
  },
  {
    name: "Ed25519 jwk alg EdDSA",
    secret: (k) => sk("jwk", jwkWith(k.ed25519.jwkPriv, { alg: "EdDSA" }), ED, ["sign"]),
    want: OK,
  },
  {
    name: "Ed25519 jwk alg Ed25519",
    secret: (k) => sk("jwk", jwkWith(k.ed25519.jwkPriv, { alg: "Ed25519" }), ED, ["sign"]),
    want: err("jwk-alg-mismatch"),
    spec: warn("jwk-alg-mismatch"),
  },
  {
    name: "Ed25519 jwk alg ES256",
    secret: (k) => sk("jwk", jwkWith(k.ed25519.jwkPriv, { alg: "ES256" }), ED, ["sign"]),
    want: err("jwk-alg-mismatch"),
  },
  {
    name: "Ed25519 jwk crv X25519",
    secret: (k) => sk("jwk", jwkWith(k.ed25519.jwkPub, { crv: "X25519" }), ED, ["verify"]),
    want: err("jwk-crv-mismatch"),
  },
  {
    name: "Ed25519 jwk x of wrong length",
    secret: (k) => sk("jwk", jwkWith(k.ed25519.jwkPub, { x: "AAAA" }), ED, ["verify"]),
    want: err("jwk-member-invalid"),
  },
  {
    name: "Ed25519 jwk use enc",
    secret: (k) => sk("jwk", jwkWith(k.ed25519.jwkPriv, { use: "enc" }), ED, ["sign"]),
    want: err("jwk-use-mismatch"),
  },
  {
    name: "X25519 jwk with alg is not checked",
    secret: (k) => sk("jwk", jwkWith(k.x25519.jwkPub, { alg: "ECDH-ES" }), X, []),
    want: OK,
  },
  {
    name: "P-256 SPKI labelled Ed25519 imports in workerd but cannot verify",
    secret: (k) => sk("spki", k.ec["P-256"].spki, ED, ["verify"]),
    want: warn("der-oid-mismatch"),
    spec: err("der-oid-mismatch"),
  },
  {
    name: "X25519 SPKI labelled Ed25519 imports in workerd but cannot verify",
    secret: (k) => sk("spki", k.x25519.spki, ED, ["verify"]),
    want: warn("der-oid-mismatch"),
    spec: err("der-oid-mismatch"),
  },
  {
    name: "X25519 PKCS#8 labelled Ed25519 imports in workerd but cannot sign",
    secret: (k) => sk("pkcs8", k.x25519.pkcs8, ED, ["sign"]),
    want: warn("der-oid-mismatch"),
    spec: err("der-oid-mismatch"),
  },
  {
    name: "Ed25519 PKCS#8 labelled X25519 imports in workerd but cannot derive",
    secret: (k) => sk("pkcs8", k.ed25519.pkcs8, X, ["deriveBits"]),
    want: warn("der-oid-mismatch"),
    spec: err("der-oid-mismatch"),
  },
  {
    name: "RSA SPKI labelled Ed25519",
    secret: (k) => sk("spki", k.rsa.spki, ED, ["verify"]),
    want: warn("der-oid-mismatch"),
    spec: err("der-oid-mismatch"),
  },
  {
    name: "RSA PKCS#8 labelled Ed25519",
    secret: (k) => sk("pkcs8", k.rsa.pkcs8, ED, ["sign"]),
    want: warn("der-oid-mismatch"),
    spec: err("der-oid-mismatch"),
  },
  {
    name: "P-256 PKCS#8 labelled Ed25519",
    secret: (k) => sk("pkcs8", k.ec["P-256"].pkcs8, ED, ["sign"]),
    want: warn("der-oid-mismatch"),
    spec: err("der-oid-mismatch"),
  },
  {
    name: "P-384 SPKI labelled X25519",
    secret: (k) => sk("spki", k.ec["P-384"].spki, X, []),
    want: warn("der-oid-mismatch"),
    spec: err("der-oid-mismatch"),
  },
  {
    name: "Ed25519 SPKI with X25519 OID swapped in",
    secret: (k) => sk("spki", swapOid(k.ed25519.spki, OID.ed25519, OID.x25519), ED, ["verify"]),
    want: warn("der-oid-mismatch"),
    spec: err("der-oid-mismatch"),
  },
  {
    name: "X25519 spki with derive usages",
    secret: (k) => sk("spki", k.x25519.spki, X, ["deriveBits"]),
    want: err("usage-not-allowed"),
  },
  {
    name: "X25519 raw with deriveKey",
    secret: (k) => sk("raw", k.x25519.raw as Uint8Array, X, ["deriveKey"]),
    want: err("usage-not-allowed"),
  },
  {
    name: "X25519 pkcs8 with sign",
    secret: (k) => sk("pkcs8", k.x25519.pkcs8, X, ["sign"]),
    want: err("usage-not-allowed"),
  },
  {
    name: "Ed25519 pkcs8 with empty usages",
    secret: (k) => sk("pkcs8", k.ed25519.pkcs8, ED, []),
    want: err("usages-empty"),
  },
  {
    name: "Ed25519 spki with sign",
    secret: (k) => sk("spki", k.ed25519.spki, ED, ["sign"]),
    want: err("usage-not-allowed"),
  },
  {
    name: "Ed25519 pkcs8 truncated",
    secret: (k) => sk("pkcs8", k.ed25519.pkcs8.subarray(0, 40), ED, ["sign"]),
    want: err("der-invalid"),
  },
  {
    name: "NODE-ED25519 spki (workerd only)",
    secret: (k) => sk("spki", k.ed25519.spki, NODE, ["verify"]),
    want: warn("algorithm-workerd-only"),
    spec: err("algorithm-workerd-only"),
  },
  {
    name: "NODE-ED25519 jwk private (workerd only)",
    secret: (k) => sk("jwk", jwkWith(k.ed25519.jwkPriv, { alg: "EdDSA" }), NODE, ["sign"]),
    want: warn("algorithm-workerd-only"),
    spec: err("algorithm-workerd-only"),
  },
  {
    name: "NODE-ED25519 without namedCurve",
    secret: (k) => sk("spki", k.ed25519.spki, { name: "NODE-ED25519" }, ["verify"]),
    want: both(["param-missing"], ["algorithm-workerd-only"]),
    spec: err("param-missing", "algorithm-workerd-only"),
  },
  {
    name: "Ed448 is not supported",
    secret: (k) => sk("spki", k.ed25519.spki, { name: "Ed448" }, ["verify"]),
    want: err("algorithm-unknown"),
  },
  {
    name: "X25519 jwk kty EC",
    secret: (k) => sk("jwk", jwkWith(k.x25519.jwkPub, { kty: "EC" }), X, []),
    want: err("jwk-kty-mismatch"),
  },
];
