import { describe, expect, it } from "vitest";
import { parseDotenv, parseDotenvWithSources } from "./dotenv.js";
import { SecretsFileError } from "./errors.js";
import type { DesiredSecret } from "./model.js";

const text = (t: string): DesiredSecret => ({ kind: "text", text: t });
const entries = (src: string) => [...parseDotenv(src)];

const PEM = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIHXn\n-----END PRIVATE KEY-----";

describe("dotenv rules: accepted input", () => {
  it.each([
    ["unquoted value runs to end of line", { given: "A=hello world\n", want: [["A", text("hello world")]] }],
    ["spaces around = are syntax", { given: "A = x\n", want: [["A", text("x")]] }],
    ["export prefix", { given: "export A=1\n", want: [["A", text("1")]] }],
    ["a variable named export", { given: "export=1\n", want: [["export", text("1")]] }],
    ["comment lines and blank lines", { given: "# c\n\n  # indented\nA=1\n", want: [["A", text("1")]] }],
    ["inline comment after whitespace", { given: "A=abc # note\n", want: [["A", text("abc")]] }],
    [
      "all whitespace before # belongs to the comment",
      { given: "A=abc \t  # note\n", want: [["A", text("abc")]] },
    ],
    ["# without whitespace is data", { given: "A=a#b\n", want: [["A", text("a#b")]] }],
    [
      "empty value kept",
      {
        given: "A=\nB=''\nC=\"\"\n",
        want: [
          ["A", text("")],
          ["B", text("")],
          ["C", text("")],
        ],
      },
    ],
    ["empty value then comment", { given: "A= # none\n", want: [["A", text("")]] }],
    ["single quotes are literal", { given: "A='a\\nb \"q\"'\n", want: [["A", text('a\\nb "q"')]] }],
    [
      "double quotes decode escapes",
      { given: 'A="a\\nb\\r\\t\\\\\\""\n', want: [["A", text('a\nb\r\t\\"')]] },
    ],
    [
      "other backslashes stay as written",
      { given: 'A="C:\\Users\\x"\n', want: [["A", text("C:\\Users\\x")]] },
    ],
    ["backtick quotes are literal", { given: 'A=`it\'s "x"`\n', want: [["A", text(`it's "x"`)]] }],
    [
      "multi-line PEM in double quotes",
      {
        given: `KEY="${PEM}"\nB=2\n`,
        want: [
          ["KEY", text(PEM)],
          ["B", text("2")],
        ],
      },
    ],
    ["multi-line PEM in single quotes", { given: `KEY='${PEM}'\n`, want: [["KEY", text(PEM)]] }],
    ["leading whitespace inside quotes kept", { given: 'A="  x  "\n', want: [["A", text("  x  ")]] }],
    [
      "CRLF line endings",
      {
        given: "A=1\r\nB='x'\r\n",
        want: [
          ["A", text("1")],
          ["B", text("x")],
        ],
      },
    ],
    ["CRLF kept inside a quoted value", { given: "A='x\r\ny'\r\n", want: [["A", text("x\r\ny")]] }],
    ["no final newline", { given: "A=1", want: [["A", text("1")]] }],
    ["BOM skipped", { given: "\uFEFFA=1\n", want: [["A", text("1")]] }],
    ["unicode identifier", { given: "CAFÉ_π=1\n", want: [["CAFÉ_π", text("1")]] }],
    ["__proto__ is a plain name", { given: "__proto__=1\n", want: [["__proto__", text("1")]] }],
    ["delete directive", { given: "# patchbay:delete OLD\n", want: [["OLD", { kind: "delete" }]] }],
    [
      "delete directive, several names",
      {
        given: "#patchbay:delete A B\n",
        want: [
          ["A", { kind: "delete" }],
          ["B", { kind: "delete" }],
        ],
      },
    ],
    ["quoted value then comment", { given: 'A="x" # c\n', want: [["A", text("x")]] }],
    ["value with = inside", { given: "A=a=b\n", want: [["A", text("a=b")]] }],
  ])("%s", (_rule, { given, want }) => {
    expect(entries(given)).toEqual(want);
  });
});

