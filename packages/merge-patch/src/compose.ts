import { cloneJson } from "./clone.js";
import { MergePatchError } from "./errors.js";
import { assertJson } from "./json.js";
import { isJsonObject, setMember } from "./members.js";
import { formatPointer } from "./pointer.js";
import type { JsonObject, JsonValue, MergePatch } from "./types.js";

interface Frame {
  out: JsonObject;
  second: JsonObject;
  names: string[];
  next: number;
  name: string;
}

/**
 * One merge patch with the effect of applying `first` then `second` (RFC 7396 §2), for every target:
 * `apply(apply(t, first), second)` deep-equals `apply(t, compose(first, second))`.
 *
 * Such a patch does not always exist. Where `first` sets a member (or the root) to `null`, a scalar or an
 * array and `second` then sends an object there, the sequential result at that place is exactly `second`'s
 * object without its nulls, while any merge patch with an object there merges into whatever the target
 * holds. Then this throws `MergePatchError` `UNREPRESENTABLE` with the pointer of the first such place,
 * instead of silently returning a wrong patch. The result is a fresh value (no aliasing of either patch).
 */
export function compose<T = JsonValue>(
  first: MergePatch<NoInfer<T>>,
  second: MergePatch<NoInfer<T>>,
): MergePatch<T>;
export function compose(first: unknown, second: unknown): JsonValue {
  assertJson(first, "first");
  assertJson(second, "second");
  // A non-object second patch replaces the document whatever came before.
  if (!isJsonObject(second)) return cloneJson(second);
  if (!isJsonObject(first)) throw unrepresentable([]);
  // Our own deep copy of `first`, edited in place below.
  const root = cloneJson(first) as JsonObject;
  const stack: Frame[] = [{ out: root, second, names: Object.keys(second), next: 0, name: "" }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    if (frame.next === frame.names.length) {
      stack.pop();
      continue;
    }
    const name = frame.names[frame.next++] as string;
    const later = frame.second[name] as JsonValue;
    if (!isJsonObject(later) || !Object.hasOwn(frame.out, name)) {
      // null (delete) or a whole value overrides `first`; an object for a name `first` leaves alone merges
      // into the target exactly as `second` would, so it is kept as is, nulls included.
      setMember(frame.out, name, cloneJson(later));
      continue;
    }
    const earlier = frame.out[name];
    if (!isJsonObject(earlier)) {
      const path: string[] = [];
      for (let i = 1; i < stack.length; i++) path.push((stack[i] as Frame).name);
      path.push(name);
      throw unrepresentable(path);
    }
    stack.push({ out: earlier, second: later, names: Object.keys(later), next: 0, name });
  }
  return root;
}

function unrepresentable(path: string[]): MergePatchError {
  return new MergePatchError(
    "UNREPRESENTABLE",
    "second",
    formatPointer(path),
    "expected first to leave this place an object or untouched, found that it sets null, a scalar or an " +
      "array here while second merges an object into it: no single merge patch has that effect for every " +
      "target (RFC 7396 §2)",
  );
}
