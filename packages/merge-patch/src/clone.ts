import { isJsonObject, setMember } from "./members.js";
import type { JsonObject, JsonValue } from "./types.js";

/**
 * A deep copy of an already-checked JSON value, iterative (explicit stack) so depth does not matter.
 * Used where a result must not alias a mutable part of a caller's patch. Scalars come back as they are.
 */
export function cloneJson(value: JsonValue): JsonValue {
  if (typeof value !== "object" || value === null) return value;
  const root = emptyLike(value);
  const sources: (JsonValue[] | JsonObject)[] = [value];
  const copies: (JsonValue[] | JsonObject)[] = [root];
  while (sources.length > 0) {
    const source = sources.pop() as JsonValue[] | JsonObject;
    const copy = copies.pop() as JsonValue[] | JsonObject;
    if (Array.isArray(source)) {
      const out = copy as JsonValue[];
      for (let i = 0; i < source.length; i++) {
        const item = source[i] as JsonValue;
        if (typeof item !== "object" || item === null) {
          out[i] = item;
        } else {
          const child = emptyLike(item);
          out[i] = child;
          sources.push(item);
          copies.push(child);
        }
      }
    } else {
      const out = copy as JsonObject;
      for (const name of Object.keys(source)) {
        const item = source[name] as JsonValue;
        if (typeof item !== "object" || item === null) {
          setMember(out, name, item);
        } else {
          const child = emptyLike(item);
          setMember(out, name, child);
          sources.push(item);
          copies.push(child);
        }
      }
    }
  }
  return root;
}

function emptyLike(value: JsonValue[] | JsonObject): JsonValue[] | JsonObject {
  return isJsonObject(value) ? {} : new Array<JsonValue>(value.length);
}
