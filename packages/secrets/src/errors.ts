/**
 * Errors thrown for bad input. Each has a `code` from a closed union and a position (line:column for
 * text, an RFC 6901 pointer for JSON structure); messages name what was expected and what was found,
 * never a secret value.
 */

export type SecretsFileErrorCode =
  | "invalid-json"
  | "invalid-shape"
  | "invalid-key"
  | "missing-equals"
  | "unterminated-quote"
  | "unexpected-character"
  | "trailing-whitespace"
  | "duplicate-key"
  | "duplicate-member"
  | "invalid-directive"
  | "name-mismatch"
  | "unsupported-kind";

export interface SourcePosition {
  /** 1-based line. */
  line?: number;
  /** 1-based column, in UTF-16 code units as editors count them. */
  column?: number;
  /** RFC 6901 pointer, for errors in JSON structure. */
  pointer?: string;
  filename?: string;
}

export class SecretsFileError extends Error {
  override name = "SecretsFileError";
  readonly code: SecretsFileErrorCode;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly pointer: string | undefined;
  readonly filename: string | undefined;
  /** The message without its position prefix. */
  readonly reason: string;

  constructor(code: SecretsFileErrorCode, message: string, at: SourcePosition = {}) {
    super(`${where(at)}${message}`);
    this.code = code;
    this.reason = message;
    this.line = at.line;
    this.column = at.column;
    this.pointer = at.pointer;
    this.filename = at.filename;
  }
}

function where(at: SourcePosition): string {
  const file = at.filename ?? "";
  const pointer = at.pointer === undefined ? "" : ` (at ${at.pointer === "" ? "/" : at.pointer})`;
  if (at.line !== undefined) return `${file}${file ? ":" : ""}${at.line}:${at.column ?? 1}${pointer}: `;
  if (at.pointer !== undefined)
    return `${file}${file ? " " : ""}at ${at.pointer === "" ? "/" : at.pointer}: `;
  return file ? `${file}: ` : "";
}

export type PlanErrorCode = "prune-needs-current" | "state-needs-script" | "invalid-option";

/** Options of `planSecrets` or `validateBulkPatch` that cannot give an honest answer (a caller bug, not bad input). */
export class PlanError extends Error {
  override name = "PlanError";
  readonly code: PlanErrorCode;
  constructor(code: PlanErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

export type SecretsStateErrorCode = "invalid-state" | "insecure-permissions" | "io";

/** A fingerprint state file that cannot be read or trusted. */
export class SecretsStateError extends Error {
  override name = "SecretsStateError";
  readonly code: SecretsStateErrorCode;
  readonly pointer: string | undefined;
  constructor(code: SecretsStateErrorCode, message: string, pointer?: string) {
    super(pointer === undefined ? message : `at ${pointer || "/"}: ${message}`);
    this.code = code;
    this.pointer = pointer;
  }
}

/** Describes what was found without showing it: a JSON type name. */
export function describeType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}
