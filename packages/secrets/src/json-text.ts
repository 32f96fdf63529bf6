/**
 * JSON text → value, with RFC 8259 syntax errors reported as line:column.
 *
 * JSON.parse does the parsing (fast, and it makes `__proto__` an own data member). Its messages are
 * unusable here: V8 quotes the input ("Unexpected token 'x', "{"A": x}" is not valid JSON"), which
 * would leak a value, and gives no position for some errors. So when it fails, `scanJson` finds the
 * first offending offset. When it succeeds, the same scanner looks for a member name repeated within
 * one object: JSON.parse keeps the last value silently, but RFC 8259 §4 leaves duplicates undefined
 * ("the behavior of software that receives such an object is unpredictable") and I-JSON (RFC 7493 §2.3)
 * forbids them. For a secrets file that is a silent choice of which value to send, and for a merge patch
 * RFC 7396 §2 processes "each Name/Value pair", which merges both objects where JSON.parse keeps one, so
 * the result would be undefined: every JSON input is rejected with `duplicate-member` instead.
 */
import { pointerOf, pointerTokens } from "./diagnostic.js";
import { SecretsFileError } from "./errors.js";
import { scanJson } from "./json-scan.js";

export function parseJsonText(text: string, filename?: string): unknown {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    const found = locateJsonError(body) ?? { offset: 0, expected: "valid JSON" };
    const { line, column } = lineColumn(text, found.offset + (body === text ? 0 : 1));
    throw new SecretsFileError("invalid-json", `invalid JSON: expected ${found.expected}`, {
      line,
      column,
      ...(filename ? { filename } : {}),
    });
  }
  const duplicate = findDuplicateMember(text);
  if (duplicate) {
    const { first, again, pointer } = duplicate;
    throw new SecretsFileError(
      "duplicate-member",
      `expected unique member names, found this name twice in one object (first at ${first.line}:${first.column}, again at ${again.line}:${again.column}); RFC 8259 §4 leaves which value counts undefined`,
      { ...again, pointer, ...(filename ? { filename } : {}) },
    );
  }
  return value;
}

/**
 * The first member name repeated within one object of the valid JSON `text`: line:column of both
 * names and the RFC 6901 pointer of the member (names only, never a value).
 */
export function findDuplicateMember(text: string):
  | {
      first: { line: number; column: number };
      again: { line: number; column: number };
      pointer: string;
    }
  | undefined {
  const bom = text.startsWith("\uFEFF") ? 1 : 0;
  const found = scanJson(bom ? text.slice(1) : text, [], true).duplicate;
  if (!found) return undefined;
  return {
    first: lineColumn(text, found.firstOffset + bom),
    again: lineColumn(text, found.offset + bom),
    pointer: pointerOf(...found.path),
  };
}

/** First RFC 8259 syntax error: its offset and what the grammar expected there. */
export function locateJsonError(text: string): { offset: number; expected: string } | undefined {
  return scanJson(text).error;
}

/**
 * line:column of the value at `pointer` in `text` (or of its deepest existing ancestor), to give JSON
 * structure errors a source position. (Texts with duplicate member names are rejected by parseJsonText.)
 */
export function positionOfPointer(
  text: string,
  pointer: string,
): { line: number; column: number } | undefined {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const offset = scanJson(body, pointerTokens(pointer)).targetOffset;
  return offset === undefined ? undefined : lineColumn(text, offset + (body === text ? 0 : 1));
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split("\n").length, column: offset - (before.lastIndexOf("\n") + 1) + 1 };
}

/** Adds the line:column of its pointer to a SecretsFileError about the JSON document `text`. */
export function withJsonPosition(error: unknown, text: string): unknown {
  if (!(error instanceof SecretsFileError) || error.pointer === undefined || error.line !== undefined)
    return error;
  const at = positionOfPointer(text, error.pointer);
  if (!at) return error;
  const { pointer, filename } = error;
  return new SecretsFileError(error.code, error.reason, {
    ...at,
    pointer,
    ...(filename ? { filename } : {}),
  });
}
