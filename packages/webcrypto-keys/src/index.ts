/**
 * @patchbay/webcrypto-keys — validate Cloudflare `secret_key` values (WebCrypto importKey) before
 * Cloudflare does, following workerd's acceptance rules or the spec's.
 */
export type {
  Diagnostic,
  DiagnosticCode,
  KeyAlgorithm,
  KeyReport,
  KeyType,
  Runtime,
  Severity,
} from "./diagnostics.js";
export { DIAGNOSTIC_CODES } from "./diagnostics.js";
export { SecretKeyError, type SecretKeyErrorCode } from "./errors.js";
export { type FromJwkOptions, secretKeyFromJwk } from "./from-jwk.js";
export { type FromPemOptions, secretKeyFromPem } from "./pem.js";
export type { SecretKey } from "./secret-key.js";
export { type ValidateOptions, validateSecretKey } from "./validate.js";
