/**
 * Safe descriptions of user input for messages. A message may quote a value only when it belongs to a
 * known vocabulary (format names, usages, algorithm names, JWK `kty`/`alg`/`crv`/`use` values): those are
 * never key material. Anything else is described by its type and size, so no input byte can leak.
 */

/** Describe `value` for a "found …" clause, quoting it only if it is one of `vocabulary` (any case). */
export function describe(value: unknown, vocabulary: readonly string[] = []): string {
  if (value === undefined) return "nothing (member absent)";
  if (value === null) return "null";
  if (typeof value === "string") {
    const lower = value.toLowerCase();
    if (vocabulary.some((v) => v.toLowerCase() === lower)) return `"${value}"`;
    if (value.length === 0) return "an empty string";
    return `an unrecognised string of ${value.length} character${value.length === 1 ? "" : "s"}`;
  }
  if (typeof value === "number") return Number.isInteger(value) ? "an integer" : "a number";
  if (typeof value === "boolean") return "a boolean";
  if (Array.isArray(value)) return `an array of ${value.length} items`;
  if (typeof value === "object") return "an object";
  return `a value of type ${typeof value}`;
}

/** Quote a list of expected values: `"a", "b" or "c"`. */
export function oneOf(values: readonly string[]): string {
  const quoted = values.map((v) => `"${v}"`);
  if (quoted.length <= 1) return quoted.join("");
  return `${quoted.slice(0, -1).join(", ")} or ${quoted[quoted.length - 1]}`;
}

/** RFC 6901 §3: escape one reference token ("~" → "~0", "/" → "~1"). */
export function escapeToken(token: string | number): string {
  return String(token).replaceAll("~", "~0").replaceAll("/", "~1");
}

/** Build a JSON Pointer from reference tokens (RFC 6901 §3). */
export function pointer(...tokens: (string | number)[]): string {
  return tokens.map((t) => `/${escapeToken(t)}`).join("");
}

/** True for a non-null, non-array object (what JSON calls an object). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Own-property read that treats `__proto__` & co. as data (never walks the prototype chain). */
export function own(obj: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}
