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

type Obj = Record<string, unknown>;

/**
 * The endpoint's body shape: a top level of only `secrets` / `version_tags`, where `secrets` is not itself a
 * secret object. The same rule @patchbay/secrets applies in `desiredFromJson` (its `isBulkBodyShape`, not
 * exported yet; asked for): mirrored here only to decide whether to validate the document as it is. One
 * deliberate difference: `{"secrets": <not an object>}` counts as a (broken) body here, so `validate` reports
 * the schema error instead of reading a secret named "secrets".
 */
export function isBulkBodyShape(doc: Obj): boolean {
  const keys = Object.keys(doc);
  if (keys.length === 0 || !keys.every((k) => k === "secrets" || k === "version_tags")) return false;
  if (!Object.hasOwn(doc, "secrets")) return true;
  const secrets = doc.secrets;
  if (typeof secrets !== "object" || secrets === null || Array.isArray(secrets)) return true;
  const type = Object.hasOwn(secrets, "type") ? (secrets as Obj).type : undefined;
  return type !== "secret_text" && type !== "secret_key";
}

export type ValidateInput =
  | { readonly kind: "body"; readonly body: unknown }
  | { readonly kind: "secrets-file"; readonly format: InputFormat; readonly body: unknown };

/**
 * What `validate` checks: a JSON document in the endpoint's body shape is validated as it is (so schema
 * mistakes are reported against it); anything else is parsed as a secrets file and turned into the one
 * unchunked body a user would send (`toBulkPatch`).
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
    if (typeof doc === "object" && doc !== null && !Array.isArray(doc) && isBulkBodyShape(doc)) {
      return { kind: "body", body: doc };
    }
    const desired = secrets.desiredFromJson(doc, source);
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
