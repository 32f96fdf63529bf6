import fc from "fast-check";
import type { JsonObject, JsonValue } from "../types.js";

/** Names that break naive merges: prototype accessors and methods, pointer metacharacters, non-ASCII. */
export const HOSTILE_NAMES = [
  "__proto__",
  "constructor",
  "prototype",
  "hasOwnProperty",
  "toString",
  "valueOf",
  "",
  "a/b",
  "~1",
  "~0/",
  "é",
  "日本",
  "😀",
] as const;

/** Member names with hostile ones mixed in; a small pool of plain names makes inputs overlap. */
export const hostileName = fc.oneof(
  fc.constantFrom(...HOSTILE_NAMES),
  fc.constantFrom("a", "b", "c"),
  fc.string({ unit: "binary", maxLength: 3 }),
);

/** Names that are none of Object.prototype's (for oracles and libraries that are not prototype-safe). */
export const plainName = fc.oneof(
  fc.constantFrom("a", "b", "c", "", "a/b", "~1", "é"),
  fc.string({ unit: "binary", maxLength: 3 }).filter((name) => !(name in Object.prototype)),
);

export const scalar = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -3, max: 3 }),
  // -0 is excluded: JSON text cannot tell it from 0, but vitest's toEqual can.
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
  fc.string({ maxLength: 3 }),
);

/** JSON values whose objects are built with Object.fromEntries, so "__proto__" becomes an own member. */
export function json(
  name: fc.Arbitrary<string> = hostileName,
  leaf: fc.Arbitrary<JsonValue> = scalar,
): {
  value: fc.Arbitrary<JsonValue>;
  object: fc.Arbitrary<JsonObject>;
} {
  const tree = fc.letrec<{ value: JsonValue; array: JsonValue[]; object: JsonObject }>((tie) => ({
    value: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      leaf,
      tie("array"),
      tie("object"),
      tie("object"),
    ),
    array: fc.array(tie("value"), { maxLength: 3 }),
    object: fc
      .array(fc.tuple(name, tie("value")), { maxLength: 4 })
      .map((entries) => Object.fromEntries(entries) as JsonObject),
  }));
  return { value: tree.value, object: tree.object };
}

/** Recursively freezes a (small) test value, so any mutation attempt throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const member of Object.values(value)) deepFreeze(member);
    Object.freeze(value);
  }
  return value;
}

/** A copy that shares nothing (JSON round trip keeps own "__proto__" members as own data). */
export function snapshot<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Throws if Object.prototype gained members (global pollution). */
export function expectNoPollution(): void {
  const probe: Record<string, unknown> = {};
  if (probe.polluted !== undefined || probe.x !== undefined || Object.keys(Object.prototype).length > 0) {
    throw new Error("Object.prototype was polluted");
  }
}

/** JSON text with members sorted at every level: equality that sees own "__proto__" members, order-free. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isObject(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, v[k]]),
        )
      : v,
  );
}

/** Scalars plus, now and then, something JSON cannot hold (typed as JSON to get it past the compiler). */
export const poisonedLeaf = fc.oneof(
  { weight: 12, arbitrary: scalar },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(Number.NaN, undefined, () => 1, 1n, new Date(0)) },
) as fc.Arbitrary<JsonValue>;
