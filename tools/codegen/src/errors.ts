/** Every failure the generator reports on purpose; `code` is a closed union so callers can branch on it. */
export type CodegenErrorCode =
  | "spec-unreadable"
  | "spec-syntax"
  | "spec-invalid"
  | "unresolved-ref"
  | "no-paths-matched"
  | "schema-compile"
  | "usage";

export class CodegenError extends Error {
  override readonly name = "CodegenError";
  constructor(
    readonly code: CodegenErrorCode,
    message: string,
    /** RFC 6901 pointer into the spec, when the problem has a place. */
    readonly pointer?: string,
  ) {
    super(pointer === undefined ? message : `${message} (at ${pointer})`);
  }
}
