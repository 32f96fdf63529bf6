import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { parseCurrentSecrets } from "./current-secrets.js";
import { SecretsFileError } from "./errors.js";
import { parseJsonSecrets } from "./json-secrets.js";
import { findDuplicateMember, locateJsonError, parseJsonText, positionOfPointer } from "./json-text.js";
import { parseState } from "./state.js";

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

/** Catches what `run` throws, so a test can assert on the error's fields. */
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe("RFC 8259 §4: a member name repeated in one object is an error, never last-one-wins", () => {
  const CANARY = "canary-dup-7f3a";
  it.each([
    [
      "flat secrets file",
      { given: `{"A": "${CANARY}1",\n "A": "${CANARY}2"}`, pointer: "/A", first: "1:2", again: "2:2" },
    ],
    [
      "bulk body shape",
      {
        given: `{"secrets": {\n  "A": {"type": "secret_text", "name": "A", "text": "${CANARY}"},\n  "A": null\n}}`,
        pointer: "/secrets/A",
        first: "2:3",
        again: "3:3",
      },
    ],
    [
      "inside a secret object (which text is sent?)",
      {
        given: `{"A": {"type": "secret_text", "text": "${CANARY}", "text": "x"}}`,
        pointer: "/A/text",
        first: "1:31",
        again: "1:58",
      },
    ],
    [
      "inside key_jwk",
      {
        given: `{"k": {"key_jwk": {"d": "${CANARY}", "d": "y"}}}`,
        pointer: "/k/key_jwk/d",
        first: "1:20",
        again: "1:44",
      },
    ],
    [
      "inside an array element",
      {
        given: '[{"name": "A"}, {"name": "B", "name": "C"}]',
        pointer: "/1/name",
        first: "1:18",
        again: "1:31",
      },
    ],
    [
      "same name written with an escape",
      { given: '{"A": 1, "\\u0041": 2}', pointer: "/A", first: "1:2", again: "1:10" },
    ],
    [
      "__proto__ twice is data twice",
      { given: '{"__proto__": 1, "__proto__": 2}', pointer: "/__proto__", first: "1:2", again: "1:18" },
    ],
    [
      "pointer tokens are escaped (RFC 6901)",
      { given: '{"a/b": {"~": 1, "~": 2}}', pointer: "/a~1b/~0", first: "1:10", again: "1:18" },
    ],
    [
      "after a BOM, columns count the text as given",
      { given: '\uFEFF{"A": 1, "A": 2}', pointer: "/A", first: "1:3", again: "1:11" },
    ],
  ])("%s", (_rule, { given, pointer, first, again }) => {
    const error = thrown(() => parseJsonText(given, "f.json")) as SecretsFileError;
    expect(error).toBeInstanceOf(SecretsFileError);
    const [line, column] = again.split(":").map(Number);
    expect({ code: error.code, pointer: error.pointer, line: error.line, column: error.column }).toEqual({
      code: "duplicate-member",
      pointer,
      line,
      column,
    });
    expect(error.message).toContain(`first at ${first}, again at ${again}`);
    expect(error.message).not.toContain(CANARY);
    expect(findDuplicateMember(given)?.pointer).toBe(pointer);
  });

  it.each([
    ["the same name in sibling objects", '{"A": {"x": 1}, "B": {"x": 2}}'],
    ["the same name at different depths", '{"x": {"x": {"x": 1}}}'],
    ["names differing only in case", '{"A": 1, "a": 2}'],
    ["a name repeated inside a string value", '{"A": "\\"A\\": 1"}'],
  ])("not a duplicate: %s", (_rule, given) => {
    expect(findDuplicateMember(given)).toBeUndefined();
    expect(() => parseJsonText(given)).not.toThrow();
  });

  it("secrets files and current lists reject duplicates with their file name", () => {
    expect(thrown(() => parseJsonSecrets('{"A": "x", "A": "y"}', "s.json"))).toMatchObject({
      code: "duplicate-member",
      filename: "s.json",
      pointer: "/A",
    });
    expect(
      thrown(() =>
        parseCurrentSecrets('[{"name": "A", "type": "secret_text", "type": "secret_key"}]', {
          filename: "c.json",
        }),
      ),
    ).toMatchObject({ code: "duplicate-member", pointer: "/0/type", line: 1, column: 39 });
  });

  it("a state file with a repeated fingerprint is not trusted", () => {
    const key = `${"A".repeat(43)}=`;
    const text = `{"version": 1, "key": "${key}", "scripts": {"w": {"A": "fp1", "A": "fp2"}}}`;
    expect(thrown(() => parseState(text))).toMatchObject({ code: "invalid-state", pointer: "/scripts/w/A" });
  });

  test.prop([fc.dictionary(fc.string(), fc.jsonValue(), { minKeys: 1 }), fc.nat(), fc.jsonValue()], {
    numRuns: 150,
  })("repeating any member of any object is found, at that member's pointer", (dict, pick, extra) => {
    const keys = Object.keys(dict);
    const name = keys[pick % keys.length] as string;
    const text = `{"doc": ${JSON.stringify(dict).slice(0, -1)}, ${JSON.stringify(name)}: ${JSON.stringify(extra)}}}`;
    const error = thrown(() => parseJsonText(text)) as SecretsFileError;
    expect(error?.code).toBe("duplicate-member");
    expect(error.pointer).toBe(`/doc/${name.replaceAll("~", "~0").replaceAll("/", "~1")}`);
  });

  test.prop([fc.json()], { numRuns: 200 })("JSON.stringify output (unique names) always parses", (text) => {
    expect(parseJsonText(text)).toEqual(JSON.parse(text));
  });
});
