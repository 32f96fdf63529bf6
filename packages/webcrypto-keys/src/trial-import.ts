/**
 * Check 7: the runtime's own `crypto.subtle.importKey` (WebCrypto §14.3.9) as the last word. Runs only when
 * the static checks found no error. Where the key is workerd-only (MD5, NODE-ED25519, RSA-RAW, an RSA JWK
 * without CRT members) and this runtime says NotSupportedError/DataError, it retries with a portable
 * equivalent that parses the same key bytes, so Node and browsers still verify the key data itself.
 */
import type { Collector } from "./diagnostics.js";

export interface ImportPlan {
  format: "raw" | "pkcs8" | "spki" | "jwk";
  data: Uint8Array | JsonWebKey;
  algorithm: Record<string, unknown> & { name: string };
  usages: KeyUsage[];
  /** Portable retry when this runtime lacks a workerd extension or rejects a JWA-valid shape. */
  fallback?: Omit<ImportPlan, "fallback"> & { when: readonly string[] };
}

/** Returns the imported key, or undefined after reporting why not. */
export async function trialImport(plan: ImportPlan, c: Collector): Promise<CryptoKey | undefined> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) {
    c.warning(
      "import-unsupported-here",
      "",
      "expected globalThis.crypto.subtle in this runtime, found none: the key data was checked statically only",
    );
    return undefined;
  }
  try {
    return await run(subtle, plan);
  } catch (e) {
    const name = errorName(e);
    if (plan.fallback?.when.includes(name)) {
      try {
        return await run(subtle, plan.fallback);
      } catch (e2) {
        return report(e2, plan, c);
      }
    }
    return report(e, plan, c);
  }
}

function run(subtle: SubtleCrypto, p: Omit<ImportPlan, "fallback">): Promise<CryptoKey> {
  if (p.format === "jwk") return subtle.importKey("jwk", p.data as JsonWebKey, p.algorithm, false, p.usages);
  return subtle.importKey(p.format, p.data as Uint8Array<ArrayBuffer>, p.algorithm, false, p.usages);
}

function report(e: unknown, plan: ImportPlan, c: Collector): undefined {
  const name = errorName(e);
  const at = plan.format === "jwk" ? "/key_jwk" : "/key_base64";
  if (name === "NotSupportedError") {
    c.warning(
      "import-unsupported-here",
      at,
      `expected this runtime's importKey to support ${plan.algorithm.name} ${plan.format} keys, found NotSupportedError: checked statically only`,
    );
  } else {
    c.error("import-rejected", at, `expected importKey to accept the key, found ${name}${safeMessage(e)}`);
  }
  return undefined;
}

function errorName(e: unknown): string {
  return e instanceof Error || (typeof e === "object" && e !== null && "name" in e)
    ? String((e as Error).name)
    : "an error";
}

/**
 * Runtime messages ("Invalid keyData", "Imported AES key length must be…") carry no key material today, but
 * we quote one only if it is short plain prose without any long base64/hex-looking run.
 */
function safeMessage(e: unknown): string {
  const m = e instanceof Error ? e.message : "";
  if (!m || m.length > 200 || /[A-Za-z0-9+/=_-]{16,}/.test(m) || !/^[\w\s.,:;'"()/<>=+-]*$/.test(m))
    return "";
  return ` (${m})`;
}
