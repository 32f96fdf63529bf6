/** Table cases: AES-CTR/CBC/GCM/KW, HMAC, HKDF, PBKDF2 × raw/jwk (and the formats they lack). */
import { encodeBase64, encodeBase64Url } from "../base64.js";
import { type Case, err, OK, warn } from "./case.js";
import { sk } from "./secret.js";

const AES = ["AES-CTR", "AES-CBC", "AES-GCM", "AES-KW"] as const;
const oct = (k: Uint8Array, extra: Record<string, unknown> = {}) => ({
  kty: "oct",
  k: encodeBase64Url(k),
  ...extra,
});

const aesCases: Case[] = AES.flatMap((name) => {
  const a = { name };
  const u: KeyUsage[] = name === "AES-KW" ? ["wrapKey", "unwrapKey"] : ["encrypt", "decrypt"];
  const mode = name.slice(4);
  return [
    ...[16, 24, 32].map(
      (n): Case => ({
        name: `${name} raw ${n * 8}-bit key`,
        secret: (k) => sk("raw", k.secret(n), a, u),
        want: OK,
      }),
    ),
    {
      name: `${name} raw 15-byte key`,
      secret: (k) => sk("raw", k.secret(15), a, u),
      want: err("key-size-invalid"),
    },
    {
      name: `${name} raw 64-byte key`,
      secret: (k) => sk("raw", k.secret(64), a, u),
      want: err("key-size-invalid"),
    },
    {
      name: `${name} jwk with alg A256${mode}`,
      secret: (k) => sk("jwk", oct(k.secret(32), { alg: `A256${mode}` }), a, u),
      want: OK,
    },
    {
      name: `${name} jwk alg A128${mode} on a 256-bit key`,
      secret: (k) => sk("jwk", oct(k.secret(32), { alg: `A128${mode}` }), a, u),
      want: err("jwk-alg-mismatch"),
    },
    {
      name: `${name} jwk 20-byte k`,
      secret: (k) => sk("jwk", oct(k.secret(20)), a, u),
      want: err("key-size-invalid"),
    },
    {
      name: `${name} spki is not supported`,
      secret: (k) => sk("spki", k.secret(32), a, u),
      want: err("format-unsupported"),
    },
    {
      name: `${name} with sign usage`,
      secret: (k) => sk("raw", k.secret(16), a, ["sign"]),
      want: err("usage-not-allowed"),
    },
    {
      name: `${name} with empty usages`,
      secret: (k) => sk("raw", k.secret(16), a, []),
      want: err("usages-empty"),
    },
  ];
});

