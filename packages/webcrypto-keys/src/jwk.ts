/**
 * Check 4: JWK consistency with the algorithm (WebCrypto §"<ALG> > Import Key", jwk steps; RFC 7517 §4):
 * `kty`, `crv`, `alg` against name/hash/curve, `use` and `key_ops` against the usages, private members
 * against the key type. workerd's laxer or stricter rules (EC `crv`, RSA `alg` by hash, Ed25519 `alg`,
 * HMAC `use`/`key_ops`) become divergent diagnostics: error under the runtime that rejects.
 */
import { describe, isObject, oneOf, own } from "./describe.js";
import type { Collector, KeyType } from "./diagnostics.js";
import { checkAlg } from "./jwk-alg.js";
import { checkMembers, type MemberFacts } from "./jwk-members.js";
import type { NormalizedAlgorithm } from "./normalize.js";

export interface JwkFacts extends MemberFacts {
  keyType: KeyType;
  kty: string;
}

const KTY = { rsa: "RSA", ec: "EC", okp: "OKP", aes: "oct", hmac: "oct", kdf: "oct" } as const;
export function checkJwk(
  jwk: unknown,
  alg: NormalizedAlgorithm | undefined,
  usages: readonly KeyUsage[] | undefined,
  c: Collector,
): JwkFacts | undefined {
  if (!isObject(jwk)) {
    c.error(
      "jwk-not-object",
      "/key_jwk",
      `expected "key_jwk" to be a JSON Web Key object, found ${describe(jwk)}`,
    );
    return undefined;
  }
  const kty = own(jwk, "kty");
  const isPrivate = own(jwk, "d") !== undefined;
  const wantKty = alg ? KTY[alg.spec.family] : undefined;
  if (typeof kty !== "string" || (wantKty && kty !== wantKty)) {
    c.error(
      "jwk-kty-mismatch",
      "/key_jwk/kty",
      `expected "kty" ${wantKty ? `"${wantKty}"` : "(RSA, EC, OKP or oct)"}, found ${describe(kty, Object.values(KTY))}`,
    );
    return undefined;
  }
  const keyType: KeyType = kty === "oct" ? "secret" : isPrivate ? "private" : "public";
  const curve = alg?.spec.family === "okp" ? (alg.name === "X25519" ? "X25519" : "Ed25519") : alg?.namedCurve;
  if (alg) checkCrv(jwk, alg, curve, c);
  const facts: JwkFacts = { ...checkMembers(jwk, kty, isPrivate, curve, c), keyType, kty };
  if (alg) {
    checkAlg(jwk, alg, facts.secretBytes, c);
    checkUseAndOps(jwk, alg, usages ?? [], c);
  }
  return facts;
}

function checkCrv(
  jwk: Record<string, unknown>,
  alg: NormalizedAlgorithm,
  curve: string | undefined,
  c: Collector,
): void {
  const crv = own(jwk, "crv");
  if (alg.spec.family === "okp" && crv !== curve) {
    c.error(
      "jwk-crv-mismatch",
      "/key_jwk/crv",
      `expected "crv" "${curve}", found ${describe(crv, ["Ed25519", "X25519", "Ed448", "X448"])}`,
    );
  } else if (alg.spec.family === "ec" && curve && crv !== curve) {
    c.divergent(
      "jwk-crv-mismatch",
      "/key_jwk/crv",
      `expected "crv" "${curve}" (algorithm.namedCurve), found ${describe(crv, ["P-256", "P-384", "P-521", "secp256k1"])}; workerd ignores "crv" and reads the point on namedCurve`,
      "spec",
    );
  }
}

function checkUseAndOps(
  jwk: Record<string, unknown>,
  alg: NormalizedAlgorithm,
  usages: readonly KeyUsage[],
  c: Collector,
): void {
  // workerd skips both checks for HMAC; the spec applies them (WebCrypto §"HMAC > Import Key" jwk steps 5–6).
  const report = (
    code: "jwk-use-mismatch" | "jwk-key-ops-invalid" | "jwk-key-ops-mismatch",
    at: string,
    msg: string,
  ) =>
    alg.spec.family === "hmac"
      ? c.divergent(code, at, `${msg} (workerd does not check this for HMAC)`, "spec")
      : c.error(code, at, msg);
  const use = own(jwk, "use");
  if (usages.length > 0 && use !== undefined && use !== alg.spec.jwkUse) {
    report(
      "jwk-use-mismatch",
      "/key_jwk/use",
      `expected "use" "${alg.spec.jwkUse}" for ${alg.name}, found ${describe(use, ["sig", "enc"])}`,
    );
  }
  const ops = own(jwk, "key_ops");
  if (ops === undefined) return;
  if (!Array.isArray(ops)) {
    // WebIDL `sequence<DOMString>` conversion: a TypeError in every runtime, HMAC included.
    c.error(
      "jwk-key-ops-invalid",
      "/key_jwk/key_ops",
      `expected "key_ops" to be an array of strings, found ${describe(ops)}`,
    );
    return;
  }
  if (ops.some((o) => typeof o !== "string") || new Set(ops).size !== ops.length) {
    report(
      "jwk-key-ops-invalid",
      "/key_jwk/key_ops",
      `expected "key_ops" as an array of distinct strings (RFC 7517 §4.3), found ${describe(ops)}`,
    );
    return;
  }
  const missing = usages.filter((u) => !ops.includes(u));
  if (missing.length > 0) {
    report(
      "jwk-key-ops-mismatch",
      "/key_jwk/key_ops",
      `expected "key_ops" to contain every requested usage, found it lacks ${oneOf(missing)}`,
    );
  }
}
