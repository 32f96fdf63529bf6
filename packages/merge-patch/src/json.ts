import { MergePatchError } from "./errors.js";
import { isJsonTree } from "./json-fast.js";
import { ARRAY, classify, isFlatJsonArray, SCALAR } from "./json-kind.js";
import { formatPointer } from "./pointer.js";
import type { JsonValue } from "./types.js";

/** Depth from which the walk tracks its ancestors (see assertJson). */
const DEEP_MODE = 64;

type Path = readonly (string | number)[];
type Names = readonly (string[] | null)[];

export const EXPECTED =
  "expected a JSON value (null, boolean, finite number, string, array or plain object), found";

/**
 * The JSON check: throws `NOT_JSON` with the RFC 6901 pointer of the first non-JSON value (RFC 8259) met in
 * document order. A bounded-recursion fast walk answers yes/no; on "no" (and for subtrees deeper than its
 * limit) an iterative walk with an explicit stack finds the place, so any depth is fine. Shared subtrees
 * (a DAG) are allowed, cycles are not (only ancestors are tracked). `base` gives the path of `value` inside
 * its argument, for checks of subtrees; it is only called when reporting.
 */
export function assertJson(value: unknown, argument: string, base?: () => Path): asserts value is JsonValue {
  const kind = classify(value);
  if (kind === SCALAR) return;
  if (typeof kind === "string") {
    throw new MergePatchError("NOT_JSON", argument, formatPointer(base?.() ?? []), `${EXPECTED} ${kind}`);
  }
  const root = value as object;
  if (kind === ARRAY && isFlatJsonArray(root as unknown[])) return;
  // Valid JSON (the common case) is confirmed by the fast walk; the precise walk below then only runs to
  // name the place of an error (or for subtrees deeper than the fast walk's recursion limit).
  if (isJsonTree(root, (subtree) => walkJson(subtree, argument))) return;
  walkJson(root, argument, base);
}

/** The precise, iterative JSON check of a container (see `assertJson`); throws at the first non-JSON value. */
function walkJson(root: object, argument: string, base?: () => Path): void {
  const kind = classify(root);
  if (typeof kind === "string") {
    throw new MergePatchError("NOT_JSON", argument, formatPointer(base?.() ?? []), `${EXPECTED} ${kind}`);
  }
  // Parallel arrays instead of frame objects: fewer allocations on large documents.
  const nodes: object[] = [root];
  const names: (string[] | null)[] = [kind === ARRAY ? null : Object.keys(root)];
  const positions: number[] = [0];
  // Cycle detection costs a Set operation per container, so it only starts below DEEP_MODE levels: a
  // cycle makes the walk endlessly deep, so it is still caught (and reported at its first repetition).
  let ancestors: Set<object> | null = null;
  while (nodes.length > 0) {
    const top = nodes.length - 1;
    const node = nodes[top] as Record<string, unknown> & unknown[];
    const keys = names[top] as string[] | null;
    const i = positions[top] as number;
    if (i === (keys === null ? node.length : keys.length)) {
      nodes.pop();
      names.pop();
      positions.pop();
      if (ancestors !== null) {
        if (top > DEEP_MODE) ancestors.delete(node);
        else ancestors = null;
      }
      continue;
    }
    positions[top] = i + 1;
    const child = keys === null ? node[i] : node[keys[i] as string];
    if (typeof child === "string") continue;
    const childKind = classify(child);
    if (childKind === SCALAR) continue;
    if (typeof childKind === "string") {
      const where = currentPointer(names, positions, names.length, base);
      throw new MergePatchError("NOT_JSON", argument, where, `${EXPECTED} ${childKind}`);
    }
    const container = child as object;
    if (nodes.length > DEEP_MODE) {
      ancestors ??= new Set(nodes);
      if (ancestors.has(container)) {
        const where = cyclePointer(nodes, names, positions, base);
        throw new MergePatchError(
          "NOT_JSON",
          argument,
          where,
          `${EXPECTED} a cycle (an object containing itself)`,
        );
      }
      ancestors.add(container);
    }
    nodes.push(container);
    names.push(childKind === ARRAY ? null : Object.keys(container));
    positions.push(0);
  }
}

/**
 * Where the walk first re-entered an ancestor: the shallowest frame whose container already sits higher on
 * the stack. Only computed when reporting a cycle.
 */
function cyclePointer(
  nodes: readonly object[],
  names: Names,
  positions: readonly number[],
  base?: () => Path,
) {
  const seen = new Set<object>();
  for (let depth = 0; depth < nodes.length; depth++) {
    const node = nodes[depth] as object;
    if (seen.has(node)) return currentPointer(names, positions, depth, base);
    seen.add(node);
  }
  return currentPointer(names, positions, names.length, base);
}

/** The pointer of the member the first `depth` frames are visiting; only built when reporting an error. */
function currentPointer(names: Names, positions: readonly number[], depth: number, base?: () => Path) {
  const path: (string | number)[] = base ? [...base()] : [];
  for (let t = 0; t < depth; t++) {
    const at = (positions[t] as number) - 1;
    const keys = names[t];
    path.push(keys ? (keys[at] as string) : at);
  }
  return formatPointer(path);
}
