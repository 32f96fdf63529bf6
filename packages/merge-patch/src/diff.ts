import { jsonEqual } from "./equal.js";
import { MergePatchError } from "./errors.js";
import { ARRAY, assertJson, classify, EXPECTED, OBJECT } from "./json.js";
import { setMember } from "./members.js";
import { formatPointer } from "./pointer.js";
import { assertFreshObject, nullMember } from "./representable.js";
import type { JsonObject, JsonValue, MergePatch } from "./types.js";

interface Frame {
  source: JsonObject;
  target: JsonObject;
  names: string[];
  next: number;
  patch: JsonObject;
  size: number;
  /** How many of target's names source has too (when all of source's, nothing is deleted). */
  matched: number;
  /** Member name in the parent frame ("" for the root). */
  name: string;
}

/** Depth from which lockstep cycles in both inputs are looked for (a cycle makes the walk endless). */
const DEEP_MODE = 64;

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
      if (current !== null) unrepresentable ??= nullMember(pathOf(stack, name));
      continue;
    }
    if (wantedKind === OBJECT && currentKind === OBJECT && current !== wanted) {
      ancestors.enter(stack, current as JsonObject, wanted as JsonObject, name);
      stack.push(frameFor(current as JsonObject, wanted as JsonObject, name));
      continue;
    }
    // Everything below is compared (or replaced) whole, so each side gets its own JSON check.
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

function frameFor(source: JsonObject, target: JsonObject, name: string): Frame {
  return { source, target, names: Object.keys(target), next: 0, patch: {}, size: 0, matched: 0, name };
}

/** Deletes what `target` lacks (RFC 7396 §2: a null value removes the name), then links into the parent. */
function finish(frame: Frame, stack: Frame[]): void {
  const names = Object.keys(frame.source);
  for (let i = 0; names.length !== frame.matched && i < names.length; i++) {
    const name = names[i] as string;
    if (Object.hasOwn(frame.target, name)) continue;
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

function pathOf(stack: readonly Frame[], name: string): string[] {
  const path: string[] = [];
  for (let i = 1; i < stack.length; i++) path.push((stack[i] as Frame).name);
  path.push(name);
  return path;
}

/**
 * Both inputs could hold the same cycle, and then the paired walk would never end. Ancestors are tracked
 * only once the stack is deep (a Set operation per frame otherwise), which still catches every cycle.
 */
class Ancestors {
  private sources: Set<object> | null = null;
  private targets: Set<object> | null = null;

  enter(stack: readonly Frame[], source: JsonObject, target: JsonObject, name: string): void {
    if (stack.length <= DEEP_MODE) return;
    this.sources ??= new Set(stack.map((frame) => frame.source));
    this.targets ??= new Set(stack.map((frame) => frame.target));
    for (const [side, set, value] of [
      ["source", this.sources, source],
      ["target", this.targets, target],
    ] as const) {
      if (set.has(value)) throw notJson(side, pathOf(stack, name), "a cycle (an object containing itself)");
      set.add(value);
    }
  }

  leave(stack: readonly Frame[], frame: Frame): void {
    if (this.sources === null || this.targets === null) return;
    if (stack.length > DEEP_MODE) {
      this.sources.delete(frame.source);
      this.targets.delete(frame.target);
    } else {
      this.sources = null;
      this.targets = null;
    }
  }
}

function notJson(argument: string, path: string[], found: string): MergePatchError {
  return new MergePatchError("NOT_JSON", argument, formatPointer(path), `${EXPECTED} ${found}`);
}
