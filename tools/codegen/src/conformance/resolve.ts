/**
 * Resolves an OpenAPI schema to one self-contained, canonical JSON Schema tree for comparison: `$ref`s
 * to components are inlined, OAS 3.0 is translated to 2020-12 (to-json-schema.ts), and spellings that
 * mean the same are unified, so the diff shows only differences in what is accepted.
 */
import { deref } from "../json-pointer.js";
import type { JsonObject } from "../load-spec.js";
import { toJsonSchema } from "../to-json-schema.js";

/** Annotations: they change no validation result, so the comparison ignores them. */
const ANNOTATIONS = new Set(["description", "title", "examples", "default", "$comment", "discriminator"]);

export function resolveSchema(doc: JsonObject, schema: unknown): unknown {
  const dialect = String(doc.openapi).startsWith("3.0") ? "3.0" : "3.1";
  return canonical(inline(doc, schema, dialect, []), dialect);
}

/** Inlines component `$ref`s. Recursion depth is bounded by the spec's own schema nesting; cycles stop. */
function inline(doc: JsonObject, node: unknown, dialect: string, chain: string[]): unknown {
  if (Array.isArray(node)) return node.map((n) => inline(doc, n, dialect, chain));
  if (node === null || typeof node !== "object") return node;
  const obj = node as Record<string, unknown>;
  if (typeof obj.$ref === "string") {
    const ref = obj.$ref;
    if (chain.includes(ref)) return { $recursiveRef: ref };
    const target = inline(doc, deref(doc, { $ref: ref }), dialect, [...chain, ref]);
    // OAS 3.0 ignores siblings of $ref; OAS 3.1 applies them alongside (JSON Schema 2020-12 §8.2.3.1).
    const siblings = Object.fromEntries(Object.entries(obj).filter(([k]) => k !== "$ref"));
    if (dialect === "3.0" || Object.keys(siblings).length === 0) return target;
    return { ...(inline(doc, siblings, dialect, chain) as object), allOf: [target] };
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj))
    Object.defineProperty(out, k, { value: inline(doc, v, dialect, chain), enumerable: true });
  return out;
}

function canonical(schema: unknown, dialect: "3.0" | "3.1"): unknown {
  const normalized = toJsonSchema(schema, { dialect, keepDiscriminator: false });
  return unify(normalized);
}

/**
 * Bottom-up canonical form. Each rewrite keeps the set of accepted values the same:
 * - `enum: [x]` → `const: x`; `type` next to a `const` of that type is implied, so dropped;
 * - nullability in any spelling (`type: [t, "null"]`, `oneOf`/`anyOf: [S, {const: null}]`) → `nullable: true`
 *   beside the non-null schema, so "X or null" compares with "X" as one `nullable` difference;
 * - `anyOf` whose branches are told apart by a required `const` member (a tag) → `oneOf` (they cannot overlap);
 * - annotations dropped, `required` sorted (it is a set).
 */
function unify(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(unify);
  if (node === null || typeof node !== "object") return node;
  let out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (ANNOTATIONS.has(k)) continue;
    if (k === "enum" && Array.isArray(v) && v.length === 1) out.const = v[0];
    else if (k === "required" && Array.isArray(v)) out.required = [...v].sort();
    else if (k === "properties" || k === "patternProperties") {
      // Property names are data: copy each one as a plain key without unifying the map itself.
      const map: Record<string, unknown> = {};
      for (const [name, sub] of Object.entries(v as object)) {
        Object.defineProperty(map, name, { value: unify(sub), enumerable: true });
      }
      out[k] = map;
    } else out[k] = unify(v);
  }
  if (out.type === "null" && out.const === undefined) {
    delete out.type;
    out.const = null;
  }
  if ("const" in out && typesAllow(out.type, out.const)) delete out.type;
  if (Array.isArray(out.type) && out.type.length === 2 && out.type.includes("null")) {
    out.type = out.type.find((t) => t !== "null");
    out.nullable = true;
  }
  for (const key of ["oneOf", "anyOf"]) {
    const branches = out[key];
    if (!Array.isArray(branches) || branches.length !== 2) continue;
    const nullAt = branches.findIndex((b) => isObj(b) && Object.keys(b).length === 1 && b.const === null);
    const other = branches[1 - nullAt];
    if (nullAt === -1 || !isObj(other) || Object.keys(other).some((k) => k in out && k !== key)) continue;
    const { [key]: _, ...rest } = out;
    out = { ...rest, ...other, nullable: true };
  }
  if (Array.isArray(out.anyOf) && out.oneOf === undefined && taggedUnion(out.anyOf)) {
    const { anyOf, ...rest } = out;
    out = { ...rest, oneOf: anyOf };
  }
  return out;
}

function typesAllow(type: unknown, value: unknown): boolean {
  if (type === undefined) return true;
  const actual = value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
  const types = Array.isArray(type) ? type : [type];
  return (
    types.includes(actual) || (actual === "number" && types.includes("integer") && Number.isInteger(value))
  );
}

/** True when some member is required and `const` in every branch, with distinct values. */
function taggedUnion(branches: unknown[]): boolean {
  const first = branches[0];
  if (!isObj(first) || !isObj(first.properties)) return false;
  return Object.keys(first.properties).some((tag) => {
    const values = branches.map((b) => {
      if (!isObj(b) || !isObj(b.properties) || !Array.isArray(b.required) || !b.required.includes(tag))
        return undefined;
      const p = b.properties[tag];
      return isObj(p) && "const" in p ? JSON.stringify(p.const) : undefined;
    });
    return values.every((v) => v !== undefined) && new Set(values).size === values.length;
  });
}

function isObj(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
