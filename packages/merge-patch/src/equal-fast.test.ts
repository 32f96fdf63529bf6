import { runInNewContext } from "node:vm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSameJson } from "./equal-fast.js";
import { RECURSION_LIMIT } from "./json-fast.js";
import { canonical, hostileName, json, poisonedLeaf, snapshot } from "./test-support/arbitraries.js";
import { chain } from "./test-support/deep.js";
import { isJsonOracle } from "./test-support/json-oracle.js";

const parse = (text: string): unknown => JSON.parse(text);

describe("isSameJson: both JSON and deep-equal, in one walk", () => {
  const poisoned = json(hostileName, poisonedLeaf).value;

  it("agrees with an independent oracle (JSON check + sorted JSON text) on arbitrary pairs", () => {
    fc.assert(
      fc.property(poisoned, poisoned, (a, b) => {
        const want = isJsonOracle(a) && isJsonOracle(b) && canonical(a) === canonical(b);
        expect(isSameJson(a, b)).toBe(want);
      }),
      { numRuns: 400 },
    );
  });

  it("is true for a value and its independent copy, hostile names included", () => {
    fc.assert(
      fc.property(json(hostileName).value, (a) => {
        expect(isSameJson(a, snapshot(a))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ["member order is irrelevant", '{"a":1,"b":[2]}', '{"b":[2],"a":1}', true],
    ["array order matters", "[1,2]", "[2,1]", false],
    ["an own __proto__ member is compared as data", '{"__proto__":1}', '{"__proto__":2}', false],
    ["a missing member differs", '{"a":null}', "{}", false],
    ["array vs object", "[]", "{}", false],
  ])("%s", (_rule, a, b, want) => {
    expect(isSameJson(parse(a), parse(b))).toBe(want);
  });

  it.each([
    ["0 and -0 (equal JSON numbers)", 0, -0, true],
    ["NaN (not JSON)", Number.NaN, Number.NaN, false],
    ["the same Date on both sides", [new Date(0)], [new Date(0)], false],
    ["a Date and {}", { d: new Date(0) }, { d: {} }, false],
    ["undefined on both sides", { u: undefined }, { u: undefined }, false],
    // biome-ignore lint/suspicious/noSparseArray: the hole is the case under test
    ["holes on both sides", [1, , 2], [1, , 2], false],
    ["the same function on both sides", [Math.max], [Math.max], false],
    ["plain objects of another realm", runInNewContext("({ a: [1] })"), { a: [1] }, true],
  ])("%s", (_name, a, b, want) => {
    expect(isSameJson(a, b)).toBe(want);
  });

  it("answers false (caller takes the precise path) beyond the recursion limit", () => {
    expect(isSameJson(chain(RECURSION_LIMIT - 2, 1), chain(RECURSION_LIMIT - 2, 1))).toBe(true);
    expect(isSameJson(chain(RECURSION_LIMIT + 1, 1), chain(RECURSION_LIMIT + 1, 1))).toBe(false);
  });
});
