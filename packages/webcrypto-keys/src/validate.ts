/**
 * `validateSecretKey`: every check family in WebCrypto's order (algorithm → params → format → usages →
 * data → non-empty usages), reporting all independent problems, then the runtime's importKey as the last
 * word. Pure: reads the secret, never mutates it, never throws for any input.
 */
import { type KeyFormat, keyTypeOf } from "./algorithms.js";
import { BASE64_HINTS, decodeBase64 } from "./base64.js";
import { checkDer } from "./der-checks.js";
import { isObject, oneOf, own } from "./describe.js";
import { Collector, type KeyReport, type Runtime } from "./diagnostics.js";
import { describeKey, type Facts, plan } from "./import-plan.js";
import { checkJwk } from "./jwk.js";
import { type NormalizedAlgorithm, normalizeAlgorithm } from "./normalize.js";
import { explainOkpMismatch } from "./okp-pair.js";
import { checkShape } from "./shape.js";
import { checkRawPublic, checkRsa, checkSecretSize } from "./sizes.js";
import { trialImport } from "./trial-import.js";
import { checkUsages } from "./usages.js";

export interface ValidateOptions {
  /** Whose acceptance rules to follow where workerd and the spec differ. Default "workerd". */
  runtime?: Runtime;
}

export async function validateSecretKey(secret: unknown, options: ValidateOptions = {}): Promise<KeyReport> {
  const c = new Collector(options.runtime === "spec" ? "spec" : "workerd");
  if (!isObject(secret)) {
    c.error(
      "secret-not-object",
      "",
      "expected a secret_key object with format, algorithm, usages and key data, found another JSON value",
    );
    return { ok: false, diagnostics: c.diagnostics };
  }
  const shape = checkShape(secret, c);
  const alg = normalizeAlgorithm(own(secret, "algorithm"), c);
  const { format, usages } = shape;
  let formatOk = format !== undefined;
  if (alg && format && !alg.spec.formats.includes(format)) {
    c.error(
      "format-unsupported",
      "/format",
      `expected a format ${alg.name} imports (${oneOf(alg.spec.formats)}), found "${format}"`,
    );
    formatOk = false;
  }
  const facts = checkKeyData(shape.keyBase64, shape.jwk, formatOk ? format : undefined, alg, usages, c);
  // raw/spki/pkcs8 fix the key type whatever the data holds, so usages are checked even for broken data.
  if (alg && formatOk && format && format !== "jwk") facts.keyType = keyTypeOf(alg.spec, format);
  if (alg && facts.keyType && usages) {
    if (alg.name === "RSA-RAW" && facts.keyType === "public") {
      c.error(
        "jwk-member-missing",
        "/key_jwk/d",
        'expected a private key ("d") for RSA-RAW, found a public key',
      );
    } else checkUsages(alg.spec, facts.keyType, usages, own(secret, "usages"), c);
  }
  if (c.errorCount > 0 || !alg || !facts.keyType || !usages)
    return { ok: c.errorCount === 0, diagnostics: c.diagnostics };
  // No plan means the key is known to be unusable in this runtime (a workerd-only OID mix-up, warned above).
  if (facts.plan) {
    const before = c.diagnostics.length;
    await trialImport(facts.plan, c);
    await explainOkpMismatch(facts.plan, c, before);
  }
  if (c.errorCount > 0) return { ok: false, diagnostics: c.diagnostics };
  return {
    ok: true,
    diagnostics: c.diagnostics,
    key: { type: facts.keyType, algorithm: describeKey(alg, facts, c.runtime), usages },
  };
}

function checkKeyData(
  b64: string | undefined,
  jwk: unknown,
  format: KeyFormat | undefined,
  alg: NormalizedAlgorithm | undefined,
  usages: KeyUsage[] | undefined,
  c: Collector,
): Facts {
  const facts: Facts = {};
  if (format === "jwk") {
    if (jwk === undefined) return facts;
    const j = checkJwk(jwk, alg, usages, c);
    if (!j || !alg) return facts;
    facts.keyType = j.keyType;
    if (j.rsa) checkRsa(j.rsa, "/key_jwk/n", c);
    if (j.secretBytes !== undefined) checkSecretSize(alg, j.secretBytes, "/key_jwk/k", c);
    Object.assign(
      facts,
      j.rsa ? { rsa: j.rsa } : {},
      j.secretBytes !== undefined ? { secretBytes: j.secretBytes } : {},
    );
    const data: JsonWebKey = { kty: j.kty, ...j.members };
    if (j.kty === "EC" && alg.namedCurve) data.crv = alg.namedCurve;
    if (j.kty === "OKP") data.crv = alg.name === "X25519" ? "X25519" : "Ed25519";
    facts.plan = plan("jwk", data, alg, usages ?? []);
    if (j.rsaNoCrt && j.keyType === "private" && facts.plan.fallback === undefined) {
      // Node 20 rejects a JWA-valid private RSA JWK without CRT members: verify its public half instead.
      const pub = alg.spec.usages.public ?? ["verify"];
      facts.plan.fallback = {
        ...facts.plan,
        data: { kty: "RSA", n: j.members.n ?? "", e: j.members.e ?? "" },
        usages: [...pub].slice(0, 1),
        when: ["DataError", "NotSupportedError"],
      };
      if (alg.name === "RSA-RAW")
        facts.plan.fallback.algorithm = { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" };
    }
    return facts;
  }
  if (b64 === undefined) return facts;
  const decoded = decodeBase64(b64);
  if ("problem" in decoded) {
    const code =
      decoded.problem === "pem"
        ? "base64-is-pem"
        : decoded.problem === "base64url"
          ? "base64-is-base64url"
          : "base64-invalid";
    c.error(code, "/key_base64", `expected standard base64 (RFC 4648 §4), ${BASE64_HINTS[decoded.problem]}`);
    return facts;
  }
  const bytes = decoded.bytes;
  if (format === "spki" || format === "pkcs8") {
    if (bytes.length === 0) {
      c.error("key-empty", "/key_base64", `expected DER key data for format "${format}", found 0 bytes`);
      return facts;
    }
    const der = checkDer(bytes, format, alg, c);
    if (der.rsa) {
      checkRsa(der.rsa, "/key_base64", c);
      facts.rsa = der.rsa;
    }
    if (alg) facts.keyType = keyTypeOf(alg.spec, format);
    if (alg && der.importBytes) facts.plan = plan(format, der.importBytes, alg, usages ?? []);
  } else if (format === "raw" && alg) {
    facts.keyType = keyTypeOf(alg.spec, "raw");
    if (facts.keyType === "secret") {
      checkSecretSize(alg, bytes.length, "/key_base64", c);
      facts.secretBytes = bytes.length;
    } else checkRawPublic(alg, bytes, "/key_base64", c);
    facts.plan = plan("raw", bytes, alg, usages ?? []);
  }
  return facts;
}
