/**
 * Planted canaries: key material shaped to pass or fail every check family, with a recognisable marker in
 * `key_base64` and in every private JWK member (d, k, p, q, dp, dq, qi). No report, under either runtime,
 * and no helper error may contain a marker.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { encodeBase64, encodeBase64Url } from "./base64.js";
import { SecretKeyError } from "./errors.js";
import { secretKeyFromJwk } from "./from-jwk.js";
import { secretKeyFromPem } from "./pem.js";
import { type KeySet, keys } from "./test-support/keys.js";
import { jwkWith, sk } from "./test-support/secret.js";
import { validateSecretKey } from "./validate.js";

const MARK = "CANARYxSECRETx";
/** Bytes whose base64 and base64url begin with the marker, padded to `n` bytes. */
function canaryBytes(n: number): Uint8Array {
  const head = Uint8Array.from(atob(`${MARK}00`), (c) => c.charCodeAt(0));
  const out = new Uint8Array(Math.max(n, head.length));
  out.set(head);
  return out.subarray(0, Math.max(n, head.length));
}
const canaryUrl = (n: number) => encodeBase64Url(canaryBytes(n));

let k: KeySet;
beforeAll(async () => {
  k = await keys();
});

function secrets(): [string, unknown][] {
  const priv = ["d", "p", "q", "dp", "dq", "qi"];
  const rsaJwk = Object.fromEntries(
    Object.entries(k.rsa.jwkPriv).map(([m, v]) => [m, priv.includes(m) ? canaryUrl(128) : v]),
  );
  return [
    ["AES raw (valid size)", sk("raw", canaryBytes(32), { name: "AES-GCM" }, ["encrypt"])],
    ["AES raw (bad size)", sk("raw", canaryBytes(31), { name: "AES-GCM" }, ["encrypt"])],
    [
      "HMAC raw with a bad length",
      sk("raw", canaryBytes(32), { name: "HMAC", hash: "SHA-256", length: 7 }, ["sign"]),
    ],
    ["pkcs8 of garbage", sk("pkcs8", canaryBytes(64), { name: "ECDSA", namedCurve: "P-256" }, ["sign"])],
    ["spki of garbage", sk("spki", canaryBytes(64), { name: "Ed25519" }, ["verify"])],
    [
      "base64url canary",
      sk("raw", `${encodeBase64(canaryBytes(30)).replaceAll("+", "-")}-_`, { name: "AES-GCM" }, ["encrypt"]),
    ],
    [
      "PEM canary",
      sk(
        "pkcs8",
        `-----BEGIN PRIVATE KEY-----\n${encodeBase64(canaryBytes(60))}\n-----END PRIVATE KEY-----`,
        { name: "Ed25519" },
        ["sign"],
      ),
    ],
    [
      "oct jwk k",
      sk("jwk", { kty: "oct", k: canaryUrl(32), alg: "A128GCM" }, { name: "AES-GCM" }, ["encrypt"]),
    ],
    [
      "oct jwk k bad",
      sk("jwk", { kty: "oct", k: `${canaryUrl(32)}!` }, { name: "HMAC", hash: "SHA-256" }, ["sign"]),
    ],
    ["RSA jwk private members", sk("jwk", rsaJwk, { name: "RSA-PSS", hash: "SHA-256" }, ["sign"])],
    [
      "RSA jwk partial CRT",
      sk("jwk", jwkWith(rsaJwk, { qi: undefined }), { name: "RSA-PSS", hash: "SHA-256" }, ["sign"]),
    ],
    [
      "EC jwk d",
      sk("jwk", { ...k.ec["P-256"].jwkPriv, d: canaryUrl(32) }, { name: "ECDSA", namedCurve: "P-256" }, [
        "sign",
      ]),
    ],
    [
      "EC jwk d wrong size",
      sk("jwk", { ...k.ec["P-256"].jwkPriv, d: canaryUrl(40) }, { name: "ECDSA", namedCurve: "P-256" }, [
        "sign",
      ]),
    ],
    ["Ed25519 jwk d", sk("jwk", { ...k.ed25519.jwkPriv, d: canaryUrl(32) }, { name: "Ed25519" }, ["sign"])],
    [
      "canary as format and name",
      { format: MARK, key_base64: MARK, algorithm: { name: MARK, hash: MARK }, usages: [MARK] },
    ],
    [
      "canary as kty/alg/crv",
      sk(
        "jwk",
        { kty: MARK, alg: MARK, crv: MARK, d: canaryUrl(32) },
        { name: "ECDSA", namedCurve: "P-256" },
        ["sign"],
      ),
    ],
  ];
}

describe("no key material in any message", () => {
  it("validateSecretKey reports never contain a canary (both runtimes)", async () => {
    const cases = secrets();
    expect(cases.length).toBeGreaterThan(10);
    let withDiagnostics = 0;
    for (const [name, secret] of cases) {
      for (const runtime of ["workerd", "spec"] as const) {
        const report = await validateSecretKey(secret, { runtime });
        if (report.diagnostics.length > 0) withDiagnostics++;
        expect(JSON.stringify(report), `${name} (${runtime})`).not.toContain(MARK);
      }
    }
    // Most canaries must trip some check, so messages were actually produced and inspected.
    expect(withDiagnostics).toBeGreaterThanOrEqual(2 * (cases.length - 2));
  });

  it("the marker is really in the inputs (the test can fail)", () => {
    for (const [, secret] of secrets()) expect(JSON.stringify(secret)).toContain(MARK);
  });

  it("helper errors never contain a canary", () => {
    const tries: (() => unknown)[] = [
      () =>
        secretKeyFromPem(
          `-----BEGIN RSA PRIVATE KEY-----\n${encodeBase64(canaryBytes(60))}\n-----END RSA PRIVATE KEY-----\n`,
          { name: "K", algorithm: { name: "RSA-PSS", hash: "SHA-256" }, usages: ["sign"] },
        ),
      () =>
        secretKeyFromPem(`-----BEGIN ${MARK}-----\nAAAA\n-----END ${MARK}-----\n`, {
          name: "K",
          algorithm: { name: "Ed25519" },
          usages: ["sign"],
        }),
      () =>
        secretKeyFromPem(`-----BEGIN PRIVATE KEY-----\n${MARK}!!\n-----END PRIVATE KEY-----\n`, {
          name: "K",
          algorithm: { name: "Ed25519" },
          usages: ["sign"],
        }),
      () => secretKeyFromJwk({ kty: "oct", k: canaryUrl(32), alg: MARK }, { name: "K" }),
      () => secretKeyFromJwk({ kty: MARK, d: canaryUrl(32) }, { name: "K" }),
      () => secretKeyFromJwk({ kty: "EC", crv: MARK, d: canaryUrl(32) }, { name: "K" }),
    ];
    for (const t of tries) {
      let error: unknown;
      try {
        t();
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(SecretKeyError);
      expect(JSON.stringify({ m: (error as Error).message, ...(error as object) })).not.toContain(MARK);
    }
  });
});
