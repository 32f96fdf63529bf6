/**
 * `.env` / `.dev.vars` parser. Rules (README "dotenv rules"):
 * - `NAME=value`, optional `export ` prefix, spaces around `=` are syntax; NAME is a JS identifier.
 * - Unquoted values run to the end of the line; whitespace then `#` starts a comment; trailing
 *   whitespace, or a value of only whitespace, is an error (quote it): nothing is trimmed silently.
 * - 'single' and `backtick` quotes are literal; "double" quotes decode \n \r \t \\ \" (other
 *   backslashes stay as written, as in dotenv). All quoted values may span lines (PEM blocks).
 * - `NAME=` and `NAME=""` are the empty string. A duplicate NAME is an error naming both lines.
 * - `# patchbay:delete NAME [NAME…]` deletes secrets. A comment, so other tools ignore it rather than
 *   storing a magic value such as `!delete` as a real secret.
 *
 * Why not the `dotenv` package: its parse() never fails (bad lines are skipped), trims values, lets a
 * duplicate silently win, reports no line numbers and has no delete; each breaks a rule above.
 * Errors never quote the file's text: a malformed line may be part of a value.
 */

import { Scanner } from "./dotenv-scanner.js";
import type { DesiredSecret, DesiredSecrets } from "./model.js";

const NAME = /[\p{ID_Start}$_][\p{ID_Continue}$\u200C\u200D]*/uy;
const DIRECTIVE = /^#[ \t]*patchbay:(\S*)(.*)$/;

export function parseDotenv(text: string, filename?: string): DesiredSecrets {
  return parseDotenvWithSources(text, filename).secrets;
}

/** Where a name was set (its `NAME=`) or deleted (its `# patchbay:delete` line): 1-based. */
export interface DotenvSource {
  line: number;
  column: number;
}

/**
 * `parseDotenv` plus the source position of each name, so findings about the body built from the file
 * (`validateBulkPatch` pointers such as `/secrets/NAME/text`) can be shown as `file:line`.
 */
export function parseDotenvWithSources(
  text: string,
  filename?: string,
): { secrets: DesiredSecrets; sources: ReadonlyMap<string, DotenvSource> } {
  const s: Scanner = new Scanner(text, filename);
  const out = new Map<string, DesiredSecret>();
  const sources = new Map<string, DotenvSource>();
  const add = (name: string, secret: DesiredSecret, line: number, column: number) => {
    const first = sources.get(name)?.line;
    if (first !== undefined) {
      s.fail("duplicate-key", `${name} is defined on line ${first} and again on line ${line}`, line, column);
    }
    sources.set(name, { line, column });
    out.set(name, secret);
  };
  while (!s.done()) {
    s.skipBlanks();
    if (s.atEol()) {
      s.eol();
      continue;
    }
    const line = s.line;
    const column = s.column();
    if (s.peek() === "#") {
      const comment = s.restOfLine();
      for (const name of directiveNames(comment, s, line, column))
        add(name, { kind: "delete" }, line, column);
      s.eol();
      continue;
    }
    if (s.text.startsWith("export", s.i) && /[ \t]/.test(s.text[s.i + 6] ?? "")) {
      s.i += 6;
      s.skipBlanks();
    }
    const nameColumn = s.column();
    const name = s.match(NAME);
    if (name === undefined) s.fail("invalid-key", `expected a variable name (a JavaScript identifier)`);
    s.skipBlanks();
    if (s.peek() !== "=") s.fail("missing-equals", "expected '=' after the variable name");
    s.i++;
    add(name, { kind: "text", text: readValue(s) }, line, nameColumn);
    s.eol();
  }
  return { secrets: out, sources };
}

function directiveNames(comment: string, s: Scanner, line: number, column: number): string[] {
  const m = DIRECTIVE.exec(comment);
  if (!m) return [];
  if (m[1] !== "delete") {
    s.fail(
      "invalid-directive",
      "unknown patchbay directive; the only one is `# patchbay:delete NAME`",
      line,
      column,
    );
  }
  const names = (m[2] ?? "").split(/[ \t]+/).filter((n) => n !== "");
  if (names.length === 0 || !names.every((n) => new RegExp(`^${NAME.source}$`, "u").test(n))) {
    s.fail("invalid-directive", "`# patchbay:delete` expects one or more variable names", line, column);
  }
  return names;
}

function readValue(s: Scanner): string {
  const blanks = s.skipBlanks();
  const q = s.peek();
  if (q === '"' || q === "'" || q === "`") return readQuoted(s, q);
  if (blanks > 0 && s.atEol()) {
    s.fail(
      "trailing-whitespace",
      "the value is only whitespace; quote it to keep it, or remove it for an empty value",
    );
  }
  if (s.atEol() || (blanks > 0 && q === "#")) {
    s.restOfLine();
    return "";
  }
  const rest = s.restOfLine();
  const comment = /[ \t]+#/.exec(rest); // the whole whitespace run before # belongs to the comment
  const value = comment ? rest.slice(0, comment.index) : rest;
  const trailing = /[ \t]+$/.exec(value);
  if (trailing && !comment) {
    s.fail(
      "trailing-whitespace",
      "unquoted value ends in whitespace; quote it to keep the whitespace",
      s.line,
      s.column() - rest.length + trailing.index,
    );
  }
  return value;
}

function readQuoted(s: Scanner, q: string): string {
  const line = s.line;
  const column = s.column();
  s.i++;
  let value = "";
  for (;;) {
    if (s.done()) s.fail("unterminated-quote", `the value opened with ${q} is never closed`, line, column);
    const c = s.text[s.i] as string;
    if (c === q) break;
    if (c === "\\" && q === '"') {
      const e = s.text[s.i + 1];
      const decoded =
        e === "n" ? "\n" : e === "r" ? "\r" : e === "t" ? "\t" : e === "\\" || e === '"' ? e : undefined;
      if (decoded !== undefined) {
        value += decoded;
        s.i += 2;
        continue;
      }
    }
    if (c === "\n") s.newline(s.i + 1);
    value += c;
    s.i++;
  }
  s.i++;
  s.skipBlanks();
  if (s.peek() === "#") s.restOfLine();
  if (!s.atEol())
    s.fail("unexpected-character", `expected the end of the line or a comment after the closing ${q}`);
  return value;
}
