/**
 * Compares a command's real output with the output a README shows. Normalised, because they legitimately vary:
 * line endings and trailing whitespace, the scratch directory's absolute path, and durations ("12 ms", "0.4 s").
 * A README may elide lines with a line starting with "…" (it stands for zero or more lines), and may condense
 * JSON: when the README's output parses as JSON, the real output must parse to the same value.
 * Everything else must match exactly.
 */
import { isDeepStrictEqual } from "node:util";

const DURATION = /\b\d+(?:\.\d+)?\s?(?:ms|s)\b/g;

export function normaliseOutput(text: string, scratchDir?: string): string {
  let out = text.replace(/\r\n?/g, "\n");
  if (scratchDir) out = out.split(scratchDir).join(".");
  return out
    .replace(DURATION, "<duration>")
    .split("\n")
    .map((l) => l.trimEnd())
    .join("\n")
    .replace(/\n+$/, "")
    .replace(/^\n+/, "");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function outputMatches(expected: string, actual: string): boolean {
  if (expected === actual) return true;
  const lines = expected.split("\n");
  if (lines.some((l) => l.trimStart().startsWith("…"))) {
    const pattern = lines
      .map((l) => (l.trimStart().startsWith("…") ? "(?:[^\\n]*\\n)*?" : `${escapeRegExp(l)}\\n`))
      .join("");
    return new RegExp(`^${pattern}$`).test(`${actual}\n`);
  }
  const expectedJson = parseJson(expected);
  return expectedJson.ok && isDeepStrictEqual(expectedJson.value, parseJson(actual).value);
}

function parseJson(text: string): { ok: boolean; value?: unknown } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}
