import { mergePatch } from "./apply.js";
import { cloneJson } from "./clone.js";
import { assertJson } from "./json.js";
import { isJsonObject } from "./members.js";
import { escapeToken } from "./pointer.js";
import type { JsonObject, JsonPatchOperation, JsonValue, MergePatch } from "./types.js";

/**
 * RFC 6902 operations that turn `document` into `apply(document, patch)`. Document-aware, because a
 * conversion without the document fails to apply (RFC 6902 §4.2: `remove` needs an existing member; §4.1:
 * `add` needs an existing parent): only existing members are removed, a patched member whose current value
 * is missing or not an object is added/replaced whole (its nulls pruned, as RFC 7396 §2 would), a
 * non-object root is a `replace` of `""`. Paths are RFC 6901 pointers (`~0`, `~1` escaped). Values are
 * fresh copies. Throws `NOT_JSON` like `apply`.
 */
export function toJsonPatch<T>(patch: MergePatch<NoInfer<T>>, document: T): JsonPatchOperation[];
export function toJsonPatch(patch: unknown, document: unknown): JsonPatchOperation[] {
  assertJson(patch, "patch");
  assertJson(document, "document");
  if (!isJsonObject(patch)) return [{ op: "replace", path: "", value: cloneJson(patch) }];
  if (!isJsonObject(document)) return [{ op: "replace", path: "", value: mergePatch(undefined, patch) }];
  const ops: JsonPatchOperation[] = [];
  // Preorder with explicit frames, so operations come out in patch order at any depth.
  const docs: JsonObject[] = [document];
  const patches: JsonObject[] = [patch];
  const names: string[][] = [Object.keys(patch)];
  const positions: number[] = [0];
  const prefixes: string[] = [""];
  while (docs.length > 0) {
    const top = docs.length - 1;
    const keys = names[top] as string[];
    const i = positions[top] as number;
    if (i === keys.length) {
      docs.pop();
      patches.pop();
      names.pop();
      positions.pop();
      prefixes.pop();
      continue;
    }
    positions[top] = i + 1;
    const name = keys[i] as string;
    const doc = docs[top] as JsonObject;
    const value = (patches[top] as JsonObject)[name] as JsonValue;
    const present = Object.hasOwn(doc, name);
    const path = `${prefixes[top]}/${escapeToken(name)}`;
    if (value === null) {
      if (present) ops.push({ op: "remove", path });
      continue;
    }
    const current = present ? doc[name] : undefined;
    if (isJsonObject(value) && isJsonObject(current)) {
      docs.push(current);
      patches.push(value);
      names.push(Object.keys(value));
      positions.push(0);
      prefixes.push(path);
      continue;
    }
    ops.push({ op: present ? "replace" : "add", path, value: mergePatch(undefined, value) });
  }
  return ops;
}
