/**
 * @patchbay/secrets — validate, plan and render bulk Cloudflare Workers secrets changes
 * (`PATCH …/secrets-bulk`, an RFC 7396 merge patch), from .env / .dev.vars / JSON files, without
 * letting a value out. Runtime-agnostic; file I/O for the fingerprint state is in `@patchbay/secrets/node`.
 */

export { parseCurrentSecrets } from "./current-secrets.js";
export type { BulkPatchCode, Diagnostic, DiagnosticCode, Report } from "./diagnostic.js";
export { type DotenvSource, parseDotenv, parseDotenvWithSources } from "./dotenv.js";
export { serializeDotenv } from "./dotenv-serialize.js";
// Errors and the data model
export {
  PlanError,
  type PlanErrorCode,
  SecretsFileError,
  type SecretsFileErrorCode,
  SecretsStateError,
  type SecretsStateErrorCode,
} from "./errors.js";
export { isIdentifierName, reservedWordReason } from "./identifier.js";
export { desiredFromJson, isBulkBodyShape, parseJsonSecrets } from "./json-secrets.js";
export { findDuplicateMember, parseJsonText, positionOfPointer, withJsonPosition } from "./json-text.js";
export {
  type AccountPlan,
  MAX_OPERATIONS,
  MAX_SECRETS,
  MAX_VALUE_BYTES,
  MAX_VALUE_BYTES_CERTAIN,
} from "./limits.js";
export type {
  BulkPatchBody,
  CurrentSecret,
  CurrentSecrets,
  DesiredSecret,
  DesiredSecrets,
  KeyFormat,
  KeyUsage,
  SecretKeyBody,
  SecretPatchValue,
  SecretTextBody,
  SecretType,
} from "./model.js";
// Parsing
export {
  detectFormat,
  type ParseSecretsFileOptions,
  parseSecretsFile,
  type SecretsFileFormat,
} from "./parse-secrets-file.js";
export { toBulkPatch, toPatchValue } from "./patch-body.js";
export { type PlanOptions, planSecrets } from "./plan.js";
// Planning and rendering
export type {
  DeleteReason,
  Plan,
  PlanCreate,
  PlanDelete,
  PlanUnchanged,
  PlanUpdate,
  UnchangedReason,
  UpdateReason,
} from "./plan-types.js";
export { type RenderPlanOptions, renderPlan } from "./render-plan.js";

// Redaction (contract 2: the one function, from @patchbay/cloudflare-api)
export { REDACTED, redactSecrets, SENSITIVE as SENSITIVE_MEMBERS } from "./sensitive.js";
// Fingerprint state (pure; load/save with mode 0600 in "@patchbay/secrets/node")
export {
  createState,
  fingerprint,
  parseState,
  type SecretsState,
  type SettableSecret,
  serializeState,
  updateState,
} from "./state.js";
// Validation
export { type ValidateBulkPatchOptions, validateBulkPatch } from "./validate-bulk-patch.js";
