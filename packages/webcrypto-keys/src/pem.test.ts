import { beforeAll, describe, expect, it } from "vitest";
import { decodeBase64, encodeBase64 } from "./base64.js";
import type { SecretKeyErrorCode } from "./errors.js";
import { SecretKeyError } from "./errors.js";
import { secretKeyFromPem } from "./pem.js";
import {
  innerPrivateKey,
  innerPublicKey,
  type KeySet,
  keys,
  OID,
  sec1WithCurve,
} from "./test-support/keys.js";
import { validateSecretKey } from "./validate.js";

const armour = (label: string, der: Uint8Array, eol = "\n") =>
  `-----BEGIN ${label}-----${eol}${encodeBase64(der).replace(/(.{64})/g, `$1${eol}`)}${eol}-----END ${label}-----${eol}`;
const bytesOf = (b64: string | undefined) => {
  const d = decodeBase64(b64 ?? "");
  return "bytes" in d ? d.bytes : new Uint8Array();
};

/** RFC 8410 §10.1 and §10.3 example keys (documented test vectors, safe to commit). */
const RFC8410_PUBLIC =
  "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=\n-----END PUBLIC KEY-----\n";
const RFC8410_PRIVATE =
  "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEINTuctv5E1hK1bbY8fdp+K06/nwoy/HU++CXqI9EdVhC\n-----END PRIVATE KEY-----\n";

let k: KeySet;
beforeAll(async () => {
  k = await keys();
});

