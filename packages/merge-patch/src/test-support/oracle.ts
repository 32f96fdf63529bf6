import type { JsonObject, JsonValue } from "../types.js";

/**
 * A plain transcription of the RFC 7396 §2 pseudocode, the test oracle. It is deliberately naive
 * (recursive, `target[name]` reads, `in`), so it is only valid without special member names. It copies
 * the target object instead of changing it, so callers' values stay intact.
 *
 *   define MergePatch(Target, Patch):
 *     if Patch is an Object:
 *       if Target is not an Object:
 *         Target = {} # Ignore the contents and set it to an empty Object
 *       for each Name/Value pair in Patch:
 *         if Value is null:
 *           if Name exists in Target:
 *             remove the Name/Value pair from Target
 *         else:
 *           Target[Name] = MergePatch(Target[Name], Value)
 *       return Target
 *     else:
 *       return Patch
 */
export function oracleMergePatch(target: JsonValue | undefined, patch: JsonValue): JsonValue {
  if (isObject(patch)) {
    const result: JsonObject = isObject(target) ? { ...target } : {};
    for (const name of Object.keys(patch)) {
      const value = patch[name] as JsonValue;
      if (value === null) {
        if (name in result) delete result[name];
      } else {
        result[name] = oracleMergePatch(result[name], value);
      }
    }
    return result;
  }
  return patch;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
