import { describe, expect, it } from "vitest";
import { CliError } from "./cli-error.js";
import type { Io } from "./io.js";
import { describeError, formatLocation, InputFailure, reportError } from "./report-error.js";

class LibraryError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    Object.assign(this, extra);
  }
}

function captureIo(): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: "",
    stderr: "",
    out: (t: string) => {
      io.stdout += t;
    },
    err: (t: string) => {
      io.stderr += t;
    },
    env: {},
    stdin: process.stdin,
  };
  return io;
}

describe("describeError", () => {
  it.each([
    [
      "a CliError keeps its code and details",
      {
        given: new CliError("INPUT_UNREADABLE", "expected a file", { source: "a.json", line: 2, column: 3 }),
        want: { code: "INPUT_UNREADABLE", message: "expected a file", source: "a.json", line: 2, column: 3 },
      },
    ],
    [
      "a library error with a pointer keeps code and pointer",
      {
        given: new LibraryError("NOT_REPRESENTABLE", "at /a: no patch", { pointer: "/a" }),
        want: { code: "NOT_REPRESENTABLE", message: "no patch", pointer: "/a" },
      },
    ],
    [
      "a library error's file:line:column prefix moves into fields",
      {
        given: new LibraryError("duplicate-key", ".env:4:1: A is defined twice", {
          filename: ".env",
          line: 4,
          column: 1,
        }),
        want: { code: "duplicate-key", message: "A is defined twice", source: ".env", line: 4, column: 1 },
      },
    ],
    [
      "a SecretsFileError-like error: its reason is the message, the location is in fields only",
      {
        given: new LibraryError("invalid-shape", "-:1:12 (at /a): expected a string", {
          reason: "expected a string",
          filename: "-",
          line: 1,
          column: 12,
          pointer: "/a",
        }),
        want: {
          code: "invalid-shape",
          message: "expected a string",
          source: "-",
          line: 1,
          column: 12,
          pointer: "/a",
        },
      },
    ],
    [
      "a file:line:column (at pointer) prefix without a reason is dropped too",
      {
        given: new LibraryError("invalid-shape", "s.json:3:40 (at /A/text): expected a string", {
          filename: "s.json",
          line: 3,
          column: 40,
          pointer: "/A/text",
        }),
        want: {
          code: "invalid-shape",
          message: "expected a string",
          source: "s.json",
          line: 3,
          column: 40,
          pointer: "/A/text",
        },
      },
    ],
    [
      "a MergePatchError's argument prefix is dropped; InputFailure names the argument's file",
      {
        given: new InputFailure(
          new LibraryError("UNREPRESENTABLE", 'second at "/a": no single patch', {
            argument: "second",
            pointer: "/a",
          }),
          "p2.json",
        ),
        want: { code: "UNREPRESENTABLE", message: "no single patch", pointer: "/a", source: "p2.json" },
      },
    ],
    [
      "a message that merely starts like a location is kept whole",
      {
        given: new LibraryError("x", "1:2: not a location field", {}),
        want: { code: "x", message: "1:2: not a location field" },
      },
    ],
    [
      "an error without a code is INTERNAL, with its class name",
      { given: new TypeError("boom"), want: { code: "INTERNAL", message: "unexpected TypeError: boom" } },
    ],
    [
      "a thrown non-Error is INTERNAL",
      {
        given: "text",
        want: { code: "INTERNAL", message: "unexpected string: a non-Error value was thrown" },
      },
    ],
  ])("%s", (_name, { given, want }) => {
    expect(describeError(given)).toEqual(want);
  });
});

describe("formatLocation", () => {
  it.each([
    ["file, line and column", { given: { source: "a.env", line: 3, column: 7 }, want: "a.env:3:7" }],
    ["file and pointer", { given: { source: "b.json", pointer: "/secrets/A" }, want: "b.json /secrets/A" }],
    ["the root pointer is shown as quotes", { given: { pointer: "" }, want: '""' }],
    ["the root pointer adds nothing to a file", { given: { source: "k.pem", pointer: "" }, want: "k.pem" }],
    [
      "line, column and pointer, each once",
      { given: { source: "-", line: 1, column: 12, pointer: "/a" }, want: "-:1:12 /a" },
    ],
    ["nothing known", { given: {}, want: "" }],
  ])("%s", (_name, { given, want }) => {
    expect(formatLocation({ code: "X", message: "m", ...given })).toBe(want);
  });
});

describe("reportError", () => {
  it.each([
    [
      "a secrets-file error: location once, then the code, then the reason",
      {
        given: new LibraryError("invalid-shape", "-:1:12 (at /a): expected a string, found number", {
          reason: "expected a string, found number",
          filename: "-",
          line: 1,
          column: 12,
          pointer: "/a",
        }),
        want: "patchbay validate: -:1:12 /a [invalid-shape] expected a string, found number\n",
      },
    ],
    [
      "an error without a location",
      {
        given: new LibraryError("x-code", "what was expected"),
        want: "patchbay validate: [x-code] what was expected\n",
      },
    ],
  ])("human line: %s", (_rule, { given, want }) => {
    const io = captureIo();
    reportError(io, { command: "validate", json: false }, given);
    expect(io.stderr).toBe(want);
  });

  it("prints one human line on stderr without a stack trace and maps USAGE to exit 2", () => {
    const io = captureIo();
    const code = reportError(io, { command: "diff", json: false }, new CliError("USAGE", "bad flag"));
    expect(code).toBe(2);
    expect(io.stdout).toBe("");
    expect(io.stderr).toBe('patchbay diff: [USAGE] bad flag\nRun "patchbay diff --help" for usage.\n');
    expect(io.stderr).not.toMatch(/\n\s+at /);
  });

  it("prints a JSON document on stdout with --json and exits 1 for invalid input", () => {
    const io = captureIo();
    const code = reportError(
      io,
      { command: "validate", json: true },
      new CliError("INPUT_NOT_FOUND", "no file", { source: "x" }),
    );
    expect(code).toBe(1);
    expect(io.stderr).toBe("");
    expect(JSON.parse(io.stdout)).toEqual({
      ok: false,
      command: "validate",
      error: { code: "INPUT_NOT_FOUND", message: "no file", source: "x" },
    });
  });
});
