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

export type ValidateInput =
  /** A JSON document in the endpoint's body shape; `text` maps its pointers to line:column. */
  | { readonly kind: "body"; readonly body: unknown; readonly text: string }
  | { readonly kind: "secrets-file"; readonly format: InputFormat; readonly body: unknown };

/**
 * What `validate` checks: a JSON document in the endpoint's body shape (`isBulkBodyShape`) is validated as
 * it is, so schema mistakes are reported against it; anything else is parsed as a secrets file and turned
 * into the one unchunked body a user would send (`toBulkPatch`).
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
      return { kind: "body", body: doc, text };
    }
    let desired: DesiredSecrets;
    try {
      desired = secrets.desiredFromJson(doc, source);
    } catch (error) {
      throw secrets.withJsonPosition(error, text); // a pointer-only shape error gains its line:column
    }
    return { kind: "secrets-file", format: "json", body: secrets.toBulkPatch(desired) };
  }
  const desired = secrets.parseSecretsFile(text, { format: "dotenv", filename: source });
  return { kind: "secrets-file", format: "dotenv", body: secrets.toBulkPatch(desired) };
}

export async function readDesired(io: Io, source: string, format?: InputFormat): Promise<DesiredSecrets> {
  const text = await readText(io, source);
  const { parseSecretsFile } = await import("@patchbay/secrets");
  const filename = filenameOf(source);
  return parseSecretsFile(text, {
    ...(format === undefined ? {} : { format }),
    ...(filename === undefined ? {} : { filename }),
  });
}

/** A GET …/secrets response (envelope), wrangler's `secret list --format json` array, or a bulk 200 result. */
export async function readCurrent(io: Io, source: string): Promise<CurrentSecrets> {
  const text = await readText(io, source);
  const { parseCurrentSecrets } = await import("@patchbay/secrets");
  return parseCurrentSecrets(text, { filename: source }); // text: the library parses it, with line:column
}
