/**
 * Deterministic mutations (bit flips, byte overwrites, truncations, insertions) of real DER keys (every algorithm family, spki and pkcs8), to hunt
 * false accepts: whatever a flipped byte does, workerd must never reject a key we accept.
 */
import { USAGES } from "../algorithms.js";
import type { KeySet } from "./keys.js";
import type { NamedSecret } from "./matrix-calls.js";
import { sk } from "./secret.js";

/** xorshift32: a fixed seed keeps case names and bytes stable across runs. */
function prng(seed: number): () => number {
  let x = seed | 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

export function mutatedSecrets(k: KeySet, perKey = 24, seed = 0x5eed): NamedSecret[] {
  const rand = prng(seed);
  const subjects: [string, Uint8Array, "spki" | "pkcs8", Record<string, unknown>, KeyUsage[]][] = [
    ["RSA spki", k.rsa.spki, "spki", { name: "RSA-PSS", hash: "SHA-256" }, ["verify"]],
    ["RSA pkcs8", k.rsa.pkcs8, "pkcs8", { name: "RSA-PSS", hash: "SHA-256" }, ["sign"]],
    ["P-256 spki", k.ec["P-256"].spki, "spki", { name: "ECDSA", namedCurve: "P-256" }, ["verify"]],
    ["P-256 pkcs8", k.ec["P-256"].pkcs8, "pkcs8", { name: "ECDSA", namedCurve: "P-256" }, ["sign"]],
    ["P-521 pkcs8", k.ec["P-521"].pkcs8, "pkcs8", { name: "ECDH", namedCurve: "P-521" }, ["deriveBits"]],
    ["Ed25519 spki", k.ed25519.spki, "spki", { name: "Ed25519" }, ["verify"]],
    ["Ed25519 pkcs8", k.ed25519.pkcs8, "pkcs8", { name: "Ed25519" }, ["sign"]],
    ["X25519 pkcs8", k.x25519.pkcs8, "pkcs8", { name: "X25519" }, ["deriveBits"]],
  ];
  const out: NamedSecret[] = [];
  for (const [label, der, format, algorithm, usages] of subjects) {
    for (let i = 0; i < perKey; i++) {
      // Bias towards the header (first 40 bytes), where structure lives; the rest hits key bytes.
      const at =
        rand() < 0.6 ? Math.floor(rand() * Math.min(40, der.length)) : Math.floor(rand() * der.length);
      const kind = rand();
      let bytes: Uint8Array;
      let what: string;
      if (kind < 0.7) {
        const bit = 1 << Math.floor(rand() * 8);
        bytes = der.slice();
        bytes[at] = (bytes[at] ?? 0) ^ bit;
        what = `byte ${at} bit ${bit}`;
      } else if (kind < 0.85) {
        const value = Math.floor(rand() * 256);
        bytes = der.slice();
        bytes[at] = value;
        what = `byte ${at} set to ${value}`;
      } else if (kind < 0.93) {
        bytes = der.slice(0, at);
        what = `truncated at ${at}`;
      } else {
        bytes = new Uint8Array(der.length + 1);
        bytes.set(der.subarray(0, at));
        bytes.set(der.subarray(at), at + 1);
        what = `zero inserted at ${at}`;
      }
      out.push({ name: `mutation ${label} ${what} #${i}`, secret: sk(format, bytes, algorithm, usages) });
    }
  }
  return out;
}

const VOCAB: Record<string, unknown[]> = {
  kty: ["RSA", "EC", "OKP", "oct", "rsa", undefined],
  crv: ["P-256", "P-384", "P-521", "Ed25519", "X25519", "secp256k1", undefined],
  alg: [
    "RS256",
    "PS256",
    "RSA-OAEP",
    "ES256",
    "ES384",
    "EdDSA",
    "Ed25519",
    "HS256",
    "A256GCM",
    "none",
    undefined,
  ],
  use: ["sig", "enc", "x", undefined],
  key_ops: [["sign"], ["verify"], ["sign", "sign"], ["deriveBits"], [], "sign", undefined],
  ext: [true, false, "yes", undefined],
};

/** Deterministic mutations of real JWKs: members dropped, re-typed, swapped for vocabulary, or corrupted. */
export function mutatedJwks(k: KeySet, perKey = 24, seed = 0x10c): NamedSecret[] {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const subjects: [string, JsonWebKey, Record<string, unknown>, KeyUsage[]][] = [
    ["RSA private", k.rsa.jwkPriv, { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" }, ["sign"]],
    ["RSA public", k.rsa.jwkPub, { name: "RSA-OAEP", hash: "SHA-256" }, ["encrypt"]],
    ["P-256 private", k.ec["P-256"].jwkPriv, { name: "ECDSA", namedCurve: "P-256" }, ["sign"]],
    ["P-384 public", k.ec["P-384"].jwkPub, { name: "ECDH", namedCurve: "P-384" }, []],
    ["Ed25519 private", k.ed25519.jwkPriv, { name: "Ed25519" }, ["sign"]],
    ["X25519 public", k.x25519.jwkPub, { name: "X25519" }, []],
    [
      "oct HMAC",
      { kty: "oct", k: "c2VjcmV0LWtleS1mb3ItaG1hYy10ZXN0aW5nLTMyYg" },
      { name: "HMAC", hash: "SHA-256" },
      ["sign"],
    ],
    ["oct AES", { kty: "oct", k: "AAECAwQFBgcICQoLDA0ODw" }, { name: "AES-GCM" }, ["encrypt"]],
  ];
  const out: NamedSecret[] = [];
  for (const [label, jwk, algorithm, usages] of subjects) {
    for (let i = 0; i < perKey; i++) {
      const m: Record<string, unknown> = { ...jwk };
      const members = Object.keys(m);
      const kind = rand();
      let what: string;
      if (kind < 0.45) {
        const field = pick(Object.keys(VOCAB));
        const value = pick(VOCAB[field] as unknown[]);
        if (value === undefined) delete m[field];
        else m[field] = value;
        what = `${field}=${JSON.stringify(value) ?? "deleted"}`;
      } else if (kind < 0.6) {
        const field = pick(members);
        delete m[field];
        what = `${field} deleted`;
      } else if (kind < 0.85) {
        const field = pick(members.filter((f) => typeof m[f] === "string" && (m[f] as string).length > 8));
        const text = (m[field] as string | undefined) ?? "";
        const at = Math.floor(rand() * text.length);
        const ch = pick([..."AQgw_-+/=!"]);
        m[field] = text.slice(0, at) + ch + text.slice(at + 1);
        what = `${field}[${at}]=${ch}`;
      } else {
        const field = pick(members);
        const text = typeof m[field] === "string" ? (m[field] as string) : "";
        m[field] = text.slice(0, Math.floor(rand() * text.length));
        what = `${field} truncated`;
      }
      out.push({
        name: `jwk mutation ${label} ${what} #${i}`,
        secret: sk("jwk", m as JsonWebKey, algorithm, usages),
      });
    }
  }
  return out;
}

const NAME_VARIANTS = (n: string) => [n, n.toLowerCase(), n.toUpperCase(), `${n} `, n.replace("-", "")];
const HASHES: unknown[] = [
  "SHA-256",
  "sha-256",
  "SHA256",
  "SHA-1",
  "SHA-384",
  "SHA-512",
  "MD5",
  "md5",
  "SHA3-256",
  { name: "SHA-256" },
  { name: "sha-512" },
  {},
  256,
  undefined,
];
const CURVES: unknown[] = [
  "P-256",
  "p-256",
  "P-384",
  "P-521",
  "P256",
  "secp256r1",
  "NODE-ED25519",
  "X25519",
  undefined,
];
const LENGTHS: unknown[] = [undefined, 0, 1, 8, 255, 256, 257, 512, -1, 1.5, "256"];
// Every valid usage, plus a wrong-case one, an empty one and a duplicate.
const USAGE_POOL = [...USAGES, "Sign", "", "sign"];

/** Deterministic mutations of the envelope: algorithm name case, hash/curve/length values, usage lists. */
export function mutatedEnvelopes(k: KeySet, count = 150, seed = 0xe1): NamedSecret[] {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const bases: [string, string, Uint8Array | JsonWebKey, string[]][] = [
    ["RSASSA-PKCS1-v1_5", "spki", k.rsa.spki, ["verify"]],
    ["RSA-PSS", "jwk", k.rsa.jwkPriv, ["sign"]],
    ["RSA-OAEP", "pkcs8", k.rsa.pkcs8, ["decrypt"]],
    ["ECDSA", "raw", k.ec["P-256"].raw as Uint8Array, ["verify"]],
    ["ECDH", "jwk", k.ec["P-256"].jwkPriv, ["deriveBits"]],
    ["Ed25519", "spki", k.ed25519.spki, ["verify"]],
    ["X25519", "raw", k.x25519.raw as Uint8Array, []],
    ["HMAC", "raw", k.secret(32), ["sign"]],
    ["HMAC", "jwk", { kty: "oct", k: "c2VjcmV0LWtleS1mb3ItaG1hYy10ZXN0aW5nLTMyYg" }, ["verify"]],
    ["HMAC", "jwk", { kty: "oct", k: "c2VjcmV0LWtleS1mb3ItaG1hYy10ZXN0aW5nLTMyYg", alg: "HS256" }, ["sign"]],
    ["RSA-PSS", "jwk", { ...k.rsa.jwkPub, alg: "PS256" }, ["verify"]],
    ["ECDSA", "jwk", { ...k.ec["P-256"].jwkPub, alg: "ES256" }, ["verify"]],
    ["Ed25519", "jwk", { ...k.ed25519.jwkPub, alg: "EdDSA" }, ["verify"]],
    ["AES-GCM", "raw", k.secret(16), ["encrypt"]],
    ["AES-KW", "raw", k.secret(24), ["wrapKey"]],
    ["HKDF", "raw", k.secret(20), ["deriveKey"]],
    ["PBKDF2", "raw", k.secret(8), ["deriveBits"]],
  ];
  const out: NamedSecret[] = [];
  for (let i = 0; i < count; i++) {
    const [name, format, data, natural] = pick(bases);
    const algorithm: Record<string, unknown> = { name: pick(NAME_VARIANTS(name)) };
    if (rand() < 0.7) algorithm.hash = pick(HASHES);
    if (rand() < 0.5) algorithm.namedCurve = pick(CURVES);
    if (rand() < 0.3) algorithm.length = pick(LENGTHS);
    for (const key of Object.keys(algorithm)) if (algorithm[key] === undefined) delete algorithm[key];
    const usages =
      rand() < 0.5 ? natural : Array.from({ length: Math.floor(rand() * 4) }, () => pick(USAGE_POOL));
    out.push({
      name: `envelope mutation #${i} ${name} ${format} ${JSON.stringify(algorithm)} ${JSON.stringify(usages)}`,
      secret: sk(format, data, algorithm, usages),
    });
  }
  return out;
}
