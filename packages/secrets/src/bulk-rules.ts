/**
 * What the schema cannot say about one `secrets` entry: the map key equals `name`, the name is a
 * JavaScript identifier, the value fits 5 KB. Each check reads only what is there, so any JSON works.
 */
import { type Diagnostic, pointerOf } from "./diagnostic.js";
import { isIdentifierName, reservedWordReason } from "./identifier.js";
import { MAX_VALUE_BYTES, MAX_VALUE_BYTES_CERTAIN } from "./limits.js";
import { jsonByteLength, utf8ByteLength } from "./value-size.js";

export function entryDiagnostics(key: string, value: unknown): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = pointerOf("secrets", key);
  if (!isIdentifierName(key)) {
    out.push({
      severity: "error",
      code: "invalid-name",
      message: `expected a JavaScript identifier as the secret name, found ${JSON.stringify(key)}`,
      pointer: at,
    });
  } else {
    const reason = reservedWordReason(key);
    if (reason) {
      out.push({
        severity: "warning",
        code: "reserved-name",
        message: `${JSON.stringify(key)} is ${reason}: env.${key} works, but destructuring or a global of that name does not`,
        pointer: at,
      });
    }
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return out;
  const secret = value as Record<string, unknown>;
  const name = Object.hasOwn(secret, "name") ? secret.name : undefined;
  if (typeof name === "string" && name !== key) {
    out.push({
      severity: "error",
      code: "name-mismatch",
      message: `expected name ${JSON.stringify(key)} (the map key), found ${JSON.stringify(name)}`,
      pointer: `${at}/name`,
    });
  }
  for (const member of ["text", "key_base64", "key_jwk"]) {
    if (!Object.hasOwn(secret, member)) continue;
    const v = secret[member];
    if (member !== "key_jwk" && typeof v !== "string") continue;
    const bytes = typeof v === "string" ? utf8ByteLength(v) : jsonByteLength(v);
    if (bytes <= MAX_VALUE_BYTES_CERTAIN) continue;
    const over = bytes > MAX_VALUE_BYTES;
    out.push({
      severity: over ? "error" : "warning",
      code: "value-too-large",
      message: over
        ? `expected at most ${MAX_VALUE_BYTES} bytes (5 KB), found ${bytes} bytes`
        : `${bytes} bytes is over 5000 and under 5120: Cloudflare's "5 KB" may refuse it`,
      pointer: `${at}/${member}`,
    });
  }
  return out;
}
