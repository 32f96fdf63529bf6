import type { JsonValue } from "./types.js";

/**
 * Deep equality of two checked JSON values (RFC 8259 semantics: member order is irrelevant, array order is
 * not; `0` and `-0` are the same number). Iterative; identical references short-cut, which makes comparing
 * structurally shared documents cheap.
 */
export function jsonEqual(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  const stack: (JsonValue | undefined)[] = [a, b];
  while (stack.length > 0) {
    const y = stack.pop();
    const x = stack.pop();
    if (x === y) continue;
    if (typeof x !== "object" || typeof y !== "object" || x === null || y === null) return false;
    if (Array.isArray(x)) {
      if (!Array.isArray(y) || x.length !== y.length) return false;
      for (let i = 0; i < x.length; i++) stack.push(x[i], y[i]);
      continue;
    }
    if (Array.isArray(y)) return false;
    const names = Object.keys(x);
    if (names.length !== Object.keys(y).length) return false;
    for (const name of names) {
      if (!Object.hasOwn(y, name)) return false;
      stack.push(x[name], y[name]);
    }
  }
  return true;
}