const RS = { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" };
const ES = { name: "ECDSA", namedCurve: "P-256" };

describe("secretKeyFromPem recognises key blocks", () => {
  it.each([
    [
      "PUBLIC KEY → spki",
      { label: "PUBLIC KEY", der: (k: KeySet) => k.rsa.spki, alg: RS, usages: ["verify"], format: "spki" },
    ],
    [
      "PRIVATE KEY → pkcs8",
      { label: "PRIVATE KEY", der: (k: KeySet) => k.rsa.pkcs8, alg: RS, usages: ["sign"], format: "pkcs8" },
    ],
    [
      "RSA PRIVATE KEY → pkcs8 (rewrapped)",
      {
        label: "RSA PRIVATE KEY",
        der: (k: KeySet) => innerPrivateKey(k.rsa.pkcs8),
        alg: RS,
        usages: ["sign"],
        format: "pkcs8",
      },
    ],
    [
      "RSA PUBLIC KEY → spki (rewrapped)",
      {
        label: "RSA PUBLIC KEY",
        der: (k: KeySet) => innerPublicKey(k.rsa.spki),
        alg: RS,
        usages: ["verify"],
        format: "spki",
      },
    ],
    [
      "EC PRIVATE KEY with curve → pkcs8",
      {
        label: "EC PRIVATE KEY",
        der: (k: KeySet) => sec1WithCurve(k.ec["P-256"].pkcs8, OID.p256),
        alg: ES,
        usages: ["sign"],
        format: "pkcs8",
      },
    ],
    [
      "EC PRIVATE KEY without curve, namedCurve given",
      {
        label: "EC PRIVATE KEY",
        der: (k: KeySet) => innerPrivateKey(k.ec["P-256"].pkcs8),
        alg: ES,
        usages: ["sign"],
        format: "pkcs8",
      },
    ],
  ])("%s, and the result validates", async (_name, c) => {
    const secret = secretKeyFromPem(armour(c.label, c.der(k)), {
      name: "KEY",
      algorithm: c.alg,
      usages: c.usages as KeyUsage[],
    });
    expect(secret.format).toBe(c.format);
    expect(secret.type).toBe("secret_key");
    const report = await validateSecretKey(secret, { runtime: "spec" });
    expect(report.diagnostics).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it("rewraps PKCS#1 byte-for-byte into what WebCrypto exports", () => {
    const s = secretKeyFromPem(armour("RSA PRIVATE KEY", innerPrivateKey(k.rsa.pkcs8)), {
      name: "K",
      algorithm: RS,
      usages: ["sign"],
    });
    expect(bytesOf(s.key_base64)).toEqual(k.rsa.pkcs8);
  });

  it("accepts CRLF line endings and a leading EC PARAMETERS block (openssl ecparam -genkey)", async () => {
    const params = "-----BEGIN EC PARAMETERS-----\r\nBggqhkjOPQMBBw==\r\n-----END EC PARAMETERS-----\r\n";
    const s = secretKeyFromPem(
      params + armour("EC PRIVATE KEY", sec1WithCurve(k.ec["P-256"].pkcs8, OID.p256), "\r\n"),
      { name: "K", algorithm: ES, usages: ["sign"] },
    );
    expect((await validateSecretKey(s)).ok).toBe(true);
  });

  it.each([
    ["RFC 8410 §10.1 public key", { pem: RFC8410_PUBLIC, usages: ["verify"] }],
    ["RFC 8410 §10.3 private key", { pem: RFC8410_PRIVATE, usages: ["sign"] }],
  ])("imports the %s", async (_name, { pem, usages }) => {
    const s = secretKeyFromPem(pem, {
      name: "K",
      algorithm: { name: "Ed25519" },
      usages: usages as KeyUsage[],
    });
    expect(await validateSecretKey(s)).toMatchObject({ ok: true, diagnostics: [] });
  });

  it("does not mutate or share its options", () => {
    const options = { name: "K", algorithm: { ...RS }, usages: ["verify"] as KeyUsage[] };
    const before = JSON.stringify(options);
    const s = secretKeyFromPem(armour("PUBLIC KEY", k.rsa.spki), options);
    expect(JSON.stringify(options)).toBe(before);
    expect(s.algorithm).not.toBe(options.algorithm);
    expect(s.usages).not.toBe(options.usages);
  });
});

describe("secretKeyFromPem says what to run otherwise", () => {
  const cases: [string, { pem: (k: KeySet) => string; code: SecretKeyErrorCode; message: RegExp }][] = [
    ["no PEM block", { pem: () => "just text", code: "pem-not-found", message: /found 0/ }],
    [
      "two blocks (a chain)",
      {
        pem: (k) => armour("PUBLIC KEY", k.rsa.spki) + armour("PUBLIC KEY", k.rsa.spki),
        code: "pem-multiple",
        message: /found 2/,
      },
    ],
    [
      "ENCRYPTED PRIVATE KEY",
      {
        pem: (k) => armour("ENCRYPTED PRIVATE KEY", k.rsa.pkcs8),
        code: "pem-encrypted",
        message: /openssl pkey/,
      },
    ],
    [
      "CERTIFICATE",
      { pem: (k) => armour("CERTIFICATE", k.rsa.spki), code: "pem-unsupported", message: /openssl x509/ },
    ],
    [
      "OPENSSH PRIVATE KEY",
      {
        pem: (k) => armour("OPENSSH PRIVATE KEY", k.rsa.spki),
        code: "pem-unsupported",
        message: /ssh-keygen/,
      },
    ],
    [
      "legacy encrypted headers",
      {
        pem: () =>
          "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\nAAAA\n-----END RSA PRIVATE KEY-----\n",
        code: "pem-encrypted",
        message: /openssl pkey/,
      },
    ],
    [
      "unknown label",
      {
        pem: (k) => armour("X509 CRL", k.rsa.spki),
        code: "pem-unsupported",
        message: /PUBLIC KEY, PRIVATE KEY/,
      },
    ],
    [
      "bad base64 body",
      {
        pem: () => "-----BEGIN PUBLIC KEY-----\nAA*A\n-----END PUBLIC KEY-----\n",
        code: "pem-base64-invalid",
        message: /base64/,
      },
    ],
    [
      "PUBLIC KEY holding a PKCS#8 key",
      {
        pem: (k) => armour("PUBLIC KEY", k.rsa.pkcs8),
        code: "der-invalid",
        message: /hold spki, found pkcs8/,
      },
    ],
    [
      "truncated DER",
      {
        pem: (k) => armour("PRIVATE KEY", k.rsa.pkcs8.subarray(0, 50)),
        code: "der-invalid",
        message: /malformed DER/,
      },
    ],
    [
      "SEC1 without any curve",
      {
        pem: (k) => armour("EC PRIVATE KEY", innerPrivateKey(k.ec["P-256"].pkcs8)),
        code: "pem-curve-unknown",
        message: /openssl pkcs8 -topk8/,
      },
    ],
  ];
  it.each(cases)("%s", (_name, c) => {
    const algorithm = c.code === "pem-curve-unknown" ? { name: "ECDSA" } : { name: "Ed25519" };
    let error: unknown;
    try {
      secretKeyFromPem(c.pem(k), { name: "K", algorithm, usages: ["sign"] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SecretKeyError);
    expect((error as SecretKeyError).code).toBe(c.code);
    expect((error as SecretKeyError).message).toMatch(c.message);
  });

  it("points at the line of the offending block", () => {
    try {
      secretKeyFromPem(`comment\n\n${armour("CERTIFICATE", k.rsa.spki)}`, {
        name: "K",
        algorithm: RS,
        usages: ["verify"],
      });
      expect.unreachable();
    } catch (e) {
      expect((e as SecretKeyError).line).toBe(3);
    }
  });

  it("refuses an EC key whose curve differs from namedCurve", () => {
    expect(() =>
      secretKeyFromPem(armour("EC PRIVATE KEY", sec1WithCurve(k.ec["P-384"].pkcs8, OID.p384)), {
        name: "K",
        algorithm: ES,
        usages: ["sign"],
      }),
    ).toThrow(/expected a P-256 key/);
  });
});
