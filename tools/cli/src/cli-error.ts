/**
 * The CLI's own error: every failure the CLI itself detects (unreadable input, unwritable output, bad flags)
 * carries a code from this closed union, a message naming what was expected and what was found, and where
 * in the input it happened (a JSON pointer, RFC 6901, or a 1-based line:column). Messages never hold a value
 * read from the input, only its kind and position, so they are safe to print.
 */
export type CliErrorCode = "USAGE" | "INPUT_NOT_FOUND" | "INPUT_UNREADABLE" | "OUTPUT_UNWRITABLE";

export interface CliErrorDetails {
  /** The file the error is about (`-` for stdin). */
  readonly source?: string;
  /** RFC 6901 pointer into the JSON input. */
  readonly pointer?: string;
  readonly line?: number;
  readonly column?: number;
}

export class CliError extends Error {
  override readonly name = "CliError";
  readonly code: CliErrorCode;
  readonly details: CliErrorDetails;

  constructor(code: CliErrorCode, message: string, details: CliErrorDetails = {}) {
    super(message);
    this.code = code;
    this.details = details;
  }
}

/**
 * Exit codes (see README): 0 ok, 1 invalid input or failed check, 2 usage error. Errors from the libraries
 * (their own codes) and unexpected ones (reported as INTERNAL) exit 1.
 */
export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

export function exitCodeFor(code: string): number {
  return code === "USAGE" ? EXIT_USAGE : EXIT_INVALID;
}
