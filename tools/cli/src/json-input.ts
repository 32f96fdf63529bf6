/**
 * JSON input (RFC 8259) for every command: @patchbay/secrets' `parseJsonText`, i.e. JSON.parse for the value
 * (`__proto__` stays an own data member) and, on failure, a value-free `invalid-json` error with line:column
 * from an iterative scanner. V8's own messages are never shown: they quote the input around the fault, which
 * would print a secret. The CLI has no JSON parser of its own.
 */
import type { JsonValue } from "@patchbay/merge-patch";

export async function parseJson(text: string, source: string): Promise<JsonValue> {
  const { parseJsonText } = await import("@patchbay/secrets");
  return parseJsonText(text, source) as JsonValue;
}
