/**
 * Turns a README program into a module node can run: the result comments the README makes on one line become
 * assertions, so a README that says what a call returns or throws is held to it.
 *   `EXPR; // → VALUE`    → EXPR must deep-equal VALUE (when VALUE is a JS expression; prose is left alone,
 *                            and a trailing "  (note)" after two spaces is ignored)
 *   `EXPR; // throws Name CODE, pointer "/p"` → EXPR must throw an error named Name (with that `code`/`pointer`);
 *                            a comment that does not follow this grammar is prose. Write the expression itself,
 *                            not `console.log(EXPR)`, whose value is undefined.
 * TypeScript is stripped by esbuild (no type check: the packages' own typecheck covers their types).
 */
import { transformSync } from "esbuild";

const STATEMENT_KEYWORD = /^(?:const|let|var|import|export|return|if|for|while|function|class|throw)\b/;
const RESULT = /^(\s*)(.+?);\s*\/\/\s*→\s*(.+?)(?:\s{2,}\(.*\))?\s*$/;
// The whole comment must follow the grammar (an error class name, an optional code in CONSTANT_CASE or
// kebab/snake case, an optional pointer); anything else after "throws" is prose and left alone.
const THROWS =
  /^(\s*)(.+?);\s*\/\/\s*throws\s+([A-Z]\w*)(?:\s+([A-Z][A-Z0-9_]*|[a-z0-9]+(?:[-_][a-z0-9]+)+))?(?:,\s*pointer\s+"([^"]*)")?\s*$/;

const HELPER = `import { deepStrictEqual as __readmeEqual } from "node:assert/strict";
const __readme = {
  equals(actual, expected, where) {
    try { __readmeEqual(actual, expected); }
    catch (e) { throw new Error(\`README line \${where}: the result differs from the "// →" comment\\n\${e.message}\`); }
  },
  throws(run, want, where) {
    let error;
    try { run(); } catch (e) { error = e; }
    const got = error === undefined ? "no error" : \`\${error?.name} \${error?.code} pointer \${JSON.stringify(error?.pointer)}\`;
    const ok = error !== undefined && (error.name === want.name || error.constructor?.name === want.name)
      && (want.code === undefined || error.code === want.code)
      && (want.pointer === undefined || error.pointer === want.pointer);
    if (!ok) throw new Error(\`README line \${where}: expected it to throw \${JSON.stringify(want)}, got \${got}\`);
  },
};
`;

/** True when `text` parses as a JavaScript expression (so a "// →" comment states a value, not prose). */
export function isExpression(text: string): boolean {
  try {
    transformSync(`(${text}\n);`, { loader: "js" });
    return true;
  } catch {
    return false;
  }
}

/** Rewrites the one-line result comments into assertions; `lineOf` maps a source line index to its README line. */
export function instrument(source: string, lineOf: (index: number) => number): string {
  const lines = source.split("\n").map((text, index) => {
    const where = lineOf(index);
    const thrown = THROWS.exec(text);
    if (thrown && !STATEMENT_KEYWORD.test(thrown[2] ?? "")) {
      const [, indent, expr, name, code, pointer] = thrown;
      const want = JSON.stringify({ name, code, pointer });
      return `${indent}__readme.throws(() => (${expr}), ${want}, ${where});`;
    }
    const result = RESULT.exec(text);
    if (result && !STATEMENT_KEYWORD.test(result[2] ?? "") && isExpression(result[3] ?? "")) {
      const [, indent, expr, value] = result;
      return `${indent}__readme.equals(${expr}, (${value}), ${where});`;
    }
    return text;
  });
  return `${HELPER}${lines.join("\n")}\n`;
}

/** The module to write to a `.mjs` file. */
export function toModule(source: string, lang: "ts" | "js"): string {
  if (lang === "js") return source;
  return transformSync(source, { loader: "ts", format: "esm", target: "node20" }).code;
}
