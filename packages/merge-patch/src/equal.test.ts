import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonEqual } from "./equal.js";
import { hostileName, json, snapshot } from "./test-support/arbitraries.js";
import { chain } from "./test-support/deep.js";
import type { JsonValue } from "./types.js";

/** Independent reference: JSON text with sorted members. */
function sameJson(a: JsonValue, b: JsonValue): boolean {
  const sort = (_k: string, v: unknown) =>
    typeof v === "object" && v !== null && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, (v as Record<string, unknown>)[k]]),
        )
      : v;
  return JSON.stringify(a, sort) === JSON.stringify(b, sort);
}

describe("jsonEqual", () => {
  const { value } = json(hostileName);
  it("agrees with comparing sorted JSON text", () => {
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(jsonEqual(a, b)).toBe(sameJson(a, b));
        expect(jsonEqual(a, snapshot(a))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ["member order is irrelevant", '{"a":1,"b":2}', '{"b":2,"a":1}', true],
    ["array order matters", "[1,2]", "[2,1]", false],
    ["1 is not true", '{"x":1}', '{"x":true}', false],
    ["0 is not false", "[0]", "[false]", false],
    ["{} is not []", "{}", "[]", false],
    ["own __proto__ counts", '{"__proto__":1}', "{}", false],
  ])("%s", (_rule, a, b, want) => expect(jsonEqual(JSON.parse(a), JSON.parse(b))).toBe(want));

  it("compares depth 100,000 without recursion", () => {
    expect(jsonEqual(chain(100_000, 1), chain(100_000, 1))).toBe(true);
    expect(jsonEqual(chain(100_000, 1), chain(100_000, 2))).toBe(false);
  });
});
