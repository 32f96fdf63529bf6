/**
 * Sizes for the 5 KB per-variable limit, in UTF-8 bytes (RFC 3629), counted without encoding.
 * Key material is measured as sent: `key_base64` as its string, `key_jwk` as its JSON text (the
 * larger, conservative reading of "key material").
 */

/** UTF-8 bytes of a string; a lone surrogate counts 3 bytes, as TextEncoder writes U+FFFD. */
export function utf8ByteLength(s: string): number {
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** UTF-8 bytes of JSON.stringify(value), computed iteratively (a JWK may nest arbitrarily deep). */
export function jsonByteLength(value: unknown): number {
  let bytes = 0;
  const stack: unknown[] = [value];
  const seen = new WeakSet<object>(); // not JSON, but a cycle from a JS caller must not hang
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === "object" && v !== null) {
      if (seen.has(v)) continue;
      seen.add(v);
      const entries = Array.isArray(v) ? v : Object.entries(v);
      bytes += 2 + Math.max(0, entries.length - 1); // brackets and commas
      for (const e of entries) {
        if (Array.isArray(v)) stack.push(e);
        else {
          const [k, member] = e as [string, unknown];
          bytes += utf8ByteLength(JSON.stringify(k)) + 1;
          stack.push(member);
        }
      }
    } else {
      bytes += utf8ByteLength(typeof v === "bigint" ? String(v) : (JSON.stringify(v) ?? "null"));
    }
  }
  return bytes;
}
