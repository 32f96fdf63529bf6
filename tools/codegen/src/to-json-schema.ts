/**
 * Turns an OpenAPI Schema Object into a JSON Schema 2020-12 document that ajv compiles strictly.
 * OpenAPI 3.1 schemas already are 2020-12 (OAS 3.1 §4.8.24) apart from annotation keywords; OpenAPI 3.0
 * schemas need `nullable` (OAS 3.0 §4.7.24.1), boolean `exclusiveMinimum`/`exclusiveMaximum` and "siblings
 * of `$ref` are ignored" translated. Component refs are rewritten to the components' ajv `$id`s.
 * Iterative (explicit stack) so that no schema depth can overflow the call stack. Never mutates its input.
 */
import { CodegenError } from "./errors.js";
import { escapeToken, refTokens } from "./json-pointer.js";

/** Each component schema is its own ajv schema with this `$id` prefix, so its compiled function is shared. */
export const SCHEMA_BASE = "https://patchbay.invalid/schemas/";

export function componentId(name: string): string {
  return `${SCHEMA_BASE}${encodeURIComponent(name)}`;
}

export interface NormalizeOptions {
  /** "3.0" applies the OAS 3.0 translations above. */
  dialect: "3.0" | "3.1";
  /** Keep `discriminator` (without `mapping`, which ajv does not support) next to `oneOf`. */
  keepDiscriminator: boolean;
}

const SCHEMA_KEYWORDS = new Set([
  "not",
  "if",
  "then",
  "else",
  "items",
  "additionalProperties",
  "additionalItems",
  "contains",
  "propertyNames",
  "unevaluatedProperties",
  "unevaluatedItems",
  "contentSchema",
]);
const SCHEMA_ARRAY_KEYWORDS = new Set(["allOf", "anyOf", "oneOf", "prefixItems"]);
const SCHEMA_MAP_KEYWORDS = new Set([
  "properties",
  "patternProperties",
  "dependentSchemas",
  "$defs",
  "definitions",
]);
/** Annotations ajv's strict mode would reject as unknown keywords; they never affect validation. */
const DROPPED_KEYWORDS = new Set(["example", "xml", "externalDocs"]);

type Slot = { src: unknown; assign: (value: unknown) => void };

export function toJsonSchema(schema: unknown, options: NormalizeOptions): unknown {
  let root: unknown;
  const stack: Slot[] = [{ src: schema, assign: (v) => (root = v) }];
  while (stack.length > 0) {
    const { src, assign } = stack.pop() as Slot;
    if (src === null || typeof src !== "object" || Array.isArray(src)) {
      assign(src); // boolean schemas (3.1) and stray values pass through as they are
      continue;
    }
    const input = src as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    assign(out);
    if (typeof input.$ref === "string") {
      out.$ref = rewriteRef(input.$ref);
      // OAS 3.0 §4.7.24: "This object cannot be extended with additional properties", siblings are ignored.
      if (options.dialect === "3.0") continue;
    }
    for (const [key, value] of Object.entries(input)) {
      if (key === "$ref" || DROPPED_KEYWORDS.has(key) || key.startsWith("x-")) continue;
      if (key === "discriminator") {
        if (options.keepDiscriminator && Array.isArray(input.oneOf) && isObject(value)) {
          out.discriminator = { propertyName: value.propertyName };
        }
        continue;
      }
      // Children are filled in when popped; placeholders keep the input's key order.
      if (SCHEMA_KEYWORDS.has(key)) {
        out[key] = undefined;
        stack.push({ src: value, assign: (v) => (out[key] = v) });
      } else if (SCHEMA_ARRAY_KEYWORDS.has(key) && Array.isArray(value)) {
        const arr: unknown[] = new Array(value.length);
        out[key] = arr;
        value.forEach((item, i) => {
          stack.push({ src: item, assign: (v) => (arr[i] = v) });
        });
      } else if (SCHEMA_MAP_KEYWORDS.has(key) && isObject(value)) {
        const map: Record<string, unknown> = {};
        out[key] = map;
        for (const [name, sub] of Object.entries(value)) {
          Object.defineProperty(map, name, dataProperty(undefined));
          stack.push({ src: sub, assign: (v) => Object.defineProperty(map, name, dataProperty(v)) });
        }
      } else {
        out[key] = value;
      }
    }
    if (options.dialect === "3.0") translate30(out);
  }
  return root;
}

/** `map[name] = v` would call the `__proto__` setter; a property named "__proto__" is data here. */
function dataProperty(value: unknown): PropertyDescriptor {
  return { value, enumerable: true, writable: true, configurable: true };
}

function translate30(out: Record<string, unknown>): void {
  for (const [flag, bound] of [
    ["exclusiveMinimum", "minimum"],
    ["exclusiveMaximum", "maximum"],
  ] as const) {
    if (typeof out[flag] === "boolean") {
      if (out[flag] === true && typeof out[bound] === "number") {
        out[flag] = out[bound];
        delete out[bound];
      } else delete out[flag];
    }
  }
  if (out.nullable === true) {
    if (typeof out.type === "string") out.type = [out.type, "null"];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  }
  delete out.nullable;
}

/** `#/components/schemas/X/…` → `https://patchbay.invalid/schemas/X#/…`; nothing else can be a schema here. */
export function rewriteRef(ref: string): string {
  const [section, kind, name, ...rest] = refTokens(ref);
  if (section !== "components" || kind !== "schemas" || name === undefined) {
    throw new CodegenError(
      "unresolved-ref",
      `a schema $ref must point into #/components/schemas, found ${ref}`,
    );
  }
  const fragment = rest.map((t) => `/${encodeURIComponent(escapeToken(t))}`).join("");
  return fragment === "" ? componentId(name) : `${componentId(name)}#${fragment}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
