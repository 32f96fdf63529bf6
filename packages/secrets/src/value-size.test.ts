import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { canonicalJson } from "./canonical-json.js";
import { jsonByteLength, utf8ByteLength } from "./value-size.js";

describe("sizes in UTF-8 bytes", () => {
  test.prop([fc.string({ unit: "binary" })], { numRuns: 300 })(
    "utf8ByteLength equals TextEncoder's length",
    (s) => {
      expect(utf8ByteLength(s)).toBe(new TextEncoder().encode(s).length);
    },
  );

  test.prop([fc.jsonValue()], { numRuns: 200 })("jsonByteLength equals the bytes of JSON.stringify", (v) => {
    expect(jsonByteLength(v)).toBe(new TextEncoder().encode(JSON.stringify(v)).length);
  });

  it("handles nesting deeper than the call stack", () => {
    const deep = JSON.parse(`${"[".repeat(100_000)}${"]".repeat(100_000)}`);
    expect(jsonByteLength(deep)).toBe(200_000);
    expect(canonicalJson(deep).length).toBe(200_000);
  });
});

describe("canonical JSON (RFC 8785 member order)", () => {
  test.prop([fc.jsonValue()], { numRuns: 200 })("parses back to an equal value", (v) => {
    expect(JSON.parse(canonicalJson(v))).toEqual(JSON.parse(JSON.stringify(v)));
  });

  it("sorts members by code unit and is order-independent", () => {
    expect(canonicalJson(JSON.parse('{"b":1,"a":[{"d":1,"c":2}],"__proto__":0}'))).toBe(
      '{"__proto__":0,"a":[{"c":2,"d":1}],"b":1}',
    );
  });
});
