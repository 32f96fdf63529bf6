import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { apply } from "./apply.js";
import { diff } from "./diff.js";
import { MergePatchError } from "./errors.js";
import { assertJson } from "./json.js";
import { formatPointer } from "./pointer.js";
import {
  canonical,
  deepFreeze,
  expectNoPollution,
  hostileName,
  isObject,
  json,
  poisonedLeaf,
  snapshot,
} from "./test-support/arbitraries.js";
import { chain, readChain, wide } from "./test-support/deep.js";
import type { JsonObject, JsonValue } from "./types.js";

/**
 * Independent statement of when an exact patch exists (shared/docs/merge-patch.md §5): every null member of
 * b reached through objects already sits, as null, at the same place in a. Returns the first offending
 * pointer in document order, or null.
 */
function firstUnrepresentable(a: JsonValue | undefined, b: JsonValue, path: string[] = []): string | null {
  if (!isObject(b)) return null;
  for (const k of Object.keys(b)) {
    const bk = b[k] as JsonValue;
    const ak = isObject(a) && Object.hasOwn(a, k) ? a[k] : undefined;
    if (bk === null && ak !== null) return formatPointer([...path, k]);
    const deeper = isObject(bk) ? firstUnrepresentable(ak, bk, [...path, k]) : null;
    if (deeper !== null) return deeper;
  }
  return null;
}

function outcome(fn: () => unknown): { value: unknown } | { code: string; pointer: string } {
  try {
    return { value: fn() };
  } catch (error) {
    if (!(error instanceof MergePatchError)) throw error;
    return { code: error.code, pointer: error.pointer };
  }
}

const { value } = json(hostileName);
/** Pairs that often overlap: independent values, and b made from a by a random patch. */
const pair = fc.oneof(
  fc.tuple(value, value),
  fc.tuple(value, value).map(([a, p]) => [a, apply(a, p)] as [JsonValue, JsonValue]),
);

describe("diff rules", () => {
  it.each([
    ["equal objects give {}", { a: '{"x":[1,{"y":null}]}', b: '{"x":[1,{"y":null}]}', want: "{}" }],
    ["equal scalars give the value", { a: "1", b: "1", want: "1" }],
    ["non-object target is the patch", { a: '{"x":1}', b: "[1]", want: "[1]" }],
    ["object target for a non-object source is the patch", { a: "[1]", b: '{"x":1}', want: '{"x":1}' }],
    ["missing members become null", { a: '{"x":1,"y":2}', b: '{"y":2}', want: '{"x":null}' }],
    ["arrays compare deeply, replaced whole", { a: '{"x":[1,2]}', b: '{"x":[1,3]}', want: '{"x":[1,3]}' }],
    ["existing null survives", { a: '{"n":null}', b: '{"n":null,"m":1}', want: '{"m":1}' }],
    ["true is not 1", { a: '{"x":1}', b: '{"x":true}', want: '{"x":true}' }],
    ["__proto__ is data", { a: "{}", b: '{"__proto__":{"x":1}}', want: '{"__proto__":{"x":1}}' }],
  ])("%s", (_rule, { a, b, want }) => {
    expect(canonical(diff(JSON.parse(a), JSON.parse(b)))).toBe(canonical(JSON.parse(want)));
    expectNoPollution();
  });

  // The inherent failures listed in shared/docs/merge-patch.md §5.
  it.each([
    ['{"x":1}', '{"x":null}', "/x"],
    ["{}", '{"n":null}', "/n"],
    ["{}", '{"o":{"p":null,"q":1}}', "/o/p"],
    ['{"o":{"q":1}}', '{"o":{"q":1,"p":null}}', "/o/p"],
    ["[1]", '{"x":null}', "/x"],
    ['{"o":null}', '{"o":{"k":null}}', "/o/k"],
    ['{"o":{"k":1}}', '{"o":null}', "/o"],
  ])("%s → %s is UNREPRESENTABLE at %s", (a, b, pointer) => {
    expect(outcome(() => diff(JSON.parse(a), JSON.parse(b)))).toEqual({ code: "UNREPRESENTABLE", pointer });
  });
});

