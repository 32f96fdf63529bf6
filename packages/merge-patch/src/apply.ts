import { isJsonObject, type JsonValue } from "./json.js";

/**
 * RFC 7396 §2 MergePatch(Target, Patch). Placeholder for the workspace foundation: the full engine
 * (immutable, stack-safe, special keys as data) is its own issue.
 */
export function apply(target: JsonValue | undefined, patch: JsonValue): JsonValue {
  if (!isJsonObject(patch)) return patch;
  const result: { [key: string]: JsonValue } = isJsonObject(target) ? { ...target } : {};
  for (const key of Object.keys(patch)) {
    const value = patch[key] as JsonValue;
    if (value === null) delete result[key];
    else result[key] = apply(result[key], value);
  }
  return result;
}
