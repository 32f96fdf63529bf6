// @patchbay/cloudflare-api: generated types, Workers-safe validators and operation table for
// specs/workers-secrets.openapi.yaml, plus the hand-written typed client around them.

export {
  type CloudflareClient,
  createClient,
  type PatchScriptSecretsInput,
  type ScriptRef,
  type SecretsPatchContentType,
  type SecretsPatchResult,
} from "./client.js";
export type { ApiMessage } from "./envelope.js";
export {
  type ApiErrorDetails,
  ClientConfigError,
  type ClientErrorCode,
  CloudflareApiError,
  CloudflareClientError,
  type RequestIssue,
  RequestValidationError,
  TransportError,
} from "./errors.js";
export * from "./generated/index.js";
export { KNOWN_ERROR_HINTS } from "./hints.js";
export type { ClientLogEvent } from "./log-event.js";
export { type ClientOptions, type Credentials, DEFAULT_BASE_URL, DEFAULT_USER_AGENT } from "./options.js";
export { REDACTED, redactSecrets, SENSITIVE_MEMBERS } from "./redact.js";
export { type BackoffOptions, DEFAULT_BACKOFF } from "./retry.js";
// Value-based scrubbing of free text written by others (server echoes, other libraries' messages).
export { collectSensitiveStrings, scrubText } from "./scrub.js";
