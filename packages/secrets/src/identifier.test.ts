import { describe, expect, it } from "vitest";
import { isIdentifierName, reservedWordReason } from "./identifier.js";

describe("names are JavaScript identifiers (ECMA-262 §12.7)", () => {
  it.each([
    ["ASCII upper", { given: "API_KEY", want: true }],
    ["dollar and underscore start", { given: "$_x", want: true }],
    ["Unicode letters", { given: "café_π", want: true }],
    ["ZWNJ continue", { given: "a\u200Cb", want: true }],
    ["digit start", { given: "1KEY", want: false }],
    ["dash", { given: "MY-KEY", want: false }],
    ["dot", { given: "a.b", want: false }],
    ["space", { given: "A B", want: false }],
    ["empty", { given: "", want: false }],
    ["escape sequence is source syntax", { given: "\\u0041", want: false }],
  ])("%s", (_rule, { given, want }) => {
    expect(isIdentifierName(given)).toBe(want);
  });

  it.each([
    ["keyword", { given: "class", want: "a reserved word" }],
    ["literal", { given: "null", want: "a reserved word" }],
    ["strict-mode reserved", { given: "let", want: "reserved in strict-mode code" }],
    ["eval", { given: "eval", want: "reserved in strict-mode code" }],
    ["__proto__", { given: "__proto__", want: "the Object.prototype accessor" }],
    ["ordinary", { given: "API_KEY", want: undefined }],
    ["case matters", { given: "Class", want: undefined }],
  ])("reserved: %s", (_rule, { given, want }) => {
    expect(reservedWordReason(given)).toBe(want);
  });
});