describe("dotenv rules: errors carry line and column", () => {
  it.each([
    [
      "trailing whitespace is not trimmed",
      { given: "A=1\nB=abc  \n", code: "trailing-whitespace", line: 2, column: 6 },
    ],
    [
      "whitespace-only value is not trimmed to empty",
      { given: "A= \n", code: "trailing-whitespace", line: 1, column: 4 },
    ],
    ["duplicate key names both lines", { given: "A=1\n\nA=2\n", code: "duplicate-key", line: 3, column: 1 }],
    [
      "duplicate between delete and set",
      { given: "A=1\n# patchbay:delete A\n", code: "duplicate-key", line: 2, column: 1 },
    ],
    ["missing =", { given: "A=1\nBEGIN\n", code: "missing-equals", line: 2, column: 6 }],
    ["invalid name", { given: "1A=x\n", code: "invalid-key", line: 1, column: 1 }],
    ["dash in name", { given: "A-B=x\n", code: "missing-equals", line: 1, column: 2 }],
    [
      "unterminated double quote",
      { given: 'A=1\nB="abc\ndef\n', code: "unterminated-quote", line: 2, column: 3 },
    ],
    ["unterminated single quote", { given: "B='abc\n", code: "unterminated-quote", line: 1, column: 3 }],
    ["text after closing quote", { given: "A='x'y\n", code: "unexpected-character", line: 1, column: 6 }],
    [
      "line after multi-line value counted",
      { given: "A='x\ny'\nB='q' z\n", code: "unexpected-character", line: 3, column: 7 },
    ],
    ["unknown directive", { given: "# patchbay:delet A\n", code: "invalid-directive", line: 1, column: 1 }],
    [
      "delete directive without name",
      { given: "# patchbay:delete\n", code: "invalid-directive", line: 1, column: 1 },
    ],
  ])("%s", (_rule, { given, code, line, column }) => {
    let caught: unknown;
    try {
      parseDotenv(given, "test.env");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SecretsFileError);
    const e = caught as SecretsFileError;
    expect({ code: e.code, line: e.line, column: e.column }).toEqual({ code, line, column });
    expect(e.message.startsWith(`test.env:${line}:${column}: `)).toBe(true);
  });

  it("duplicate key message names both lines", () => {
    expect(() => parseDotenv("A=1\nB=2\nA=3\n")).toThrow("A is defined on line 1 and again on line 3");
  });

  it("errors never quote the offending text", () => {
    const canary = "CANARYzq8Vx3";
    for (const src of [
      `${canary}\n`,
      `A=${canary}  \n`,
      `A="${canary}`,
      `A='${canary}'${canary}\n`,
      `A=1\nA=${canary}\n`,
    ]) {
      expect(() => parseDotenv(src)).toThrow(SecretsFileError);
      try {
        parseDotenv(src);
      } catch (error) {
        expect(String((error as Error).message)).not.toContain(canary);
      }
    }
  });
});

describe("why not the dotenv package (its parse() on the same inputs)", () => {
  it.each([
    ["trims trailing whitespace", "A=x  \n"],
    ["lets a duplicate win", "A=1\nA=2\n"],
    ["skips a line without =", "A=1\nbad line\n"],
    ["keeps an unterminated quote as text", 'A="x\nB=1\n'],
  ])("dotenv %s silently; parseDotenv reports it", async (_rule, given) => {
    const { default: dotenv } = await import("dotenv");
    expect(() => dotenv.parse(given)).not.toThrow();
    expect(() => parseDotenv(given)).toThrow(SecretsFileError);
  });
});

describe("parseDotenvWithSources: each name keeps the line that set or deleted it", () => {
  it.each([
    ["plain assignment", { given: "A=1\n", name: "A", want: { line: 1, column: 1 } }],
    ["after blank lines and comments", { given: "# c\n\nB=2\n", name: "B", want: { line: 3, column: 1 } }],
    [
      "the name's column after `export `",
      { given: "export  C=3\n", name: "C", want: { line: 1, column: 9 } },
    ],
    [
      "a name after a multi-line quoted value counts its lines",
      {
        given: 'K="-----BEGIN X-----\nabc\n-----END X-----"\nD=4\n',
        name: "D",
        want: { line: 4, column: 1 },
      },
    ],
    ["a delete directive", { given: "A=1\n# patchbay:delete E\n", name: "E", want: { line: 2, column: 1 } }],
    ["CRLF line ends", { given: "A=1\r\nF=2\r\n", name: "F", want: { line: 2, column: 1 } }],
  ])("%s", (_rule, { given, name, want }) => {
    const { secrets, sources } = parseDotenvWithSources(given, ".env");
    expect(sources.get(name)).toEqual(want);
    expect([...sources.keys()].sort()).toEqual([...secrets.keys()].sort());
    expect(secrets).toEqual(parseDotenv(given));
  });
});
