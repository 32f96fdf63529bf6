/**
 * Canonical JSON (RFC 8785 member order: keys sorted by UTF-16 code units; primitives as
 * JSON.stringify writes them). Used as the fingerprint input, so a key object hashes the same
 * whatever its member order. Iterative with an explicit stack: a JWK from a file can nest arbitrarily
 * and must not overflow the call stack. (npm `canonicalize` recurses, hence our own.)
 */
export function canonicalJson(value: unknown): string {
  let out = "";
  type Frame = { items: [string | undefined, unknown][]; i: number; close: string };
  const stack: Frame[] = [];
  let next: unknown = value;
  let pending = true;
  for (;;) {
    if (pending) {
      pending = false;
      if (typeof next === "object" && next !== null) {
        const isArray = Array.isArray(next);
        const entries: [string | undefined, unknown][] = isArray
          ? (next as unknown[]).map((v) => [undefined, v])
          : Object.keys(next)
              .sort()
              .filter((k) => (next as Record<string, unknown>)[k] !== undefined)
              .map((k) => [k, (next as Record<string, unknown>)[k]]);
        out += isArray ? "[" : "{";
        stack.push({ items: entries, i: 0, close: isArray ? "]" : "}" });
      } else {
        out += JSON.stringify(next) ?? "null";
      }
    }
    const top = stack[stack.length - 1];
    if (!top) return out;
    const item = top.items[top.i];
    if (item === undefined) {
      out += top.close;
      stack.pop();
      continue;
    }
    if (top.i++ > 0) out += ",";
    if (item[0] !== undefined) out += `${JSON.stringify(item[0])}:`;
    next = item[1];
    pending = true;
  }
}
