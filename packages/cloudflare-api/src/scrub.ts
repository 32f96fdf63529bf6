/**
 * Echo scrubbing: removes the request's own secret values and credentials from text the *server* wrote (error
 * messages, non-JSON bodies) before it lands in an error or a log event.
 *
 * This is not a second `redactSecrets`: that one blanks members named `text`/`key_base64`/`key_jwk` in
 * structured data we hold. Here the data is free text we did not write, so the only thing to match on is the
 * secret values themselves. Defence in depth against a server (or proxy) that echoes input back.
 */
import { REDACTED, SENSITIVE_MEMBERS } from "./redact.js";

/**
 * Values shorter than this are not scrubbed: replacing every "ab" in a message would destroy it, and a
 * 1–3 character secret offers no protection to keep.
 */
export const MIN_SCRUB_LENGTH = 4;

/** Collects every string under a sensitive member (at any depth, iteratively) of `body`. */
export function collectSensitiveStrings(body: unknown, extra: readonly string[] = []): string[] {
  const found = new Set<string>(extra);
  const sensitive = new Set<string>(SENSITIVE_MEMBERS);
  // Stack of [value, insideSensitiveMember]; iterative so deep legal JSON cannot overflow the call stack.
  const stack: Array<[unknown, boolean]> = [[body, false]];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const [value, inside] = stack.pop() as [unknown, boolean];
    if (typeof value === "string") {
      if (inside) found.add(value);
      continue;
    }
    if (typeof value !== "object" || value === null || seen.has(value)) continue;
    seen.add(value);
    for (const [key, child] of Object.entries(value)) stack.push([child, inside || sensitive.has(key)]);
  }
  return [...found].filter((s) => s.length >= MIN_SCRUB_LENGTH).sort((a, b) => b.length - a.length);
}

/**
 * Returns `text` with every occurrence of each value replaced by `[REDACTED]` (longest values first), both
 * verbatim and JSON-string-escaped (how a raw JSON body would echo a value containing quotes or newlines).
 * Scrub before truncating: a cut could otherwise leave a secret's prefix behind.
 */
export function scrubText(text: string, values: readonly string[]): string {
  let out = text;
  for (const value of values) {
    out = out.split(value).join(REDACTED);
    const escaped = JSON.stringify(value).slice(1, -1);
    if (escaped !== value) out = out.split(escaped).join(REDACTED);
  }
  return out;
}
