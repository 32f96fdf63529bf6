/**
 * Writes desired secrets as a `.env` file that `parseDotenv` reads back to the same map (the round
 * trip is a property test). Plain values stay bare, multi-line values without `'` use single quotes
 * (PEM blocks stay readable), everything else uses double quotes with \\ \" \n \r escapes.
 */
import { SecretsFileError } from "./errors.js";
import type { DesiredSecrets } from "./model.js";

const NAME = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200C\u200D]*$/u;
const BARE = /^[A-Za-z0-9_\-.:/+=@,%^~]+$/;

export function serializeDotenv(desired: DesiredSecrets): string {
  const lines: string[] = [];
  for (const [name, secret] of desired) {
    if (!NAME.test(name)) {
      throw new SecretsFileError(
        "invalid-key",
        `secret #${lines.length + 1}: a .env name must be a JavaScript identifier`,
      );
    }
    if (secret.kind === "delete") lines.push(`# patchbay:delete ${name}`);
    else if (secret.kind === "text") lines.push(`${name}=${quote(secret.text)}`);
    else {
      throw new SecretsFileError(
        "unsupported-kind",
        `${name} is a secret_key; .env files hold text secrets only, use the JSON format`,
      );
    }
  }
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}

function quote(value: string): string {
  if (BARE.test(value)) return value;
  if (value.includes("\n") && !value.includes("'") && !value.includes("\r")) return `'${value}'`;
  const escaped = value.replace(/[\\"\n\r]/g, (c) => (c === "\n" ? "\\n" : c === "\r" ? "\\r" : `\\${c}`));
  return `"${escaped}"`;
}
