import { describe, expect, it } from "vitest";
import { CliError } from "./cli-error.js";
import type { Io } from "./io.js";
import { describeError, formatLocation, reportError } from "./report-error.js";

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
    ["nothing known", { given: {}, want: "" }],
  ])("%s", (_name, { given, want }) => {
    expect(formatLocation({ code: "X", message: "m", ...given })).toBe(want);
  });
});

describe("reportError", () => {
  it("prints one human line on stderr without a stack trace and maps USAGE to exit 2", () => {
    const io = captureIo();
    const code = reportError(io, { command: "diff", json: false }, new CliError("USAGE", "bad flag"));
    expect(code).toBe(2);
    expect(io.stdout).toBe("");
    expect(io.stderr).toContain("patchbay diff: USAGE: bad flag");
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
