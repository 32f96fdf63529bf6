import { Ancestors } from "./diff-cycles.js";
import { type Frame, frameFor, notJson, pathOf } from "./diff-frame.js";
import { jsonEqual } from "./equal.js";
import { isSameJson } from "./equal-fast.js";
import { MergePatchError } from "./errors.js";
import { assertJson } from "./json.js";
import { ARRAY, classify, OBJECT } from "./json-kind.js";
import { setMember } from "./members.js";
import { assertFreshObject, nullMember } from "./representable.js";
import type { JsonObject, JsonValue, MergePatch } from "./types.js";

/**
 * The minimal RFC 7396 merge patch `p` with `apply(source, p)` deep-equal to `target` (`{}` when two objects
 * are equal; `target` itself when it is not an object, the only exact patch then). One walk that also does
 * the JSON check (`NOT_JSON` with the pointer), linear in the number of members: one `Object.hasOwn` per
 * name, arrays compared deeply and replaced whole.
 *
 * A merge patch can delete members but never create a `null` one (RFC 7396 §1), so an exact patch exists
 * iff every `null` member of `target` reached through objects is already `null` at the same place in
 * `source`. Otherwise this throws `MergePatchError` `UNREPRESENTABLE` with the pointer of the first such
 * member (document order). The result may share arrays and objects with `target`; it never mutates either.
 */
export function diff<T>(source: T, target: NoInfer<T>): MergePatch<T>;
export function diff(source: unknown, target: unknown): JsonValue {
  if (classify(target) !== OBJECT || classify(source) !== OBJECT || source === target) {
    assertJson(source, "source");
    assertJson(target, "target");
    if (!isObject(target)) return target;
    if (!isObject(source)) assertFreshObject(target, []);
    return source === target ? {} : target;
  }
  const root = frameFor(source as JsonObject, target as JsonObject, "");
  const stack: Frame[] = [root];
  const ancestors = new Ancestors();
  // An UNREPRESENTABLE finding waits until the walk (and so the JSON check) is complete: input that is not
  // JSON is reported as such, whatever else is wrong with it.
  let unrepresentable: MergePatchError | null = null;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    if (frame.next === frame.names.length) {
      finish(frame, stack);
      ancestors.leave(stack, frame);
      continue;
    }
    const name = frame.names[frame.next++] as string;
    const wanted = frame.target[name];
    const present = Object.hasOwn(frame.source, name);
    const current = present ? frame.source[name] : undefined;
    if (present) frame.matched++;
    // Fast path, the common case: an unchanged scalar (which is then JSON, and equal).
    if (wanted === current && isJsonScalar(wanted)) continue;
    const wantedKind = classify(wanted);
    if (typeof wantedKind === "string") throw notJson("target", pathOf(stack, name), wantedKind);
    const currentKind = present ? classify(current) : -1;
    if (typeof currentKind === "string") throw notJson("source", pathOf(stack, name), currentKind);
    if (wanted === null) {
      // What source holds here is not walked below, so it gets its own JSON check.
      if (currentKind === OBJECT || currentKind === ARRAY)
        assertJson(current, "source", () => pathOf(stack, name));
      if (current !== null) unrepresentable ??= nullMember(pathOf(stack, name));
      continue;
    }
    if (wantedKind === OBJECT && currentKind === OBJECT && current !== wanted) {
      ancestors.enter(stack, current as JsonObject, wanted as JsonObject, name);
      stack.push(frameFor(current as JsonObject, wanted as JsonObject, name));
      continue;
    }
    // Everything below is compared (or replaced) whole, so each side gets its own JSON check. The common
    // case, an unchanged array, is settled by one walk of both sides.
    if (wantedKind === ARRAY && currentKind === ARRAY && current !== wanted && isSameJson(current, wanted)) {
      continue;
    }
    const at = () => pathOf(stack, name);
    if (currentKind === OBJECT || currentKind === ARRAY) assertJson(current, "source", at);
    if (current === wanted) continue;
    if (wantedKind === OBJECT) {
      try {
        assertFreshObject(wanted as JsonObject, at());
      } catch (error) {
        if (!(error instanceof MergePatchError) || error.code !== "UNREPRESENTABLE") throw error;
        unrepresentable ??= error;
      }
    } else if (wantedKind === ARRAY) {
      assertJson(wanted, "target", at);
      if (currentKind === ARRAY && jsonEqual(current as JsonValue, wanted as JsonValue)) continue;
    }
    setMember(frame.patch, name, wanted as JsonValue);
    frame.size++;
  }
  if (unrepresentable) throw unrepresentable;
  return root.patch;
}

function isJsonScalar(value: unknown): boolean {
  const type = typeof value;
  return (
    type === "string" || type === "boolean" || value === null || (type === "number" && Number.isFinite(value))
  );
}

function isObject(value: JsonValue): value is JsonObject {
  return classify(value) === OBJECT;
}

/** Deletes what `target` lacks (RFC 7396 §2: a null value removes the name), then links into the parent. */
function finish(frame: Frame, stack: Frame[]): void {
  const names = Object.keys(frame.source);
  // Every name of source that target lacks is deleted; stop once all of them are found.
  let missing = names.length - frame.matched;
  for (let i = 0; missing > 0 && i < names.length; i++) {
    const name = names[i] as string;
    if (Object.hasOwn(frame.target, name)) continue;
    missing--;
    assertJson(frame.source[name], "source", () => pathOf(stack, name));
    setMember(frame.patch, name, null);
    frame.size++;
  }
  stack.pop();
  const parent = stack[stack.length - 1];
  if (parent && frame.size > 0) {
    setMember(parent.patch, frame.name, frame.patch);
    parent.size++;
  }
}
