/**
 * Per-family DER checks (RFC 5480 §2.1.1 EC curve parameters, SEC1 §2.3.3 point sizes, RFC 8410 §3/§7
 * Ed25519/X25519 OIDs and 32-byte keys). workerd never checks Ed25519/X25519 OIDs (ec.c++ importEddsa):
 * a mislabelled key imports there and fails on first use, hence a warning under runtime "workerd".
 */
import type { DerFacts } from "./der-checks.js";
import type { Collector } from "./diagnostics.js";
import type { AlgId, Inner } from "./key-info.js";
import type { NormalizedAlgorithm } from "./normalize.js";
import { CURVE_OF_OID, OID, oidName } from "./oid.js";

const AT = "/key_base64";
/** Key types workerd's DER parser (BoringSSL EVP_parse_public_key / EVP_parse_private_key) understands. */
const PARSEABLE_BY_WORKERD: readonly string[] = [OID.rsaEncryption, OID.ecPublicKey, OID.ed25519, OID.x25519];
const POINT: Record<string, number> = { "P-256": 32, "P-384": 48, "P-521": 66 };
const OKP_OID: Record<string, string> = {
  Ed25519: OID.ed25519,
  "NODE-ED25519": OID.ed25519,
  X25519: OID.x25519,
};

export function curveParam(alg: AlgId): string | undefined {
  return alg.params.kind === "oid" ? alg.params.oid : undefined;
}

export function checkCurve(oid: string | undefined, alg: NormalizedAlgorithm, c: Collector): void {
  if (oid === undefined) {
    c.error(
      "der-key-invalid",
      AT,
      "expected the curve OID as EC parameters (RFC 5480 §2.1.1 namedCurve), found none",
    );
  } else if (!CURVE_OF_OID[oid]) {
    c.error(
      "der-curve-unsupported",
      AT,
      `expected a P-256, P-384 or P-521 key, found ${oidName(oid)} as the curve`,
    );
  } else if (alg.namedCurve && CURVE_OF_OID[oid] !== alg.namedCurve) {
    c.error(
      "der-curve-mismatch",
      AT,
      `expected a ${alg.namedCurve} key (algorithm.namedCurve), found a ${CURVE_OF_OID[oid]} key`,
    );
  }
}

/** Sizes for the curve the key itself names (a mismatch with namedCurve is reported separately). */
export function checkEcSizes(
  kind: "spki" | "pkcs8",
  inner: Inner,
  curve: string | undefined,
  c: Collector,
): void {
  const size = POINT[curve ?? ""];
  if (!size || inner.keyLength === undefined) return;
  if (kind === "spki") {
    const ok =
      (inner.pointForm === 4 && inner.keyLength === 2 * size + 1) ||
      ((inner.pointForm === 2 || inner.pointForm === 3) && inner.keyLength === size + 1);
    if (!ok)
      c.error(
        "der-key-invalid",
        AT,
        `expected a SEC1 ${curve} point of ${2 * size + 1} (uncompressed) or ${size + 1} (compressed) bytes, found ${inner.keyLength} bytes`,
      );
  } else if (inner.keyLength > size) {
    c.error(
      "der-key-invalid",
      AT,
      `expected a ${curve} private scalar of at most ${size} bytes, found ${inner.keyLength} bytes`,
    );
  }
}

/** Ed25519/X25519 (RFC 8410): workerd never checks the OID, so a mislabelled key imports and fails on use. */
export function checkOkp(
  kind: "spki" | "pkcs8",
  id: AlgId,
  inner: Inner,
  alg: NormalizedAlgorithm,
  c: Collector,
  facts: DerFacts,
): DerFacts {
  const want = OKP_OID[alg.name] as string;
  if (id.oid === want && id.params.kind !== "absent") {
    c.error(
      "der-oid-mismatch",
      AT,
      `expected no parameters after the ${oidName(want)} OID (RFC 8410 §3), found some`,
    );
  }
  if (id.oid !== want) {
    const msg = `expected a key with algorithm ${oidName(want)}, found ${oidName(id.oid)}`;
    // workerd skips the OID comparison, but BoringSSL must still parse the key: only these types get that far.
    if (!PARSEABLE_BY_WORKERD.includes(id.oid)) {
      c.error("der-oid-mismatch", AT, msg);
      return {};
    }
    c.divergent(
      "der-oid-mismatch",
      AT,
      `${msg}: workerd imports it without checking the OID, but the key fails on first use (OperationError)`,
      "spec",
    );
    return {};
  }
  if (inner.keyLength !== 32) {
    c.error(
      "der-key-invalid",
      AT,
      `expected a 32-byte ${alg.name} ${kind === "spki" ? "public" : "private"} key, found ${inner.keyLength ?? 0} bytes`,
    );
  }
  return facts;
}

export function mismatch(c: Collector, alg: NormalizedAlgorithm, found: string): DerFacts {
  c.error("der-oid-mismatch", AT, `expected a key for ${alg.name}, found ${found}`);
  return {};
}