const H = { name: "HMAC", hash: "SHA-256" };
const hmacCases: Case[] = [
  ...["SHA-1", "SHA-256", "SHA-384", "SHA-512"].map(
    (hash): Case => ({
      name: `HMAC ${hash} raw 64-byte key`,
      secret: (k) => sk("raw", k.secret(64), { name: "HMAC", hash }, ["sign", "verify"]),
      want: OK,
    }),
  ),
  { name: "HMAC raw empty key", secret: () => sk("raw", "", H, ["sign"]), want: err("key-empty") },
  {
    name: "HMAC length 256 on 32 bytes",
    secret: (k) => sk("raw", k.secret(32), { ...H, length: 256 }, ["sign"]),
    want: OK,
  },
  {
    name: "HMAC length 250 on 32 bytes (partial last byte)",
    secret: (k) => sk("raw", k.secret(32), { ...H, length: 250 }, ["sign"]),
    want: OK,
  },
  {
    name: "HMAC length 257 on 32 bytes",
    secret: (k) => sk("raw", k.secret(32), { ...H, length: 257 }, ["sign"]),
    want: err("hmac-length-invalid"),
  },
  {
    name: "HMAC length 248 on 32 bytes",
    secret: (k) => sk("raw", k.secret(32), { ...H, length: 248 }, ["sign"]),
    want: err("hmac-length-invalid"),
  },
  {
    name: "HMAC length 0",
    secret: (k) => sk("raw", k.secret(32), { ...H, length: 0 }, ["sign"]),
    want: err("hmac-length-invalid"),
  },
  {
    name: "HMAC length not an integer",
    secret: (k) => sk("raw", k.secret(32), { ...H, length: 1.5 }, ["sign"]),
    want: { ok: false, errors: ["hmac-length-invalid"], warnings: ["param-invalid"] },
  },
  {
    name: "HMAC length as a numeric string (WebIDL converts it)",
    secret: (k) => sk("raw", k.secret(32), { ...H, length: "256" }, ["sign"]),
    want: warn("param-invalid"),
  },
  {
    name: "HMAC length negative",
    secret: (k) => sk("raw", k.secret(32), { ...H, length: -8 }, ["sign"]),
    want: err("param-invalid"),
  },
  {
    name: "HMAC length a word",
    secret: (k) => sk("raw", k.secret(32), { ...H, length: "long" }, ["sign"]),
    want: err("param-invalid"),
  },
  {
    name: "HMAC jwk k as a number (WebIDL DOMString)",
    secret: () => sk("jwk", { kty: "oct", k: 12341234 } as unknown as JsonWebKey, H, ["sign"]),
    want: warn("jwk-member-invalid", "hmac-key-short"),
  },
  {
    name: "HMAC 16-byte key under SHA-256 is short",
    secret: (k) => sk("raw", k.secret(16), H, ["sign"]),
    want: warn("hmac-key-short"),
  },
  {
    name: "HMAC 8200-byte key",
    secret: (k) => sk("raw", k.secret(8200), H, ["sign"]),
    want: warn("hmac-key-long"),
  },
  {
    name: "HMAC without hash",
    secret: (k) => sk("raw", k.secret(32), { name: "HMAC" }, ["sign"]),
    want: err("param-missing"),
  },
  {
    name: "HMAC hash MD5",
    secret: (k) => sk("raw", k.secret(32), { name: "HMAC", hash: "MD5" }, ["sign"]),
    want: warn("hash-md5"),
    spec: err("hash-md5"),
  },
  {
    name: "HMAC jwk with alg HS256",
    secret: (k) => sk("jwk", oct(k.secret(32), { alg: "HS256", use: "sig" }), H, ["sign", "verify"]),
    want: OK,
  },
  {
    name: "HMAC jwk alg HS384 under SHA-256",
    secret: (k) => sk("jwk", oct(k.secret(32), { alg: "HS384" }), H, ["sign"]),
    want: err("jwk-alg-mismatch"),
  },
  {
    name: "HMAC jwk use enc",
    secret: (k) => sk("jwk", oct(k.secret(32), { use: "enc" }), H, ["sign"]),
    want: warn("jwk-use-mismatch"),
    spec: err("jwk-use-mismatch"),
  },
  {
    name: "HMAC jwk key_ops lacks sign",
    secret: (k) => sk("jwk", oct(k.secret(32), { key_ops: ["verify"] }), H, ["sign"]),
    want: warn("jwk-key-ops-mismatch"),
    spec: err("jwk-key-ops-mismatch"),
  },
  {
    name: "HMAC jwk k with invalid characters",
    secret: () => sk("jwk", { kty: "oct", k: "!!!!" }, H, ["sign"]),
    want: err("jwk-member-invalid"),
  },
  {
    name: "HMAC jwk k padded standard base64",
    secret: (k) => sk("jwk", { kty: "oct", k: encodeBase64(k.secret(32)) }, H, ["sign"]),
    want: warn("jwk-member-invalid"),
    spec: err("jwk-member-invalid"),
  },
  {
    name: "HMAC jwk without k",
    secret: () => sk("jwk", { kty: "oct" }, H, ["sign"]),
    want: err("jwk-member-missing"),
  },
  {
    name: "HMAC jwk alg with hash MD5",
    secret: (k) => sk("jwk", oct(k.secret(32), { alg: "HS256" }), { name: "HMAC", hash: "MD5" }, ["sign"]),
    want: { ok: false, errors: ["jwk-alg-mismatch"], warnings: ["hash-md5"] },
    spec: err("jwk-alg-mismatch", "hash-md5"),
  },
  {
    name: "HMAC pkcs8 is not supported",
    secret: (k) => sk("pkcs8", k.secret(32), H, ["sign"]),
    want: err("format-unsupported"),
  },
  {
    name: "HMAC with encrypt usage",
    secret: (k) => sk("raw", k.secret(32), H, ["encrypt"]),
    want: err("usage-not-allowed"),
  },
  {
    name: "HMAC jwk kty RSA",
    secret: (k) => sk("jwk", oct(k.secret(32), { kty: "RSA" }), H, ["sign"]),
    want: err("jwk-kty-mismatch"),
  },
];

const kdfCases: Case[] = (["HKDF", "PBKDF2"] as const).flatMap((name): Case[] => [
  {
    name: `${name} raw key`,
    secret: (k) => sk("raw", k.secret(32), { name }, ["deriveKey", "deriveBits"]),
    want: OK,
  },
  {
    name: `${name} raw empty key is allowed`,
    secret: () => sk("raw", "", { name }, ["deriveBits"]),
    want: OK,
  },
  {
    name: `${name} jwk is not supported`,
    secret: (k) => sk("jwk", oct(k.secret(32)), { name }, ["deriveBits"]),
    want: err("format-unsupported"),
  },
  {
    name: `${name} with sign usage`,
    secret: (k) => sk("raw", k.secret(32), { name }, ["sign"]),
    want: err("usage-not-allowed"),
  },
  {
    name: `${name} with empty usages`,
    secret: (k) => sk("raw", k.secret(32), { name }, []),
    want: err("usages-empty"),
  },
]);

export const symmetricCases: Case[] = [...aesCases, ...hmacCases, ...kdfCases];
