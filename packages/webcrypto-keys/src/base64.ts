/**
 * Check 2: base64 as RFC 4648 defines it — §4 (standard alphabet, `=` padding, canonical trailing bits)
 * for `key_base64`, §5 (URL-safe alphabet, no padding; RFC 7515 §2) for JWK members. Hand-written because
 * `atob` is lenient (skips whitespace, ignores trailing bits) and we must say *why* input is not base64.
 */

const STD = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
/** Index 0..63 for both alphabets' letters (`+`,`-` → 62; `/`,`_` → 63); -1 otherwise. */
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < 64; i++) {
  VALUE[STD.charCodeAt(i)] = i;
  VALUE[URL.charCodeAt(i)] = i;
}

export type Base64Problem =
  | "pem" // pasted PEM armour
  | "base64url" // URL-safe alphabet in a standard-base64 field
  | "whitespace" // line breaks or spaces
  | "padding" // missing or misplaced "="
  | "characters" // characters outside any base64 alphabet
  | "non-canonical"; // non-zero bits in the last character (RFC 4648 §3.5)

export type Base64Result = { bytes: Uint8Array } | { problem: Base64Problem };

/** Count trailing "=" without a regex (hot path). */
function padLength(text: string): number {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 61) end--;
  return text.length - end;
}

/** Decode standard base64 (RFC 4648 §4) strictly, or name the problem. */
export function decodeBase64(text: string): Base64Result {
  const pad = padLength(text);
  const body = pad ? text.slice(0, text.length - pad) : text;
  // Fast path: well-formed input decodes in one pass; diagnosis below runs only on failure.
  if (pad <= 2 && text.length % 4 === 0 && body.indexOf("-") < 0 && body.indexOf("_") < 0) {
    const bytes = decodeBody(body);
    if (bytes) return { bytes };
  }
  if (/-----BEGIN [A-Z0-9 ]+-----/.test(text)) return { problem: "pem" };
  if (/\s/.test(text)) return { problem: "whitespace" };
  if (body.includes("=")) return { problem: "padding" };
  if (/[^A-Za-z0-9+/\-_]/.test(body)) return { problem: "characters" };
  if (/[-_]/.test(body)) return { problem: "base64url" };
  if (pad > 2 || (body.length + pad) % 4 !== 0) return { problem: "padding" };
  return { problem: "non-canonical" };
}

export type Base64UrlResult = { bytes: Uint8Array; lenient: boolean } | undefined;

/**
 * Decode a JWK member (RFC 7515 §2 base64url, no padding). `lenient` is set when the text is only
 * decodable the way workerd decodes it — complete padding, the standard alphabet or non-zero pad bits —
 * which the JWK specs do not allow; the bytes are then what workerd would see.
 */
export function decodeBase64Url(text: string): Base64UrlResult {
  const pad = padLength(text);
  // workerd (observed, 1.20261117.1): padding only as complete groups; no dangling 6-bit character.
  if (pad > 2 || (pad > 0 && text.length % 4 !== 0) || (text.length - pad) % 4 === 1) return undefined;
  const body = pad ? text.slice(0, text.length - pad) : text;
  const strict = pad === 0 ? decodeBody(body) : undefined;
  if (strict && body.indexOf("+") < 0 && body.indexOf("/") < 0) return { bytes: strict, lenient: false };
  const bytes = decodeBody(body, true); // still rejects any character outside both alphabets, "=" included
  return bytes ? { bytes, lenient: true } : undefined;
}

/** Decode unpadded base64 characters (either alphabet); undefined if the length or trailing bits are wrong. */
function decodeBody(body: string, lax = false): Uint8Array | undefined {
  const rem = body.length % 4;
  if (rem === 1 && !lax) return undefined;
  const out = new Uint8Array(Math.floor((body.length * 3) / 4));
  let o = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < body.length; i++) {
    const v = VALUE[body.charCodeAt(i)] ?? -1;
    if (v < 0) return undefined;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
      acc &= (1 << bits) - 1;
    }
  }
  // RFC 4648 §3.5: pad bits must be zero. In lax mode non-zero pad bits are dropped, as workerd does.
  if (acc !== 0 && !lax) return undefined;
  return o === out.length ? out : out.subarray(0, o);
}

/** RFC 4648 §4 standard base64 with padding. */
export function encodeBase64(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    out += STD[(n >> 18) & 63];
    out += STD[(n >> 12) & 63];
    out += i + 1 < bytes.length ? STD[(n >> 6) & 63] : "=";
    out += i + 2 < bytes.length ? STD[n & 63] : "=";
  }
  return out;
}

/** RFC 4648 §5 base64url without padding (RFC 7515 §2). */
export function encodeBase64Url(bytes: Uint8Array): string {
  return encodeBase64(bytes).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

/** The fix to suggest for each problem (messages never repeat the input). */
export const BASE64_HINTS: Record<Base64Problem, string> = {
  pem: "found PEM text: remove the -----BEGIN/END----- lines and line breaks, or build the secret with secretKeyFromPem()",
  base64url:
    'found the URL-safe alphabet (base64url): replace "-" with "+" and "_" with "/", and pad with "=" to a multiple of 4',
  whitespace: "found whitespace or line breaks: remove them",
  padding: 'found wrong padding: pad with "=" to a multiple of 4 characters',
  characters: "found characters outside the base64 alphabet",
  "non-canonical":
    "found non-zero padding bits in the last character (not a canonical encoding, RFC 4648 §3.5)",
};
