import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringifyJson } from "./json-text.js";

const hostileKey = fc.oneof(fc.string(), fc.constantFrom("__proto__", "constructor", "prototype", ""));
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", maxDepth: 5 },
    fc.constant(null),
    fc.boolean(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.string(),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(hostileKey, tie("value"), { maxKeys: 4 }),
  ),
})).value;

describe("stringifyJson", () => {
  it("law: same text as JSON.stringify(value, null, indent) for any JSON value (hostile keys included)", () => {
    fc.assert(
      fc.property(json, fc.constantFrom(0, 2), (value, indent) => {
        expect(stringifyJson(value, indent)).toBe(JSON.stringify(value, null, indent));
      }),
      { numRuns: 300 },
    );
  });

  it("a __proto__ member parsed from JSON is printed as data", () => {
    const value = JSON.parse('{"__proto__":{"x":1},"a":[]}') as unknown;
    expect(stringifyJson(value)).toBe(JSON.stringify(value, null, 2));
    expect(stringifyJson(value)).toContain('"__proto__"');
  });

  it("prints legal JSON nested 100,000 deep, where JSON.stringify overflows the stack", () => {
    const depth = 100_000;
    const text = `${"[".repeat(depth)}${"]".repeat(depth)}`;
    const value = JSON.parse(text) as unknown;
    expect(() => JSON.stringify(value)).toThrow(RangeError);
    expect(stringifyJson(value, 0)).toBe(text);
    const pretty = stringifyJson(value, 2);
    expect(stringifyJson(JSON.parse(pretty), 0)).toBe(text);
    expect(pretty.length).toBeLessThan(text.length + 2 * 100 * 101 * 2);
  });
});
