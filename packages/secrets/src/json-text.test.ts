import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { parseCurrentSecrets } from "./current-secrets.js";
import { SecretsFileError } from "./errors.js";
import { parseJsonSecrets } from "./json-secrets.js";
import { locateJsonError, parseJsonText, positionOfPointer } from "./json-text.js";

describe("RFC 8259 syntax errors are located", () => {
  it.each([
    ["bare word value", { given: '{"A": secretvalue}', line: 1, column: 7 }],
    ["trailing comma in object", { given: '{"A": 1,\n}', line: 2, column: 1 }],
    ["missing colon", { given: '{\n  "A" 1}', line: 2, column: 7 }],
    ["unterminated string", { given: '{"A": "abc', line: 1, column: 11 }],
    ["raw newline in string", { given: '{"A": "a\nb"}', line: 1, column: 9 }],
    ["bad escape", { given: '{"A": "\\x"}', line: 1, column: 8 }],
    ["trailing data", { given: "{} x", line: 1, column: 4 }],
    ["empty input", { given: "", line: 1, column: 1 }],
    ["unclosed array", { given: "[1, 2", line: 1, column: 6 }],
    ["single-quoted name", { given: "{'A': 1}", line: 1, column: 2 }],
  ])("%s", (_rule, { given, line, column }) => {
    let caught: unknown;
    try {
      parseJsonText(given);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SecretsFileError);
    expect({
      code: (caught as SecretsFileError).code,
      line: (caught as SecretsFileError).line,
      column: (caught as SecretsFileError).column,
    }).toEqual({
      code: "invalid-json",
      line,
      column,
    });
    expect((caught as Error).message).not.toContain("secretvalue");
  });

  it("parses valid JSON with __proto__ as data and skips a BOM", () => {
    const doc = parseJsonText('\uFEFF{"__proto__": {"x": 1}}') as object;
    expect(Object.getPrototypeOf(doc)).toBe(Object.prototype);
    expect(Object.keys(doc)).toEqual(["__proto__"]);
  });

  it("deep nesting does not overflow the locator", () => {
    expect(locateJsonError(`${"[".repeat(200_000)}x`)).toEqual({ offset: 200_000, expected: "a JSON value" });
  });

  test.prop([fc.json()], { numRuns: 200 })("agrees with JSON.parse on valid JSON", (text) => {
    expect(locateJsonError(text)).toBeUndefined();
  });

  test.prop([fc.string({ maxLength: 30 })], { numRuns: 300 })(
    "finds an error exactly when JSON.parse fails",
    (text) => {
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      expect(locateJsonError(text) === undefined).toBe(valid);
    },
  );
});

describe("positionOfPointer: JSON structure errors get a line:column", () => {
  const doc = '{\n  "A": "x",\n  "B": {\n    "text": 7\n  },\n  "a/b": [1, {"c": true}]\n}';
  it.each([
    ["root", { pointer: "", want: { line: 1, column: 1 } }],
    ["member", { pointer: "/A", want: { line: 2, column: 8 } }],
    ["nested member", { pointer: "/B/text", want: { line: 4, column: 13 } }],
    ["missing member falls back to its parent", { pointer: "/B/name", want: { line: 3, column: 8 } }],
    ["escaped token and array index", { pointer: "/a~1b/1/c", want: { line: 6, column: 20 } }],
  ])("%s", (_rule, { pointer, want }) => {
    expect(positionOfPointer(doc, pointer)).toEqual(want);
  });

  it("a duplicate member resolves to the last one, as JSON.parse does", () => {
    expect(positionOfPointer('{"A": 1,\n"A": 2}', "/A")).toEqual({ line: 2, column: 6 });
  });

  it("JSON secrets files report line:column and the pointer", () => {
    let caught: unknown;
    try {
      parseJsonSecrets('{\n  "OK": "x",\n  "A": {"type": "secret_text", "text": 7}\n}', "s.json");
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({ code: "invalid-shape", line: 3, column: 40, pointer: "/A/text" });
    expect((caught as Error).message.startsWith("s.json:3:40 (at /A/text): ")).toBe(true);
  });

  it("current secrets files too", () => {
    expect(() =>
      parseCurrentSecrets('[\n  {"name": "A", "type": "plain"}\n]', { filename: "c.json" }),
    ).toThrow(/^c\.json:2:25 \(at \/0\/type\): /);
  });
});
