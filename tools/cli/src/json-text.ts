/**
 * JSON text out (RFC 8259 §2): the same text as `JSON.stringify(value, null, indent)` for JSON values, but
 * iterative. Why not JSON.stringify: it recurses, and throws "Maximum call stack size exceeded" on legal
 * JSON nested ~10,000 deep, which JSON.parse and @patchbay/merge-patch handle; the CLI must print whatever
 * they return. Members whose value is `undefined` are skipped (in arrays: `null`), as JSON.stringify does.
 * Levels deeper than {@link MAX_INDENTED_DEPTH} are printed compactly: indenting them would make the text
 * grow with the square of the depth (100,000 levels × 2 spaces each is 10 GB).
 */
export const MAX_INDENTED_DEPTH = 100;

type Frame = { readonly close: string; readonly entries: [string | undefined, unknown][]; index: number };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function stringifyJson(value: unknown, indent = 2): string {
  const parts: string[] = [];
  const stack: Frame[] = [];
  const pad = (depth: number) =>
    indent > 0 && depth <= MAX_INDENTED_DEPTH ? `\n${" ".repeat(indent * depth)}` : "";
  const colon = indent > 0 ? ": " : ":";
  const open = (v: unknown): void => {
    if (Array.isArray(v)) {
      if (v.length === 0) return void parts.push("[]");
      parts.push("[");
      stack.push({ close: "]", entries: v.map((item) => [undefined, item ?? null]), index: 0 });
    } else if (isObject(v)) {
      const entries = Object.keys(v)
        .filter((k) => v[k] !== undefined)
        .map((k): [string, unknown] => [k, v[k]]);
      if (entries.length === 0) return void parts.push("{}");
      parts.push("{");
      stack.push({ close: "}", entries, index: 0 });
    } else {
      parts.push(JSON.stringify(v) ?? "null");
    }
  };
  open(value);
  for (let frame = stack.at(-1); frame !== undefined; frame = stack.at(-1)) {
    const entry = frame.entries[frame.index];
    if (entry === undefined) {
      stack.pop();
      parts.push(`${pad(stack.length)}${frame.close}`);
      continue;
    }
    parts.push(`${frame.index > 0 ? "," : ""}${pad(stack.length)}`);
    frame.index += 1;
    if (entry[0] !== undefined) parts.push(`${JSON.stringify(entry[0])}${colon}`);
    open(entry[1]);
  }
  return parts.join("");
}
