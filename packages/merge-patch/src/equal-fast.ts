import { RECURSION_LIMIT } from "./json-fast.js";

const OBJECT_PROTOTYPE = Object.prototype;

/**
 * Whether `a` and `b` are both JSON (RFC 8259) and deep-equal (`jsonEqual` semantics: member order is
 * irrelevant, `0` equals `-0`), in one walk of both. `false` means "not both JSON and equal, or deeper than
 * {@link RECURSION_LIMIT}": the caller then takes its precise path (the JSON check with pointers, then
 * `jsonEqual`). Why: `diff` compares every unchanged array of two documents, and checking each side and
 * then comparing them took three walks where this takes one.
 */
export function isSameJson(a: unknown, b: unknown): boolean {
  return same(a, b, 0);
}

function same(a: unknown, b: unknown, depth: number): boolean {
  switch (typeof a) {
    case "string":
    case "boolean":
      return a === b;
    case "number":
      return a === b && a - a === 0;
    case "object": {
      if (a === null || b === null) return a === b;
      if (typeof b !== "object" || depth === RECURSION_LIMIT) return false;
      if (Array.isArray(a)) {
        if (!Array.isArray(b) || a.length !== b.length) return false;
        // A sparse-array hole reads as undefined and fails, as it should.
        for (let i = 0; i < a.length; i++) if (!same(a[i], b[i], depth + 1)) return false;
        return true;
      }
      if (Array.isArray(b) || !isPlain(a) || !isPlain(b)) return false;
      const x = a as Record<string, unknown>;
      const y = b as Record<string, unknown>;
      const names = Object.keys(x);
      if (names.length !== Object.keys(y).length) return false;
      for (const name of names) {
        if (!Object.hasOwn(y, name) || !same(x[name], y[name], depth + 1)) return false;
      }
      return true;
    }
    default:
      return false;
  }
}

/** Prototype `Object.prototype`, null, or another realm's `Object.prototype` (whose prototype is null). */
function isPlain(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === OBJECT_PROTOTYPE || proto === null || Object.getPrototypeOf(proto) === null;
}
