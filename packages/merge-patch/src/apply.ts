import { cloneJson } from "./clone.js";
import { MergePatchError } from "./errors.js";
import { assertJson } from "./json.js";
import { isPlainObject } from "./json-kind.js";
import { isJsonObject, SMALL_OBJECT, setMember, shallowCopy } from "./members.js";
import { formatPointer } from "./pointer.js";
import type { JsonObject, JsonValue, MergePatch } from "./types.js";

interface Link {
  name: string;
  parent: Link | null;
}

export interface ApplyOptions {
  /**
   * Skip the JSON check of the parts of `target` the patch does not touch (default `false`: the whole
   * target is checked, which costs a walk of the whole document). The patch is always checked in full,
   * and every target object that gets copied is still checked to be a plain object. Meant for documents
   * that are known to be JSON, e.g. from `JSON.parse` or from an earlier `apply`: untouched subtrees are
   * returned by reference whatever they hold.
   */
  trustTarget?: boolean;
}

/**
 * RFC 7396 §2 MergePatch(Target, Patch), immutable and stack-safe.
 *
 * - `target` may be any JSON value, or `undefined` for "absent"; `patch` any JSON value.
 * - Neither input is mutated. Unpatched subtrees of `target` come back by reference; every object on a
 *   patched path is a shallow copy; values taken from `patch` are deep copies (the result never aliases it).
 * - Existing members keep their position; new members follow in patch order.
 * - `__proto__`, `constructor`, `prototype` are ordinary member names: own data, prototypes untouched.
 * - Throws `MergePatchError` `NOT_JSON` (with the pointer) when either input is not JSON.
 *
 * The typed overload returns the target's type: like `Partial<T>`, it trusts the patch to keep a `T`.
 */
export function apply(target: undefined, patch: JsonValue, options?: ApplyOptions): JsonValue;
export function apply<T>(target: T, patch: MergePatch<NoInfer<T>>, options?: ApplyOptions): T;
export function apply(target: unknown, patch: unknown, options?: ApplyOptions): unknown {
  if (target !== undefined && options?.trustTarget !== true) assertJson(target, "target");
  assertJson(patch, "patch");
  return mergePatch(target as JsonValue | undefined, patch);
}

/** RFC 7396 §2 on already-checked inputs (also used by `toJsonPatch`). */
export function mergePatch(target: JsonValue | undefined, patch: JsonValue): JsonValue {
  // "If Patch is not an Object: return Patch" (copied, so the caller's patch stays unaliased).
  if (!isJsonObject(patch)) return cloneJson(patch);
  // "If Target is not an Object: Target = {}". The copy has own data members only, `__proto__` included.
  const root: JsonObject = isJsonObject(target) ? copyFor(target, patch, null) : {};
  // Top-down worklist: each output object is our own fresh copy, so it can be filled after it is linked
  // into its parent; no recursion, any depth.
  const outputs: JsonObject[] = [root];
  const patches: JsonObject[] = [patch];
  // Parent links (not arrays: copying paths would be quadratic in depth), only to name the place of a
  // non-plain target object met under `trustTarget`.
  const paths: (Link | null)[] = [null];
  while (outputs.length > 0) {
    const out = outputs.pop() as JsonObject;
    const members = patches.pop() as JsonObject;
    const path = paths.pop() as Link | null;
    for (const name of Object.keys(members)) {
      const value = members[name] as JsonValue;
      if (value === null) {
        // "If Value is null: if Name exists in Target: remove the Name/Value pair" (own members only).
        // Small copies already left such names out (see copyFor); this deletes from large ones.
        if (Object.hasOwn(out, name)) delete out[name];
      } else if (isJsonObject(value)) {
        const current = Object.hasOwn(out, name) ? out[name] : undefined;
        const at: Link = { name, parent: path };
        const child: JsonObject = isJsonObject(current) ? copyFor(current, value, at) : {};
        setMember(out, name, child);
        outputs.push(child);
        patches.push(value);
        paths.push(at);
      } else {
        setMember(out, name, cloneJson(value));
      }
    }
  }
  return root;
}

/**
 * The shallow copy of a target object that `patch` is merged into, refusing class instances (spreading a
 * `Date` would give `{}`). Names the patch deletes are left out of small copies rather than deleted
 * afterwards: in V8, `delete` of any but the last-added member turns an object into a slow dictionary
 * (measured 2x slower for the copy, and every later read of the result pays too). Large objects are
 * dictionaries anyway, where `delete` is cheap and a per-name lookup in the patch is not.
 */
function copyFor(target: JsonObject, patch: JsonObject, at: Link | null): JsonObject {
  if (!isPlainObject(target)) {
    const path: string[] = [];
    for (let link = at; link !== null; link = link.parent) path.push(link.name);
    path.reverse();
    throw new MergePatchError(
      "NOT_JSON",
      "target",
      formatPointer(path),
      "expected a plain object, found a class instance",
    );
  }
  const names = Object.keys(target);
  if (names.length > SMALL_OBJECT || !deletesAny(patch, target)) return shallowCopy(target, names);
  const out: JsonObject = {};
  for (const name of names) {
    // `=== null` first (cheap, and rare); `hasOwn` so an inherited name never counts as a deletion.
    if (patch[name] === null && Object.hasOwn(patch, name)) continue;
    setMember(out, name, target[name] as JsonValue);
  }
  return out;
}

/** Whether `patch` deletes (RFC 7396 §2: a null value) a member `target` has. */
function deletesAny(patch: JsonObject, target: JsonObject): boolean {
  for (const name in patch) {
    if (patch[name] === null && Object.hasOwn(patch, name) && Object.hasOwn(target, name)) return true;
  }
  return false;
}
