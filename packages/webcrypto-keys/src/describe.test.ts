import { fc, test } from "@fast-check/vitest";
import { expect, describe as group, it } from "vitest";
import { describe, escapeToken, oneOf, own, pointer } from "./describe.js";

group("RFC 6901 pointers", () => {
  it.each([
    ["plain tokens", { given: ["usages", 1], want: "/usages/1" }],
    ["'/' is escaped as ~1 (§3)", { given: ["a/b"], want: "/a~1b" }],
    ["'~' is escaped as ~0 (§3)", { given: ["m~n"], want: "/m~0n" }],
    ["'~1' literally stays distinct", { given: ["~1"], want: "/~01" }],
    ["the empty token", { given: [""], want: "/" }],
  ])("%s", (_name, { given, want }) => {
    expect(pointer(...given)).toBe(want);
  });

  test.prop([fc.string()])("unescaping (§4: ~1 then ~0) gives the token back", (token) => {
    expect(escapeToken(token).replaceAll("~1", "/").replaceAll("~0", "~")).toBe(token);
  });
});

group("describe quotes only vocabulary", () => {
  it.each([
    ["a vocabulary word", { given: "sign", vocab: ["sign"], want: '"sign"' }],
    ["a vocabulary word in another case", { given: "SIGN", vocab: ["sign"], want: '"SIGN"' }],
    [
      "any other string",
      { given: "s3cr3t-value", vocab: ["sign"], want: "an unrecognised string of 12 characters" },
    ],
    ["an empty string", { given: "", vocab: [], want: "an empty string" }],
    ["absent", { given: undefined, vocab: [], want: "nothing (member absent)" }],
    ["an array", { given: [1, 2], vocab: [], want: "an array of 2 items" }],
    ["an integer", { given: 42, vocab: [], want: "an integer" }],
  ])("%s", (_name, { given, vocab, want }) => {
    expect(describe(given, vocab)).toBe(want);
  });

  test.prop([fc.string({ minLength: 12 })])("never repeats a non-vocabulary string", (s) => {
    expect(describe(s, ["sign", "verify"]).includes(s) && !["sign", "verify"].includes(s.toLowerCase())).toBe(
      false,
    );
  });

  it("oneOf lists choices", () => {
    expect(oneOf(["a", "b", "c"])).toBe('"a", "b" or "c"');
  });

  it("own treats __proto__ as data and ignores the prototype chain", () => {
    const o = JSON.parse('{"__proto__": 1}') as Record<string, unknown>;
    expect(own(o, "__proto__")).toBe(1);
    expect(own({}, "toString")).toBeUndefined();
  });
});
