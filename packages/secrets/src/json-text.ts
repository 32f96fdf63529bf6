/**
 * JSON text → value, with RFC 8259 syntax errors reported as line:column.
 *
 * JSON.parse does the parsing (fast, and it makes `__proto__` an own data member). Its messages are
 * unusable here: V8 quotes the input ("Unexpected token 'x', "{"A": x}" is not valid JSON"), which
 * would leak a value, and gives no position for some errors. So when it fails, `scanJson` finds the
 * first offending offset.
 */
import { pointerTokens } from "./diagnostic.js";
import { SecretsFileError } from "./errors.js";
import { scanJson } from "./json-scan.js";

export function parseJsonText(text: string, filename?: string): unknown {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch {
    const found = locateJsonError(body) ?? { offset: 0, expected: "valid JSON" };
    const { line, column } = lineColumn(text, found.offset + (body === text ? 0 : 1));
    throw new SecretsFileError("invalid-json", `invalid JSON: expected ${found.expected}`, {
      line,
      column,
      ...(filename ? { filename } : {}),
    });
  }
}

/** First RFC 8259 syntax error: its offset and what the grammar expected there. */
export function locateJsonError(text: string): { offset: number; expected: string } | undefined {
  return scanJson(text).error;
}

/**
 * line:column of the value at `pointer` in `text` (or of its deepest existing ancestor), to give JSON
 * structure errors a source position. Duplicate member names: the last one wins, as in JSON.parse.
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
