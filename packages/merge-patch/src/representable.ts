import { MergePatchError } from "./errors.js";
import { assertJson } from "./json.js";
import { isJsonObject } from "./members.js";
import { formatPointer } from "./pointer.js";
import type { JsonObject } from "./types.js";

/**
 * RFC 7396 §1/§2: a merge patch can delete members but never create a `null` one, and an object patch
 * merged into a non-object starts from `{}`. So `target` is reachable from a non-object exactly when it is
 * JSON and has no `null` member reached through objects (arrays are whole values: nulls inside them are
 * data). Throws `NOT_JSON` or `UNREPRESENTABLE` at the first offending place (document order).
 */
export function assertFreshObject(value: JsonObject, base: string[]): void {
  assertJson(value, "target", () => base);
  const objects: JsonObject[] = [value];
  const names: string[][] = [Object.keys(value)];
  const positions: number[] = [0];
  const path = [...base];
  while (objects.length > 0) {
    const top = objects.length - 1;
    const i = positions[top] as number;
    const keys = names[top] as string[];
    if (i === keys.length) {
      objects.pop();
      names.pop();
      positions.pop();
      path.pop();
      continue;
    }
    positions[top] = i + 1;
    const name = keys[i] as string;
    const member = (objects[top] as JsonObject)[name];
    if (member === null) throw nullMember([...path, name]);
    if (isJsonObject(member)) {
      objects.push(member);
      names.push(Object.keys(member));
      positions.push(0);
      path.push(name);
    }
  }
}

/** The `UNREPRESENTABLE` error of `diff` for a `null` member of the target at `path`. */
export function nullMember(path: string[]): MergePatchError {
  return new MergePatchError(
    "UNREPRESENTABLE",
    "target",
    formatPointer(path),
    "expected no null member here (source has none at this place), found null: a merge patch can delete " +
      "a member but never create a null one (RFC 7396 §1), so no exact patch exists",
  );
}
