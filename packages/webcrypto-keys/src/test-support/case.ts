/** The shape of a table case: a named secret and the diagnostics expected under each runtime. */
import type { DiagnosticCode } from "../diagnostics.js";
import type { KeySet } from "./keys.js";

export interface Want {
  ok: boolean;
  /** Exact set of error codes. */
  errors?: DiagnosticCode[];
  /** Exact set of warning codes. */
  warnings?: DiagnosticCode[];
}

export interface Case {
  name: string;
  secret: (k: KeySet) => unknown;
  /** Under runtime "workerd" (the default). */
  want: Want;
  /** Under runtime "spec", when it differs. */
  spec?: Want;
}

export const OK: Want = { ok: true };
export const err = (...errors: DiagnosticCode[]): Want => ({ ok: false, errors });
export const warn = (...warnings: DiagnosticCode[]): Want => ({ ok: true, warnings });
export const both = (errors: DiagnosticCode[], warnings: DiagnosticCode[]): Want => ({
  ok: errors.length === 0,
  errors,
  warnings,
});
