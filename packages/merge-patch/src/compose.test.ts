import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { apply } from "./apply.js";
import { compose } from "./compose.js";
import { MergePatchError } from "./errors.js";
import { formatPointer } from "./pointer.js";
import {
  canonical,
  deepFreeze,
  expectNoPollution,
  hostileName,
  isObject,
  json,
} from "./test-support/arbitraries.js";
import { chain, readChain, wide } from "./test-support/deep.js";
import type { JsonObject, JsonValue } from "./types.js";

/**
 * Independent statement of when no single patch equals p1-then-p2 (shared/docs/merge-patch.md §4): some
 * place where p2 holds an object (reached through p2's objects) is set by p1 to null, a scalar or an array.
 * Returns the first such pointer in p2's document order, or null.
 */
function firstUncomposable(p1: JsonValue | undefined, p2: JsonValue, path: string[] = []): string | null {
  if (!isObject(p2) || p1 === undefined) return null;
  if (!isObject(p1)) return formatPointer(path);
  for (const k of Object.keys(p2)) {
    const v2 = p2[k] as JsonValue;
    const found = isObject(v2)
      ? firstUncomposable(Object.hasOwn(p1, k) ? p1[k] : undefined, v2, [...path, k])
      : null;
    if (found !== null) return found;
  }
  return null;
}

function outcome(fn: () => JsonValue): { value: JsonValue } | { code: string; pointer: string } {
  try {
    return { value: fn() };
  } catch (error) {
    if (!(error instanceof MergePatchError)) throw error;
    return { code: error.code, pointer: error.pointer };
  }
}

function containers(value: JsonValue, into = new Set<object>()): Set<object> {
  if (typeof value === "object" && value !== null) {
    into.add(value);
    for (const member of Object.values(value)) containers(member, into);
  }
  return into;
}

const { value } = json(hostileName);

describe("compose rules (shared/docs/merge-patch.md §4)", () => {
  it.each([
    ["non-object second wins", { p1: '{"a":1}', p2: "[2]", want: "[2]" }],
    ["second's null overrides", { p1: '{"a":{"b":1}}', p2: '{"a":null}', want: '{"a":null}' }],
    ["both objects merge", { p1: '{"a":{"b":1}}', p2: '{"a":{"c":null}}', want: '{"a":{"b":1,"c":null}}' }],
    ["new names keep their nulls", { p1: "{}", p2: '{"a":{"b":null}}', want: '{"a":{"b":null}}' }],
    [
      "__proto__ is data",
      { p1: '{"__proto__":{"x":1}}', p2: '{"__proto__":{"y":2}}', want: '{"__proto__":{"x":1,"y":2}}' },
    ],
  ])("%s", (_rule, { p1, p2, want }) => {
    expect(canonical(compose(JSON.parse(p1), JSON.parse(p2)))).toBe(canonical(JSON.parse(want)));
    expectNoPollution();
  });

  it.each([
    ['{"a":null}', '{"a":{"b":1}}', "/a"],
    ['{"a":1}', '{"a":{"b":null,"c":1}}', "/a"],
    ['{"a":[1]}', '{"a":{"c":1}}', "/a"],
    ["[]", '{"x":1}', ""],
    ['{"a":{"b":"x"}}', '{"a":{"b":{}}}', "/a/b"],
  ])("%s then %s is UNREPRESENTABLE at %s", (p1, p2, pointer) => {
    expect(outcome(() => compose(JSON.parse(p1), JSON.parse(p2)))).toEqual({
      code: "UNREPRESENTABLE",
      pointer,
    });
  });

  it("rejects non-JSON in either patch", () => {
    expect(outcome(() => compose({ a: Number.NaN } as never, {}))).toEqual({
      code: "NOT_JSON",
      pointer: "/a",
    });
    expect(outcome(() => compose({}, [undefined] as never))).toEqual({ code: "NOT_JSON", pointer: "/0" });
  });
});

describe("compose properties", () => {
  it("equals applying both in turn, for every target tried; throws exactly when the predicate says so", () => {
    fc.assert(
      fc.property(value, value, fc.array(value, { maxLength: 3 }), (p1, p2, targets) => {
        const before = canonical([p1, p2]);
        const want = firstUncomposable(p1, p2);
        const got = outcome(() => compose(deepFreeze(p1), deepFreeze(p2)));
        if (want !== null) {
          expect(got).toEqual({ code: "UNREPRESENTABLE", pointer: want });
          return;
        }
        expect(got).toHaveProperty("value");
        const composed = (got as { value: JsonValue }).value;
        // The patches themselves make good targets: they share names with both.
        for (const t of [...targets, p1, p2, {}, null]) {
          expect(canonical(apply(t, composed))).toBe(canonical(apply(apply(t, p1), p2)));
        }
        // A fresh value: no object or array of either patch is reused.
        const inputs = containers(p1, containers(p2));
        for (const part of containers(composed)) expect(inputs.has(part)).toBe(false);
        expect(canonical([p1, p2])).toBe(before);
        expectNoPollution();
      }),
      { numRuns: 500 },
    );
  });

  it("is associative where defined", () => {
    fc.assert(
      fc.property(value, value, value, (p, q, r) => {
        const left = outcome(() => compose(compose(p, q), r));
        const right = outcome(() => compose(p, compose(q, r)));
        if ("value" in left && "value" in right) expect(canonical(left.value)).toBe(canonical(right.value));
      }),
      { numRuns: 200 },
    );
  });
});

describe("compose scale", () => {
  it("depth 100,000: merges deep patches and points at a deep conflict", () => {
    const merged = compose(chain(100_000, 1), chain(100_000, 2));
    expect(readChain(merged)).toEqual({ depth: 100_000, leaf: 2 });
    expect(outcome(() => compose(chain(100_000, 1), chain(100_000, { x: 1 })))).toEqual({
      code: "UNREPRESENTABLE",
      pointer: `${"/a".repeat(100_000)}/leaf`,
    });
  });

  it("50,000 members on each side", () => {
    const merged = compose(
      wide(50_000, (i) => ({ w: i })),
      wide(50_000, (i) => (i % 2 ? null : { v: i })),
    ) as JsonObject;
    expect(Object.keys(merged)).toHaveLength(50_000);
    expect(merged.k1).toBeNull();
    expect(merged.k2).toEqual({ w: 2, v: 2 });
  });
});
