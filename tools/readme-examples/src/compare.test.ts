import { describe, expect, it } from "vitest";
import { normaliseOutput, outputMatches } from "./compare.js";

describe("normaliseOutput: only what legitimately varies", () => {
  it.each([
    ["CRLF and trailing spaces", { given: "a  \r\nb\r\n\r\n", want: "a\nb" }],
    [
      "durations",
      { given: "took 12 ms, then 0.4 s and 3ms", want: "took <duration>, then <duration> and <duration>" },
    ],
    ["the scratch directory", { given: "wrote /tmp/x1/patches/p.json", want: "wrote ./patches/p.json" }],
    ["counts are not durations", { given: "8 secrets, 1 request", want: "8 secrets, 1 request" }],
  ])("%s", (_rule, { given, want }) => {
    expect(normaliseOutput(given, "/tmp/x1")).toBe(want);
  });
});

describe("outputMatches", () => {
  it.each([
    ["exact text", { expected: "a\nb", actual: "a\nb", want: true }],
    ["one character differs", { expected: "a\nb", actual: "a\nc", want: false }],
    ["… elides lines", { expected: "a\n…  (more)\nz", actual: "a\nb\nc\nz", want: true }],
    ["… elides zero lines", { expected: "a\n…\nz", actual: "a\nz", want: true }],
    ["… does not excuse a wrong last line", { expected: "a\n…\nz", actual: "a\nb\ny", want: false }],
    [
      "condensed JSON equals pretty JSON",
      { expected: '[{ "op": "add" }]', actual: '[\n  {\n    "op": "add"\n  }\n]', want: true },
    ],
    ["JSON with another value", { expected: '{"a":1}', actual: '{"a":2}', want: false }],
    ["JSON expected, text printed", { expected: '{"a":1}', actual: "error", want: false }],
    ["empty output shown, some printed", { expected: "", actual: "{}", want: false }],
  ])("%s", (_rule, { expected, actual, want }) => {
    expect(outputMatches(expected, actual)).toBe(want);
  });
});