describe("diff NOT_JSON (the check is fused into the walk)", () => {
  const bad = Number.NaN;
  it.each([
    ["in a deleted subtree of source", { x: { y: [bad] } }, {}, "source", "/x/y/0"],
    ["in a new subtree of target", {}, { x: { y: bad } }, "target", "/x/y"],
    ["in a shared subtree", undefined, undefined, "source", "/s/v"],
    ["in a compared array", { a: [1, bad] }, { a: [1, 2] }, "source", "/a/1"],
    ["at a replaced member", { a: { b: 1 } }, { a: bad }, "target", "/a"],
    ["a class instance in source", { d: new Date(0) }, { d: 1 }, "source", "/d"],
    // Found by the property below (seed 102508710): a source subtree that target sets to null.
    ["in a source subtree target nulls", { c: { a: [bad] } }, { c: null }, "source", "/c/a/0"],
    [
      "a class instance in an array both sides hold",
      { a: [new Date(0)] },
      { a: [new Date(0)] },
      "source",
      "/a/0",
    ],
  ])("%s", (_name, a, b, argument, pointer) => {
    const shared = { v: bad };
    const source = (a ?? { s: shared }) as JsonValue;
    const target = (b ?? { s: shared, t: 1 }) as JsonValue;
    expect(outcome(() => diff(source, target))).toEqual({ code: "NOT_JSON", pointer });
    try {
      diff(source, target);
    } catch (error) {
      expect((error as MergePatchError).argument).toBe(argument);
    }
  });

  it("stops on the same cycle in both inputs (shallow and deep)", () => {
    for (const depth of [1, 300]) {
      const make = () => {
        const top = chain(depth, 1) as Record<string, unknown>;
        let node = top;
        for (let i = 0; i < depth - 1; i++) node = node.a as Record<string, unknown>;
        node.a = top;
        return top as JsonObject;
      };
      expect(outcome(() => diff(make(), make()))).toMatchObject({ code: "NOT_JSON" });
    }
  });

  it("throws NOT_JSON exactly when one input fails the JSON check", () => {
    const poisoned = json(hostileName, poisonedLeaf).value;
    fc.assert(
      fc.property(poisoned, poisoned, (a, b) => {
        const valid = "value" in outcome(() => [assertJson(a, "source"), assertJson(b, "target")]);
        const got = outcome(() => diff(a, b));
        expect("code" in got && got.code === "NOT_JSON").toBe(!valid);
      }),
      { numRuns: 400 },
    );
  });
});

describe("diff properties", () => {
  it("throws exactly when the independent predicate says no patch exists; otherwise round-trips", () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const before = canonical([a, b]);
        const want = firstUnrepresentable(a, b);
        const got = outcome(() => diff(deepFreeze(a), deepFreeze(b)));
        if (want === null) {
          expect(got).toHaveProperty("value");
          const patch = (got as { value: JsonValue }).value;
          expect(canonical(apply(a, patch))).toBe(canonical(b));
        } else {
          expect(got).toEqual({ code: "UNREPRESENTABLE", pointer: want });
        }
        expect(canonical([a, b])).toBe(before);
        expectNoPollution();
      }),
      { numRuns: 500 },
    );
  });

  it("is minimal: {} for equal objects, and dropping any member of the patch breaks the round trip", () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        if (isObject(a)) expect(diff(a, snapshot(a))).toEqual({});
        const got = outcome(() => diff(a, b));
        if (!("value" in got) || !isObject(got.value) || !isObject(b)) return;
        const patch = got.value;
        for (const name of Object.keys(patch)) {
          const smaller = Object.fromEntries(Object.entries(patch).filter(([k]) => k !== name));
          expect(canonical(apply(a, smaller))).not.toBe(canonical(b));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("diff scale", () => {
  it("depth 100,000: finds the changed leaf, {} for equal, the pointer when unrepresentable", () => {
    expect(readChain(diff(chain(100_000, 1), chain(100_000, 2)) as JsonValue)).toEqual({
      depth: 100_000,
      leaf: 2,
    });
    expect(diff(chain(100_000, 1), chain(100_000, 1))).toEqual({});
    expect(outcome(() => diff(chain(100_000, 1), chain(100_000, null)))).toEqual({
      code: "UNREPRESENTABLE",
      pointer: `${"/a".repeat(100_000)}/leaf`,
    });
    expect(outcome(() => diff({}, chain(100_000, null)))).toMatchObject({ code: "UNREPRESENTABLE" });
  });

  it("50,000 members: one change, and half deleted", () => {
    const a = wide(50_000, (i) => i);
    expect(diff(a, { ...a, k777: "x" })).toEqual({ k777: "x" });
    const half = wide(25_000, (i) => i);
    const patch = diff(a, half) as JsonObject;
    expect(Object.keys(patch)).toHaveLength(25_000);
    expect(patch.k49999).toBeNull();
  });
});
