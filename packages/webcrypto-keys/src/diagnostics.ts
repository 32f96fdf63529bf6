/**
 * The report vocabulary of `validateSecretKey`: a closed union of diagnostic codes, the Diagnostic and
 * KeyReport shapes (contract 5 of the team brief), and a collector the checks append to.
 * Pointers are RFC 6901 JSON Pointers relative to the secret object.
 */

/** Every code a diagnostic can carry. Closed on purpose: callers switch on it. */
export const DIAGNOSTIC_CODES = [
  // 1. shape
  "secret-not-object",
  "type-mismatch",
  "format-invalid",
  "format-unsupported",
  "usages-invalid",
  "usage-unknown",
  "usage-duplicate",
  "key-data-missing",
  "key-data-conflict",
  "algorithm-invalid",
  "algorithm-unknown",
  "algorithm-workerd-only",
  "algorithm-name-case",
  "param-missing",
  "param-invalid",
  "hash-md5",
  // 2. base64
  "base64-invalid",
  "base64-is-base64url",
  "base64-is-pem",
  "key-empty",
  // 3. DER
  "der-invalid",
  "der-trailing-bytes",
  "der-spki-given-as-pkcs8",
  "der-pkcs8-given-as-spki",
  "der-pkcs1-private-key",
  "der-pkcs1-public-key",
  "der-sec1-private-key",
  "der-oid-mismatch",
  "der-curve-mismatch",
  "der-curve-unsupported",
  "der-key-invalid",
  // 4. JWK
  "jwk-not-object",
  "jwk-kty-mismatch",
  "jwk-crv-mismatch",
  "jwk-alg-mismatch",
  "jwk-use-mismatch",
  "jwk-key-ops-invalid",
  "jwk-key-ops-mismatch",
  "jwk-member-missing",
  "jwk-member-invalid",
  "jwk-private-members",
  "jwk-public-mismatch",
  // 5. sizes
  "key-size-invalid",
  "hmac-length-invalid",
  "hmac-key-short",
  "hmac-key-long",
  "rsa-modulus-out-of-range",
  "rsa-modulus-weak",
  "rsa-modulus-invalid",
  "rsa-exponent-invalid",
  "rsa-key-inconsistent",
  // 6. usages
  "usage-not-allowed",
  "usages-empty",
  // 7. the runtime's importKey
  "import-rejected",
  "import-unsupported-here",
] as const;

export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

export type Severity = "error" | "warning";

export interface Diagnostic {
  severity: Severity;
  code: DiagnosticCode;
  /** Says what was expected and what was found; never contains key material. */
  message: string;
  /** RFC 6901 pointer relative to the secret object ("" is the secret itself). */
  pointer: string;
}

/** Whose acceptance rules to follow where workerd and the WebCrypto spec differ. */
export type Runtime = "workerd" | "spec";

export type KeyType = "public" | "private" | "secret";

/** The normalized import algorithm: canonical name, `hash` as a plain name. */
export interface KeyAlgorithm {
  name: string;
  hash?: string;
  namedCurve?: string;
  length?: number;
  modulusLength?: number;
}

export interface KeyReport {
  /** True when no diagnostic is an error. */
  ok: boolean;
  diagnostics: Diagnostic[];
  /** What the binding would be, when the key is acceptable. */
  key?: { type: KeyType; algorithm: KeyAlgorithm; usages: KeyUsage[] };
}

/** Accumulates diagnostics; checks report and go on, so independent problems all surface. */
export class Collector {
  readonly diagnostics: Diagnostic[] = [];
  constructor(readonly runtime: Runtime) {}

  error(code: DiagnosticCode, pointer: string, message: string): void {
    this.diagnostics.push({ severity: "error", code, message, pointer });
  }

  warning(code: DiagnosticCode, pointer: string, message: string): void {
    this.diagnostics.push({ severity: "warning", code, message, pointer });
  }

  /**
   * For problems where workerd and the spec disagree: an error under the runtime that rejects,
   * a warning under the one that accepts (the key still imports, so the user should know).
   */
  divergent(code: DiagnosticCode, pointer: string, message: string, rejectedBy: Runtime): void {
    if (rejectedBy === this.runtime) this.error(code, pointer, message);
    else this.warning(code, pointer, message);
  }

  get errorCount(): number {
    let n = 0;
    for (const d of this.diagnostics) if (d.severity === "error") n++;
    return n;
  }

  has(code: DiagnosticCode): boolean {
    return this.diagnostics.some((d) => d.code === code);
  }
}
