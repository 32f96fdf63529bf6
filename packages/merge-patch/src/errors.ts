/**
 * Why an operation refused its input. Closed union: callers may `switch` on it exhaustively.
 * - `NOT_JSON`: an input holds something JSON (RFC 8259) cannot express (undefined, NaN, ±Infinity, a
 *   function, symbol, bigint, class instance, sparse-array hole or a cycle).
 * - `UNREPRESENTABLE`: no single RFC 7396 merge patch has the requested effect (see `diff`, `compose`).
 */
export type MergePatchErrorCode = "NOT_JSON" | "UNREPRESENTABLE";

/** The error every function of this package throws for bad or impossible input; never a bare TypeError. */
export class MergePatchError extends Error {
  override readonly name = "MergePatchError";
  readonly code: MergePatchErrorCode;
  /** RFC 6901 JSON Pointer of the offending member ("" = the root) inside {@link MergePatchError.argument}. */
  readonly pointer: string;
  /** Which argument the pointer refers to, e.g. `"patch"`, `"target"`, `"second"`. */
  readonly argument: string;

  constructor(code: MergePatchErrorCode, argument: string, pointer: string, message: string) {
    // The message names a place and a type, never a value: inputs may be secrets.
    super(`${argument} at "${pointer}": ${message}`);
    this.code = code;
    this.argument = argument;
    this.pointer = pointer;
  }
}
