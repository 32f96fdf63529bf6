/**
 * An iterative RFC 8259 scanner (no recursion: nesting depth is unbounded) for what JSON.parse cannot
 * tell without quoting the input: the offset of the first syntax error, and the offset of the value at
 * an RFC 6901 pointer (or of its deepest existing ancestor), so structural errors get a line:column.
 * It also finds the first member name repeated within one object, which JSON.parse resolves silently
 * (last one wins): RFC 8259 §4 says names SHOULD be unique and that software receiving duplicates
 * behaves unpredictably, so for secrets (which value is sent?) it is an error, not a guess.
 * Hand-written because jsonc-parser, the well-kept candidate, is UMD without an `exports` map (its named
 * exports differ between Node ESM and bundlers), recurses per nesting level, and does not report duplicates.
 */

type State = "value" | "value-or-close" | "key" | "key-or-close" | "colon" | "after-value";
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
const WHITESPACE = /[ \t\n\r]*/y;
/** A whole valid string (RFC 8259 §7), matched natively; the loop below only runs to locate an error. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: RFC 8259 §7 forbids raw U+0000–U+001F in strings.
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

export interface JsonScan {
  /** The first syntax error and what the grammar expected there. */
  error?: { offset: number; expected: string };
  /** Offset of the value at `target`, or of its deepest ancestor present. */
  targetOffset?: number | undefined;
  /** The first repeated member name: offsets of both names and the member's path (unescaped tokens). */
  duplicate?: { firstOffset: number; offset: number; path: string[] };
}

export function scanJson(text: string, target: readonly string[] = [], findDuplicates = false): JsonScan {
  const closes: string[] = [];
  /** Per open object, the offset of each member name seen so far (`undefined` for arrays). */
  const names: (Map<string, number> | undefined)[] = [];
  const path: string[] = [];
  const index: number[] = [];
  let i = 0;
  let state: State = "value";
  let targetOffset: number | undefined;
  const ws = () => {
    WHITESPACE.lastIndex = i;
    WHITESPACE.test(text);
    i = WHITESPACE.lastIndex;
  };
  const fail = (expected: string): JsonScan => ({ error: { offset: i, expected } });
  const valueStarts = () => {
    if (path.length <= target.length && path.every((t, k) => t === target[k])) targetOffset = i;
  };
  for (;;) {
    ws();
    const c = text[i];
    if (state === "after-value") {
      if (closes.length === 0) return i < text.length ? fail("the end of the input") : { targetOffset };
      const close = closes[closes.length - 1];
      if (c === ",") {
        state = close === "}" ? "key" : "value";
        if (close === "]") path[path.length - 1] = String(++(index[index.length - 1] as number));
      } else if (c === close) {
        closes.pop();
        names.pop();
        path.pop();
        if (close === "]") index.pop();
      } else return fail(`',' or '${close}'`);
      i++;
    } else if (state === "colon") {
      if (c !== ":") return fail("':'");
      i++;
      state = "value";
    } else if (state === "key" || state === "key-or-close") {
      if (c === "}" && state === "key-or-close") {
        closes.pop();
        names.pop();
        path.pop();
        i++;
        state = "after-value";
      } else if (c === '"') {
        const start = i;
        const err = scanString();
        if (err) return err;
        const raw = text.slice(start + 1, i - 1);
        const name = raw.includes("\\") ? (JSON.parse(`"${raw}"`) as string) : raw;
        path[path.length - 1] = name;
        const seen = names[names.length - 1];
        const firstOffset = seen?.get(name);
        if (findDuplicates && firstOffset !== undefined)
          return { duplicate: { firstOffset, offset: start, path } };
        seen?.set(name, start);
        state = "colon";
      } else return fail("a double-quoted member name");
    } else if (c === "]" && state === "value-or-close") {
      closes.pop();
      names.pop();
      path.pop();
      index.pop();
      i++;
      state = "after-value";
    } else if (c === "{" || c === "[") {
      valueStarts();
      closes.push(c === "{" ? "}" : "]");
      names.push(c === "{" && findDuplicates ? new Map() : undefined);
      path.push(c === "{" ? "" : "0");
      if (c === "[") index.push(0);
      i++;
      state = c === "{" ? "key-or-close" : "value-or-close";
    } else if (c === '"') {
      valueStarts();
      const err = scanString();
      if (err) return err;
      state = "after-value";
    } else {
      valueStarts();
      const re = c === "-" || (c !== undefined && c >= "0" && c <= "9") ? NUMBER : LITERAL;
      re.lastIndex = i;
      const m = re.exec(text);
      if (!m) return fail("a JSON value");
      i += m[0].length;
      state = "after-value";
    }
  }
  function scanString(): JsonScan | undefined {
    STRING.lastIndex = i;
    if (STRING.test(text)) {
      i = STRING.lastIndex;
      return undefined;
    }
    i++;
    for (;;) {
      if (i >= text.length) return fail("a closing '\"'");
      const ch = text.charCodeAt(i);
      if (ch === 0x22) break;
      if (ch < 0x20) return fail("an escaped control character (\\n, \\t, \\u00XX) inside the string");
      if (ch === 0x5c) {
        const e = text[i + 1];
        if (e === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return fail('a valid escape (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)');
      } else i++;
    }
    i++;
    return undefined;
  }
}
