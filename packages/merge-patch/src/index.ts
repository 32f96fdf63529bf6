export { type ApplyOptions, apply } from "./apply.js";
export { compose } from "./compose.js";
export { diff } from "./diff.js";
export { jsonEqual } from "./equal.js";
export { MergePatchError, type MergePatchErrorCode } from "./errors.js";
export { assertJson } from "./json.js";
export { isJsonObject } from "./members.js";
export { escapeToken, formatPointer } from "./pointer.js";
export { toJsonPatch } from "./to-json-patch.js";
export type {
  JsonArray,
  JsonObject,
  JsonPatchOperation,
  JsonPrimitive,
  JsonValue,
  MergePatch,
} from "./types.js";
