/**
 * The error the helpers (secretKeyFromPem, secretKeyFromJwk) throw for bad input: a closed `code`, a
 * message saying what was expected and what was found (never key material), and where — a JSON Pointer
 * into the JWK, or a 1-based line of the PEM text.
 */
export type SecretKeyErrorCode =
  | "options-invalid"
  | "pem-not-found"
  | "pem-multiple"
  | "pem-encrypted"
  | "pem-unsupported"
  | "pem-base64-invalid"
  | "pem-curve-unknown"
  | "der-invalid"
  | "jwk-not-object"
  | "jwk-unrecognised";

export class SecretKeyError extends Error {
  override readonly name = "SecretKeyError";
  constructor(
    readonly code: SecretKeyErrorCode,
    message: string,
    /** RFC 6901 pointer into the input (JWK helpers); "" for the input itself. */
    readonly pointer = "",
    /** 1-based line in the PEM text, when the problem has one. */
    readonly line?: number,
  ) {
    super(message);
  }
}
