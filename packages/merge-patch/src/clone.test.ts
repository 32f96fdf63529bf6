import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cloneJson } from "./clone.js";
import { canonical, hostileName, json } from "./test-support/arbitraries.js";
import { chain, readChain } from "./test-support/deep.js";
import type { JsonValue } from "./types.js";

function containers(value: JsonValue, into = new Set<object>()): Set<object> {
  if (typeof value === "object" && value !== null) {
    into.add(value);
    for (const member of Object.values(value)) containers(member, into);
  }
  return into;
}

describe("cloneJson", () => {
  it("copies deeply: equal, sharing no object or array, special names kept as own members", () => {
    fc.assert(
      fc.property(json(hostileName).value, (value) => {
        const copy = cloneJson(value);
        expect(canonical(copy)).toBe(canonical(value));
        const originals = containers(value);
        for (const part of containers(copy)) expect(originals.has(part)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps a __proto__ member as data", () => {
    const copy = cloneJson(JSON.parse('[{"__proto__":{"x":1}}]')) as Record<string, JsonValue>[];
    expect(Object.hasOwn(copy[0] as object, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(copy[0])).toBe(Object.prototype);
  });

  it("copies depth 100,000 without recursion", () => {
    expect(readChain(cloneJson(chain(100_000, [1])))).toEqual({ depth: 100_000, leaf: [1] });
  });
});
