// RFC 8259 value kinds, the building block of the JSON check (json.ts) and of diff's fused check.

export const SCALAR = 0;
export const ARRAY = 1;
export const OBJECT = 2;

/** RFC 8259 §3 kinds; a string result names what was found instead (a kind, never the value itself). */
export function classify(value: unknown): number | string {
  switch (typeof value) {
    case "string":
    case "boolean":
      return SCALAR;
    case "number":
      // RFC 8259 §6: "Numeric values that cannot be represented ... (such as Infinity and NaN) are not permitted."
      return Number.isFinite(value) ? SCALAR : String(value);
    case "object": {
      if (value === null) return SCALAR;
      if (Array.isArray(value)) return ARRAY;
      if (isPlainObject(value)) return OBJECT;
      const proto: unknown = Object.getPrototypeOf(value);
      const name: unknown = (proto as { constructor?: { name?: unknown } }).constructor?.name;
      return `an instance of ${typeof name === "string" && name !== "" ? name : "a class"}`;
    }
    case "undefined":
      return "undefined (or a hole in a sparse array)";
    case "bigint":
      return "a bigint";
    case "symbol":
      return "a symbol";
    default:
      return "a function";
  }
}

/** Whether an object is plain (its prototype is null or a realm's `Object.prototype`). */
export function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/**
 * Fast path for the common small array of scalars (tags, lists): no stack allocation. Anything else, or
 * any problem, goes to the full walk, which also builds the error.
 */
export function isFlatJsonArray(array: unknown[]): boolean {
  for (let i = 0; i < array.length; i++) {
    const item = array[i];
    const type = typeof item;
    if (
      !(
        type === "string" ||
        type === "boolean" ||
        item === null ||
        (type === "number" && Number.isFinite(item))
      )
    ) {
      return false;
    }
  }
  return true;
}
