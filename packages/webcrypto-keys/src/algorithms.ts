/**
 * The per-algorithm import table (WebCrypto §"<ALG> > Operations > Import Key"), condensed from
 * `shared/webcrypto/matrix.json` (copied to fixtures/matrix.json; algorithms.test.ts checks they agree),
 * plus workerd's two extra algorithms (workerd `crypto.c++`, `ec.c++ importEddsa`, `rsa.c++ importRsaRaw`).
 */
import type { KeyType } from "./diagnostics.js";

export const FORMATS = ["raw", "pkcs8", "spki", "jwk"] as const;
export type KeyFormat = (typeof FORMATS)[number];

/** WebCrypto §"KeyUsage" enum. */
export const USAGES = [
  "encrypt",
  "decrypt",
  "sign",
  "verify",
  "deriveKey",
  "deriveBits",
  "wrapKey",
  "unwrapKey",
] as const satisfies readonly KeyUsage[];

export const HASHES = ["SHA-1", "SHA-256", "SHA-384", "SHA-512"] as const;
export const CURVES = ["P-256", "P-384", "P-521"] as const;

export type Family = "rsa" | "ec" | "okp" | "aes" | "hmac" | "kdf";

export interface AlgorithmSpec {
  name: string;
  family: Family;
  /** Required import parameters (WebIDL dictionary members). */
  params: readonly ("hash" | "namedCurve")[];
  /** Formats importKey accepts; any other → NotSupportedError. */
  formats: readonly KeyFormat[];
  /** Usages allowed per resulting key type; an empty list means usages must be empty. */
  usages: Partial<Record<KeyType, readonly KeyUsage[]>>;
  /** JWK `use` this algorithm's keys carry (RFC 7517 §4.2). */
  jwkUse?: "sig" | "enc";
  /** Only workerd knows it (not in the spec). */
  workerdOnly?: true;
}

const RSA_FORMATS = ["spki", "pkcs8", "jwk"] as const;
const EC_FORMATS = ["raw", "spki", "pkcs8", "jwk"] as const;
const SIGN = { private: ["sign"], public: ["verify"] } as const;
const DERIVE = { private: ["deriveKey", "deriveBits"], public: [] } as const;
const AES_USAGES = { secret: ["encrypt", "decrypt", "wrapKey", "unwrapKey"] } as const;

function aes(name: string, usages: Partial<Record<KeyType, readonly KeyUsage[]>>): AlgorithmSpec {
  return { name, family: "aes", params: [], formats: ["raw", "jwk"], usages, jwkUse: "enc" };
}

export const ALGORITHMS: readonly AlgorithmSpec[] = [
  {
    name: "RSASSA-PKCS1-v1_5",
    family: "rsa",
    params: ["hash"],
    formats: RSA_FORMATS,
    usages: SIGN,
    jwkUse: "sig",
  },
  { name: "RSA-PSS", family: "rsa", params: ["hash"], formats: RSA_FORMATS, usages: SIGN, jwkUse: "sig" },
  {
    name: "RSA-OAEP",
    family: "rsa",
    params: ["hash"],
    formats: RSA_FORMATS,
    usages: { private: ["decrypt", "unwrapKey"], public: ["encrypt", "wrapKey"] },
    jwkUse: "enc",
  },
  { name: "ECDSA", family: "ec", params: ["namedCurve"], formats: EC_FORMATS, usages: SIGN, jwkUse: "sig" },
  { name: "ECDH", family: "ec", params: ["namedCurve"], formats: EC_FORMATS, usages: DERIVE, jwkUse: "enc" },
  { name: "Ed25519", family: "okp", params: [], formats: EC_FORMATS, usages: SIGN, jwkUse: "sig" },
  { name: "X25519", family: "okp", params: [], formats: EC_FORMATS, usages: DERIVE, jwkUse: "enc" },
  aes("AES-CTR", AES_USAGES),
  aes("AES-CBC", AES_USAGES),
  aes("AES-GCM", AES_USAGES),
  aes("AES-KW", { secret: ["wrapKey", "unwrapKey"] }),
  {
    name: "HMAC",
    family: "hmac",
    params: ["hash"],
    formats: ["raw", "jwk"],
    usages: { secret: ["sign", "verify"] },
    jwkUse: "sig",
  },
  {
    name: "HKDF",
    family: "kdf",
    params: [],
    formats: ["raw"],
    usages: { secret: ["deriveKey", "deriveBits"] },
  },
  {
    name: "PBKDF2",
    family: "kdf",
    params: [],
    formats: ["raw"],
    usages: { secret: ["deriveKey", "deriveBits"] },
  },
  // workerd extras: legacy Ed25519 alias (needs namedCurve "NODE-ED25519") and private-only raw RSA.
  {
    name: "NODE-ED25519",
    family: "okp",
    params: ["namedCurve"],
    formats: EC_FORMATS,
    usages: SIGN,
    jwkUse: "sig",
    workerdOnly: true,
  },
  {
    name: "RSA-RAW",
    family: "rsa",
    params: [],
    formats: ["pkcs8", "jwk"],
    usages: { private: ["sign"] },
    jwkUse: "sig",
    workerdOnly: true,
  },
];

/** Case-insensitive lookup (WebCrypto §18.4.4 "normalize an algorithm" matches names that way). */
export function findAlgorithm(name: string): AlgorithmSpec | undefined {
  const lower = name.toLowerCase();
  return ALGORITHMS.find((a) => a.name.toLowerCase() === lower);
}

export const ALGORITHM_NAMES: readonly string[] = ALGORITHMS.map((a) => a.name);

/** The key type a format yields, or undefined for asymmetric JWK (decided by the presence of `d`). */
export function keyTypeOf(spec: AlgorithmSpec, format: KeyFormat): KeyType | undefined {
  if (format === "spki") return "public";
  if (format === "pkcs8") return "private";
  if (format === "raw") return spec.usages.secret ? "secret" : "public";
  return spec.usages.secret ? "secret" : undefined;
}
