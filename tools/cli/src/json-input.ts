/**
 * JSON input (RFC 8259) for every command: JSON.parse for the value (fast; `__proto__` becomes an own data
 * member). Its error messages are never shown: V8 quotes the input around the fault ("Unexpected token 'x',
 * "{"text": …" is not valid JSON"), which would print a secret. On failure the text goes to
 * @patchbay/secrets' JSON secrets parser, whose first step (its iterative JSON scanner) throws a
 * value-free `invalid-json` error with line:column; so the CLI has no JSON scanner of its own.
 * (Asked of @patchbay/secrets: export `parseJsonText` so this can call it directly.)
 */
import type { JsonValue } from "@patchbay/merge-patch";
import { CliError } from "./cli-error.js";

export async function parseJson(text: string, source: string): Promise<JsonValue> {
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    const { parseJsonSecrets } = await import("@patchbay/secrets");
    parseJsonSecrets(text, source); // throws SecretsFileError("invalid-json", line, column) for this text
    throw new CliError("JSON_SYNTAX", "expected JSON, found text JSON.parse rejects", { source });
  }
}
