/**
 * Structural difference of two canonical JSON Schemas (resolve.ts). It walks both trees in step: property
 * maps are compared name by name, subschemas are descended into, composition arrays pairwise when their
 * lengths match; any other keyword is compared by value. Each difference has a schema pointer (RFC 6901).
 */
import { escapeToken } from "../json-pointer.js";

export interface SchemaDifference {
  /** Pointer into the (resolved) schema where the difference sits, e.g. "/properties/secrets". */
  pointer: string;
  keyword: string;
  kind: "added" | "removed" | "changed";
  ours?: unknown;
  theirs?: unknown;
}

const SUBSCHEMA = new Set([
  "items",
  "additionalProperties",
  "not",
  "if",
  "then",
  "else",
  "contains",
  "propertyNames",
]);
const SUBSCHEMA_ARRAYS = new Set(["allOf", "anyOf", "oneOf", "prefixItems"]);
const SUBSCHEMA_MAPS = new Set(["properties", "patternProperties"]);

type Schema = Record<string, unknown>;

export function diffSchemas(ours: unknown, theirs: unknown, pointer = ""): SchemaDifference[] {
  const out: SchemaDifference[] = [];
  // Worklist, not recursion: resolved schemas can be deep.
  const work: [unknown, unknown, string][] = [[ours, theirs, pointer]];
  while (work.length > 0) {
    const [a, b, at] = work.shift() as [unknown, unknown, string];
    if (!isSchema(a) || !isSchema(b)) {
      if (!same(a, b)) out.push({ pointer: at, keyword: "", kind: "changed", ours: a, theirs: b });
      continue;
    }
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const key of keys) {
      const here = `${at}/${escapeToken(key)}`;
      const x = a[key];
      const y = b[key];
      if (x === undefined) out.push({ pointer: at, keyword: key, kind: "removed", theirs: y });
      else if (y === undefined) out.push({ pointer: at, keyword: key, kind: "added", ours: x });
      else if (SUBSCHEMA_MAPS.has(key) && isSchema(x) && isSchema(y)) {
        for (const name of [...new Set([...Object.keys(x), ...Object.keys(y)])].sort()) {
          const p = `${here}/${escapeToken(name)}`;
          if (!Object.hasOwn(x, name))
            out.push({ pointer: p, keyword: "", kind: "removed", theirs: y[name] });
          else if (!Object.hasOwn(y, name))
            out.push({ pointer: p, keyword: "", kind: "added", ours: x[name] });
          else work.push([x[name], y[name], p]);
        }
      } else if (
        SUBSCHEMA.has(key) &&
        (isSchema(x) || typeof x === "boolean") &&
        (isSchema(y) || typeof y === "boolean")
      ) {
        work.push([x, y, here]);
      } else if (SUBSCHEMA_ARRAYS.has(key) && Array.isArray(x) && Array.isArray(y) && x.length === y.length) {
        x.forEach((item, i) => {
          work.push([item, y[i], `${here}/${i}`]);
        });
      } else if (!same(x, y)) out.push({ pointer: at, keyword: key, kind: "changed", ours: x, theirs: y });
    }
  }
  const order = (d: SchemaDifference) => [d.pointer, d.keyword] as const;
  return out.sort((p, q) => {
    const [a, b] = [order(p), order(q)];
    return a[0] !== b[0] ? (a[0] < b[0] ? -1 : 1) : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
  });
}

function isSchema(value: unknown): value is Schema {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
