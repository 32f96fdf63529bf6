/** Table cases: the secret envelope (shape) and base64 transport, independent of algorithm. */
import { type Case, err, warn } from "./case.js";
import { b64 } from "./keys.js";
import { sk } from "./secret.js";

const G = { name: "AES-GCM" };
const pem = (der: Uint8Array) =>
  `-----BEGIN PUBLIC KEY-----\n${b64(der).replace(/(.{64})/g, "$1\n")}\n-----END PUBLIC KEY-----\n`;
const url = (bytes: Uint8Array) => b64(bytes).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
/** 32 bytes whose base64 certainly contains "+" or "/" (so its base64url form contains "-" or "_"). */
const urlish = (k: { secret: (n: number) => Uint8Array }) => {
  const b = k.secret(32);
  b[1] = 0xfb;
  b[2] = 0xff;
  return b;
};

export const shapeCases: Case[] = [
  { name: "secret is an array", secret: () => [], want: err("secret-not-object") },
  { name: "secret is a string", secret: () => "key", want: err("secret-not-object") },
  { name: "secret is null", secret: () => null, want: err("secret-not-object") },
  {
    name: "type secret_text",
    secret: (k) => ({ ...sk("raw", k.secret(16), G, ["encrypt"]), type: "secret_text" }),
    want: err("type-mismatch"),
  },
  {
    name: "format missing",
    secret: (k) => ({ ...sk("raw", k.secret(16), G, ["encrypt"]), format: undefined }),
    want: err("format-invalid"),
  },
  {
    name: "format in upper case",
    secret: (k) => sk("RAW", k.secret(16), G, ["encrypt"]),
    want: err("format-invalid"),
  },
  { name: "format der", secret: (k) => sk("der", k.secret(16), G, ["encrypt"]), want: err("format-invalid") },
  {
    name: "usages not an array",
    secret: (k) => sk("raw", k.secret(16), G, "encrypt"),
    want: err("usages-invalid"),
  },
  {
    name: "usage in wrong case",
    secret: (k) => sk("raw", k.secret(16), G, ["Encrypt"]),
    want: err("usage-unknown", "usages-empty"),
  },
  {
    name: "usage not a string",
    secret: (k) => sk("raw", k.secret(16), G, ["encrypt", 7]),
    want: err("usage-unknown"),
  },
  {
    name: "duplicate usage",
    secret: (k) => sk("raw", k.secret(16), G, ["encrypt", "encrypt"]),
    want: warn("usage-duplicate"),
  },
  {
    name: "key_base64 missing",
    secret: () => ({ type: "secret_key", format: "raw", algorithm: G, usages: ["encrypt"] }),
    want: err("key-data-missing"),
  },
  {
    name: "key_jwk with format raw",
    secret: (k) => ({ ...sk("raw", k.secret(16), G, ["encrypt"]), key_jwk: { kty: "oct" } }),
    want: err("key-data-conflict"),
  },
  {
    name: "key_base64 with format jwk",
    secret: (k) => ({
      ...sk("jwk", { kty: "oct", k: url(k.secret(16)) }, G, ["encrypt"]),
      key_base64: "AAAA",
    }),
    want: err("key-data-conflict"),
  },
  {
    name: "key_jwk missing with format jwk",
    secret: () => ({ type: "secret_key", format: "jwk", algorithm: G, usages: ["encrypt"] }),
    want: err("key-data-missing"),
  },
  {
    name: "no key data and no format",
    secret: () => ({ type: "secret_key", algorithm: G, usages: ["encrypt"] }),
    want: err("format-invalid", "key-data-missing"),
  },
  {
    name: "key_jwk is a string",
    secret: () =>
      sk("jwk", "{}", G, ["encrypt"]) && {
        type: "secret_key",
        format: "jwk",
        key_jwk: "{}",
        algorithm: G,
        usages: ["encrypt"],
      },
    want: err("jwk-not-object"),
  },
  {
    name: "key_base64 is base64url",
    secret: (k) => sk("raw", url(urlish(k)), G, ["encrypt"]),
    want: err("base64-is-base64url"),
  },
  {
    name: "key_base64 is pasted PEM",
    secret: (k) => sk("spki", pem(k.ec["P-256"].spki), { name: "ECDSA", namedCurve: "P-256" }, ["verify"]),
    want: err("base64-is-pem"),
  },
  {
    name: "key_base64 with line breaks",
    secret: (k) => sk("raw", b64(k.secret(48)).replace(/(.{20})/g, "$1\n"), G, ["encrypt"]),
    want: err("base64-invalid"),
  },
  {
    name: "key_base64 without padding",
    secret: (k) => sk("raw", b64(k.secret(16)).replace(/=+$/, ""), G, ["encrypt"]),
    want: err("base64-invalid"),
  },
  {
    name: "key_base64 with non-zero padding bits",
    secret: () => sk("raw", "AAAAAAAAAAAAAAAAAAAAAB==", G, ["encrypt"]),
    want: err("base64-invalid"),
  },
  {
    name: "key_base64 with invalid characters",
    secret: () => sk("raw", "AAAA*AAA", G, ["encrypt"]),
    want: err("base64-invalid"),
  },
  {
    name: "key_base64 is a number",
    secret: () =>
      sk("raw", "", G, ["encrypt"]) && { format: "raw", key_base64: 12, algorithm: G, usages: ["encrypt"] },
    want: err("base64-invalid"),
  },
  {
    name: "algorithm missing",
    secret: (k) => ({ ...sk("raw", k.secret(16), G, ["encrypt"]), algorithm: undefined }),
    want: err("algorithm-invalid"),
  },
  {
    name: "algorithm as a bare string",
    secret: (k) => sk("raw", k.secret(16), "AES-GCM", ["encrypt"]),
    want: err("algorithm-invalid"),
  },
  {
    name: "algorithm without name",
    secret: (k) => sk("raw", k.secret(16), {}, ["encrypt"]),
    want: err("algorithm-invalid"),
  },
  {
    name: "algorithm name unknown",
    secret: (k) => sk("raw", k.secret(16), { name: "AES-XTS" }, ["encrypt"]),
    want: err("algorithm-unknown"),
  },
  {
    name: "algorithm name in lower case",
    secret: (k) => sk("raw", k.secret(16), { name: "aes-gcm" }, ["encrypt"]),
    want: warn("algorithm-name-case"),
  },
  {
    name: "independent problems are all reported",
    secret: () => ({
      type: "secret_key",
      format: "pem",
      key_base64: "-_-_",
      algorithm: { name: "HMAC" },
      usages: ["sign", "frobnicate"],
    }),
    want: err("format-invalid", "usage-unknown", "param-missing", "base64-is-base64url"),
  },
  {
    name: "usage and size problems reported together",
    secret: (k) => sk("raw", k.secret(15), { name: "AES-KW" }, ["encrypt"]),
    want: err("key-size-invalid", "usage-not-allowed"),
  },
];
