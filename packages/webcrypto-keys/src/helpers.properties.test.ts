/** Laws of the helpers over hostile input: a SecretKey or a SecretKeyError, nothing else; inputs untouched. */
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { encodeBase64 } from "./base64.js";
import { SecretKeyError } from "./errors.js";
import { secretKeyFromJwk } from "./from-jwk.js";
import { secretKeyFromPem } from "./pem.js";

function outcome(f: () => unknown): "ok" | "SecretKeyError" {
  try {
    f();
    return "ok";
  } catch (e) {
    expect(e).toBeInstanceOf(SecretKeyError);
    return "SecretKeyError";
  }
}

const labels = fc.constantFrom(
  "PUBLIC KEY",
  "PRIVATE KEY",
  "RSA PRIVATE KEY",
  "EC PRIVATE KEY",
  "RSA PUBLIC KEY",
  "CERTIFICATE",
  "X",
);
const hostileKey = fc.oneof(
  fc.string(),
  fc.constantFrom("__proto__", "constructor", "kty", "alg", "crv", "d", "use", "key_ops"),
);

describe("helper laws", () => {
  test.prop([fc.dictionary(hostileKey, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 8 })], { numRuns: 300 })(
    "secretKeyFromJwk: random JSON gives a SecretKey or a SecretKeyError and is not mutated",
    (raw) => {
      const jwk = JSON.parse(JSON.stringify(raw)) as unknown;
      const before = JSON.stringify(jwk);
      outcome(() => secretKeyFromJwk(jwk, { name: "K" }));
      expect(JSON.stringify(jwk)).toBe(before);
    },
  );

  test.prop([labels, fc.uint8Array({ maxLength: 300 }), fc.constantFrom("\n", "\r\n")], { numRuns: 300 })(
    "secretKeyFromPem: random DER in any block gives a SecretKey or a SecretKeyError",
    (label, der, eol) => {
      const pem = `-----BEGIN ${label}-----${eol}${encodeBase64(der)}${eol}-----END ${label}-----${eol}`;
      outcome(() =>
        secretKeyFromPem(pem, {
          name: "K",
          algorithm: { name: "ECDSA", namedCurve: "P-256" },
          usages: ["sign"],
        }),
      );
    },
  );

  test.prop([fc.string({ maxLength: 400 })], { numRuns: 300 })(
    "secretKeyFromPem: random text never crashes",
    (text) => {
      expect(
        outcome(() =>
          secretKeyFromPem(text, { name: "K", algorithm: { name: "Ed25519" }, usages: ["sign"] }),
        ),
      ).toBe("SecretKeyError");
    },
  );
});
