/**
 * Reading the inputs of `validate` and `plan` with @patchbay/secrets: a secrets file (.env, .dev.vars,
 * JSON) → desired state, or a bulk body as it is; a GET …/secrets response → current state. All parsing and
 * format detection is the library's; this module only reads files and passes names along.
 */
import type { CurrentSecrets, DesiredSecrets } from "@patchbay/secrets";
import { type Io, readText } from "./io.js";
import { parseJson } from "./json-input.js";

export type InputFormat = "json" | "dotenv";

/** `undefined` for stdin: the library then detects the format from the text. */
export function filenameOf(source: string): string | undefined {
  return source === "-" ? undefined : source;
}

/** Where a diagnostic's body pointer lands in the file that was read: 1-based line and column. */
export type Locate = (pointer: string) => { line: number; column: number } | undefined;

export interface ValidateInput {
  /** "body": the endpoint's body shape, validated as it is; otherwise the secrets file format it was built from. */
  readonly kind: "body" | InputFormat;
  readonly body: unknown;
  /** Maps a pointer into `body` to the input file, so each finding points at the user's own text. */
  readonly locate: Locate;
}

/** `/secrets/NAME/…` → NAME: the secret a body pointer is about. */
function secretName(pointer: string): string | undefined {
  const m = /^\/secrets\/([^/]*)/.exec(pointer);
  return m ? (m[1] as string).replaceAll("~1", "/").replaceAll("~0", "~") : undefined;
}

/**
 * What `validate` checks: a JSON document in the endpoint's body shape (`isBulkBodyShape`) is validated as
 * it is, so schema mistakes are reported against it; anything else is parsed as a secrets file and turned
 * into the one unchunked body a user would send (`toBulkPatch`). Either way `locate` gives each finding a
 * position in the file read: the pointer's own in a body, `/secrets/NAME/x` → `/NAME/x` in a JSON secrets
 * file, and the line of `NAME=` in a .env file.
 */
export async function readValidateInput(
  io: Io,
  source: string,
  format?: InputFormat,
): Promise<ValidateInput> {
  const text = await readText(io, source);
  const secrets = await import("@patchbay/secrets");
  const filename = filenameOf(source);
  const detected = format ?? secrets.detectFormat(text, filename);
  if (detected === "json") {
    const doc = await parseJson(text, source);
    if (typeof doc === "object" && doc !== null && !Array.isArray(doc) && secrets.isBulkBodyShape(doc)) {
      return { kind: "body", body: doc, locate: (pointer) => secrets.positionOfPointer(text, pointer) };
    }
    let desired: DesiredSecrets;
    try {
      desired = secrets.desiredFromJson(doc, source);
    } catch (error) {
      throw secrets.withJsonPosition(error, text); // a pointer-only shape error gains its line:column
    }
    const locate: Locate = (pointer) =>
      pointer.startsWith("/secrets/")
        ? secrets.positionOfPointer(text, pointer.slice("/secrets".length))
        : undefined;
    return { kind: "json", body: secrets.toBulkPatch(desired), locate };
  }
  const parsed = secrets.parseDotenvWithSources(text, source);
  const locate: Locate = (pointer) => {
    const name = secretName(pointer);
    return name === undefined ? undefined : parsed.sources.get(name);
  };
  return { kind: "dotenv", body: secrets.toBulkPatch(parsed.secrets), locate };
}

/**
 * A secrets file → desired state (for `plan`), with `locate` as in `readValidateInput`: a finding about a
 * planned body's `/secrets/NAME/…` is shown at NAME's place in this file.
 */
export async function readDesired(
  io: Io,
  source: string,
  format?: InputFormat,
): Promise<{ desired: DesiredSecrets; locate: Locate }> {
  const text = await readText(io, source);
  const secrets = await import("@patchbay/secrets");
  const detected = format ?? secrets.detectFormat(text, filenameOf(source));
  if (detected === "json") {
    const doc = await parseJson(text, source);
    let desired: DesiredSecrets;
    try {
      desired = secrets.desiredFromJson(doc, source);
    } catch (error) {
      throw secrets.withJsonPosition(error, text);
    }
    const body =
      typeof doc === "object" && doc !== null && !Array.isArray(doc) && secrets.isBulkBodyShape(doc);
    const locate: Locate = (pointer) =>
      !pointer.startsWith("/secrets/")
        ? undefined
        : secrets.positionOfPointer(text, body ? pointer : pointer.slice("/secrets".length));
    return { desired, locate };
  }
  const parsed = secrets.parseDotenvWithSources(text, source);
  const locate: Locate = (pointer) => {
    const name = secretName(pointer);
    return name === undefined ? undefined : parsed.sources.get(name);
  };
  return { desired: parsed.secrets, locate };
}

/** A GET …/secrets response (envelope), wrangler's `secret list --format json` array, or a bulk 200 result. */
export async function readCurrent(io: Io, source: string): Promise<CurrentSecrets> {
  const text = await readText(io, source);
  const { parseCurrentSecrets } = await import("@patchbay/secrets");
  return parseCurrentSecrets(text, { filename: source }); // text: the library parses it, with line:column
}
