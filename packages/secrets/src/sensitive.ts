/** The members that hold values (contract 2), re-exported from the one redaction module. */
export { REDACTED, redactSecrets, SENSITIVE_MEMBERS as SENSITIVE } from "@patchbay/cloudflare-api";

/**
 * Defence in depth for messages written by other packages (ajv, webcrypto-keys): any sensitive
 * string of the checked secret found in the message is replaced. Values shorter than 4 characters
 * are skipped, as replacing every "a" in a message would garble it while hiding nothing.
 */
export function scrubMessage(message: string, values: readonly string[]): string {
  let out = message;
  for (const v of values) if (v.length >= 4) out = out.split(v).join("[REDACTED]");
  return out;
}
