/**
 * Check 1 (envelope part): the `secret_key` members themselves — `type`, `format` (WebCrypto §"KeyFormat"),
 * `usages` (§"KeyUsage", no duplicates), and `key_base64` xor `key_jwk` as the format needs.
 */
import { FORMATS, type KeyFormat, USAGES } from "./algorithms.js";
import { describe, oneOf, own, pointer } from "./describe.js";
import type { Collector } from "./diagnostics.js";

export interface Shape {
  format?: KeyFormat;
  /** Known usages, deduplicated, in the order given; undefined when `usages` itself is unusable. */
  usages?: KeyUsage[];
  keyBase64?: string;
  jwk?: unknown;
}

export function checkShape(secret: Record<string, unknown>, c: Collector): Shape {
  const shape: Shape = {};
  const type = own(secret, "type");
  if (type !== undefined && type !== "secret_key") {
    c.error(
      "type-mismatch",
      "/type",
      `expected "type" to be "secret_key", found ${describe(type, ["secret_text"])}`,
    );
  }
  const format = own(secret, "format");
  if (typeof format === "string" && (FORMATS as readonly string[]).includes(format)) {
    shape.format = format as KeyFormat;
  } else {
    c.error(
      "format-invalid",
      "/format",
      `expected "format" to be ${oneOf(FORMATS)}, found ${describe(format, FORMATS)}`,
    );
  }
  const usages = checkUsageList(own(secret, "usages"), c);
  if (usages) shape.usages = usages;
  checkKeyData(secret, shape, c);
  return shape;
}

function checkUsageList(usages: unknown, c: Collector): KeyUsage[] | undefined {
  if (!Array.isArray(usages)) {
    c.error(
      "usages-invalid",
      "/usages",
      `expected "usages" to be an array of key usages, found ${describe(usages)}`,
    );
    return undefined;
  }
  const seen: KeyUsage[] = [];
  usages.forEach((u: unknown, i) => {
    if (typeof u !== "string" || !(USAGES as readonly string[]).includes(u)) {
      c.error(
        "usage-unknown",
        pointer("usages", i),
        `expected a key usage (${oneOf(USAGES)}), found ${describe(u, USAGES)}`,
      );
      return;
    }
    const usage = u as KeyUsage;
    if (seen.includes(usage)) {
      c.warning(
        "usage-duplicate",
        pointer("usages", i),
        `expected each usage once, found "${usage}" again (importKey deduplicates it)`,
      );
      return;
    }
    seen.push(usage);
  });
  return seen;
}

function checkKeyData(secret: Record<string, unknown>, shape: Shape, c: Collector): void {
  const hasB64 = Object.hasOwn(secret, "key_base64");
  const hasJwk = Object.hasOwn(secret, "key_jwk");
  const wantsJwk = shape.format === "jwk";
  if (shape.format === undefined) {
    if (hasB64 && hasJwk) {
      c.error("key-data-conflict", "", 'expected one of "key_base64" or "key_jwk", found both');
    } else if (!hasB64 && !hasJwk) {
      c.error(
        "key-data-missing",
        "",
        'expected "key_base64" (raw, pkcs8, spki) or "key_jwk" (jwk), found neither',
      );
    }
  } else if (wantsJwk) {
    if (hasB64)
      c.error("key-data-conflict", "/key_base64", 'expected no "key_base64" with format "jwk", found one');
    if (!hasJwk)
      c.error("key-data-missing", "/key_jwk", 'expected "key_jwk" with format "jwk", found nothing');
  } else {
    if (hasJwk) {
      c.error(
        "key-data-conflict",
        "/key_jwk",
        `expected no "key_jwk" with format "${shape.format}", found one`,
      );
    }
    if (!hasB64) {
      c.error(
        "key-data-missing",
        "/key_base64",
        `expected "key_base64" with format "${shape.format}", found nothing`,
      );
    }
  }
  const b64 = own(secret, "key_base64");
  if (hasB64 && typeof b64 !== "string") {
    c.error(
      "base64-invalid",
      "/key_base64",
      `expected "key_base64" to be a base64 string, found ${describe(b64)}`,
    );
  } else if (typeof b64 === "string" && !wantsJwk) shape.keyBase64 = b64;
  if (hasJwk && wantsJwk) shape.jwk = own(secret, "key_jwk");
}
