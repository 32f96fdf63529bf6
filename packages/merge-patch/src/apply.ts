import { cloneJson } from "./clone.js";
import { MergePatchError } from "./errors.js";
import { assertJson } from "./json.js";
import { isPlainObject } from "./json-kind.js";
import { isJsonObject, setMember, shallowCopy } from "./members.js";
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
  const root: JsonObject = isJsonObject(target) ? copyOf(target, null) : {};
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
        if (Object.hasOwn(out, name)) delete out[name];
      } else if (isJsonObject(value)) {
        const current = Object.hasOwn(out, name) ? out[name] : undefined;
        const at: Link = { name, parent: path };
        const child: JsonObject = isJsonObject(current) ? copyOf(current, at) : {};
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

/** A shallow copy of a target object, refusing class instances (spreading a `Date` would give `{}`). */
function copyOf(target: JsonObject, at: Link | null): JsonObject {
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
  return shallowCopy(target);
}
