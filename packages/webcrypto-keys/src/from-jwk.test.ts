import { beforeAll, describe, expect, it } from "vitest";
import { encodeBase64Url } from "./base64.js";
import { SecretKeyError } from "./errors.js";
import { secretKeyFromJwk } from "./from-jwk.js";
import { type KeySet, keys } from "./test-support/keys.js";
import { validateSecretKey } from "./validate.js";

let k: KeySet;
beforeAll(async () => {
  k = await keys();
});
const oct = (n: number, alg: string) => ({ kty: "oct", k: encodeBase64Url(new Uint8Array(n).fill(7)), alg });

describe("secretKeyFromJwk infers the algorithm", () => {
  const cases: [
    string,
    { jwk: (k: KeySet) => JsonWebKey; algorithm: Record<string, string>; usages: KeyUsage[] },
  ][] = [
    [
      "RSA RS256 private",
      {
        jwk: (k) => ({ ...k.rsa.jwkPriv, alg: "RS256" }),
        algorithm: { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" },
        usages: ["sign"],
      },
    ],
    [
      "RSA PS512 public",
      {
        jwk: (k) => ({ ...k.rsa.jwkPub, alg: "PS512" }),
        algorithm: { name: "RSA-PSS", hash: "SHA-512" },
        usages: ["verify"],
      },
    ],
    [
      "RSA-OAEP (SHA-1) private",
      {
        jwk: (k) => ({ ...k.rsa.jwkPriv, alg: "RSA-OAEP" }),
        algorithm: { name: "RSA-OAEP", hash: "SHA-1" },
        usages: ["decrypt", "unwrapKey"],
      },
    ],
    [
      "RSA-OAEP-256 public",
      {
        jwk: (k) => ({ ...k.rsa.jwkPub, alg: "RSA-OAEP-256" }),
        algorithm: { name: "RSA-OAEP", hash: "SHA-256" },
        usages: ["encrypt", "wrapKey"],
      },
    ],
    [
      "EC ES384",
      {
        jwk: (k) => ({ ...k.ec["P-384"].jwkPriv, alg: "ES384" }),
        algorithm: { name: "ECDSA", namedCurve: "P-384" },
        usages: ["sign"],
      },
    ],
    [
      "EC use sig",
      {
        jwk: (k) => ({ ...k.ec["P-256"].jwkPub, use: "sig" }),
        algorithm: { name: "ECDSA", namedCurve: "P-256" },
        usages: ["verify"],
      },
    ],
    [
      "EC ECDH-ES private",
      {
        jwk: (k) => ({ ...k.ec["P-521"].jwkPriv, alg: "ECDH-ES" }),
        algorithm: { name: "ECDH", namedCurve: "P-521" },
        usages: ["deriveKey", "deriveBits"],
      },
    ],
    [
      "EC use enc public",
      {
        jwk: (k) => ({ ...k.ec["P-256"].jwkPub, use: "enc" }),
        algorithm: { name: "ECDH", namedCurve: "P-256" },
        usages: [],
      },
    ],
    ["OKP Ed25519", { jwk: (k) => k.ed25519.jwkPriv, algorithm: { name: "Ed25519" }, usages: ["sign"] }],
    ["OKP X25519 public", { jwk: (k) => k.x25519.jwkPub, algorithm: { name: "X25519" }, usages: [] }],
    [
      "oct HS384",
      {
        jwk: () => oct(48, "HS384"),
        algorithm: { name: "HMAC", hash: "SHA-384" },
        usages: ["sign", "verify"],
      },
    ],
    [
      "oct A256GCM",
      { jwk: () => oct(32, "A256GCM"), algorithm: { name: "AES-GCM" }, usages: ["encrypt", "decrypt"] },
    ],
    [
      "oct A128KW",
      { jwk: () => oct(16, "A128KW"), algorithm: { name: "AES-KW" }, usages: ["wrapKey", "unwrapKey"] },
    ],
    [
      "key_ops pick the usages",
      {
        jwk: () => ({ ...oct(16, "A128CBC"), key_ops: ["decrypt", "sign"] }),
        algorithm: { name: "AES-CBC" },
        usages: ["decrypt"],
      },
    ],
  ];
  it.each(cases)("%s, and the result validates", async (_name, c) => {
    const s = secretKeyFromJwk(c.jwk(k), { name: "KEY" });
    expect({ algorithm: s.algorithm, usages: s.usages, format: s.format }).toEqual({
      algorithm: c.algorithm,
      usages: c.usages,
      format: "jwk",
    });
    const report = await validateSecretKey(s);
    expect(report.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it("uses explicit usages and normalizes Ed25519 alg to EdDSA without touching the input", async () => {
    const jwk = { ...k.ed25519.jwkPub, alg: "Ed25519" };
    const s = secretKeyFromJwk(jwk, { name: "K", usages: ["verify"] });
    expect(s.key_jwk?.alg).toBe("EdDSA");
    expect(jwk.alg).toBe("Ed25519");
    expect(s.usages).toEqual(["verify"]);
    expect((await validateSecretKey(s)).ok).toBe(true);
  });

  it.each([
    ["not an object", { jwk: "[]", code: "jwk-not-object", pointer: "" }],
    [
      "RSA without alg",
      { jwk: '{"kty":"RSA","n":"AQAB","e":"AQAB"}', code: "jwk-unrecognised", pointer: "/alg" },
    ],
    [
      "EC on secp256k1",
      { jwk: '{"kty":"EC","crv":"secp256k1","alg":"ES256K"}', code: "jwk-unrecognised", pointer: "/crv" },
    ],
    [
      "EC without alg or use",
      { jwk: '{"kty":"EC","crv":"P-256"}', code: "jwk-unrecognised", pointer: "/alg" },
    ],
    ["OKP Ed448", { jwk: '{"kty":"OKP","crv":"Ed448"}', code: "jwk-unrecognised", pointer: "/crv" }],
    ["oct without alg", { jwk: '{"kty":"oct","k":"AAAA"}', code: "jwk-unrecognised", pointer: "/alg" }],
    ["unknown kty", { jwk: '{"kty":"__proto__"}', code: "jwk-unrecognised", pointer: "/kty" }],
  ])("refuses %s", (_name, c) => {
    let error: unknown;
    try {
      secretKeyFromJwk(JSON.parse(c.jwk), { name: "K" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SecretKeyError);
    expect({ code: (error as SecretKeyError).code, pointer: (error as SecretKeyError).pointer }).toEqual({
      code: c.code,
      pointer: c.pointer,
    });
  });
});
