/**
 * JSON secrets files: `{ "NAME": "value" | null | {secret object} }`, or the endpoint's own body
 * `{ "secrets": { … }, "version_tags"?: … }` (version tags are not part of the desired state).
 * A secret object's `name` may be omitted; when present it must equal its key.
 */

import { escapePointerToken } from "./diagnostic.js";
import { describeType, SecretsFileError } from "./errors.js";
import { parseJsonText, withJsonPosition } from "./json-text.js";
import type { DesiredSecret, DesiredSecrets, SecretKeyBody } from "./model.js";

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const own = (o: Obj, k: string): unknown => (Object.hasOwn(o, k) ? o[k] : undefined);

export function parseJsonSecrets(text: string, filename?: string): DesiredSecrets {
  const doc = parseJsonText(text, filename);
  try {
    return desiredFromJson(doc, filename);
  } catch (error) {
    throw withJsonPosition(error, text);
  }
}

/** The body shape wins when the top level holds only `secrets`/`version_tags` and `secrets` is a map. */
export function isBulkBodyShape(doc: Obj): boolean {
  const keys = Object.keys(doc);
  if (keys.length === 0 || !keys.every((k) => k === "secrets" || k === "version_tags")) return false;
  const secrets = own(doc, "secrets");
  if (secrets === undefined) return true;
  if (!isObject(secrets)) return false;
  // `{"secrets": {"type": "secret_text", …}}` is a flat file with one secret named "secrets".
  const type = own(secrets, "type");
  return type !== "secret_text" && type !== "secret_key";
}

export function desiredFromJson(doc: unknown, filename?: string): DesiredSecrets {
  const at = (pointer: string) => ({ pointer, ...(filename ? { filename } : {}) });
  if (!isObject(doc)) {
    throw new SecretsFileError(
      "invalid-shape",
      `expected an object mapping names to secrets, found ${describeType(doc)}`,
      at(""),
    );
  }
  const body = isBulkBodyShape(doc);
  const map = body ? (own(doc, "secrets") ?? {}) : doc;
  const prefix = body ? "/secrets" : "";
  const out = new Map<string, DesiredSecret>();
  for (const [name, value] of Object.entries(map as Obj)) {
    const pointer = `${prefix}/${escapePointerToken(name)}`;
    out.set(name, entry(name, value, pointer, at));
  }
  return out;
}

function entry(name: string, value: unknown, pointer: string, at: (p: string) => object): DesiredSecret {
  if (typeof value === "string") return { kind: "text", text: value };
  if (value === null) return { kind: "delete" };
  const type = isObject(value) ? own(value, "type") : undefined;
  if (!isObject(value) || (type !== "secret_text" && type !== "secret_key")) {
    const found = isObject(value)
      ? 'an object without type "secret_text" or "secret_key"'
      : describeType(value);
    throw new SecretsFileError(
      "invalid-shape",
      `expected a string, null, or a secret object (type "secret_text" or "secret_key"), found ${found}`,
      at(pointer),
    );
  }
  const declared = own(value, "name");
  if (declared !== undefined && declared !== name) {
    const found = typeof declared === "string" ? JSON.stringify(declared) : describeType(declared);
    throw new SecretsFileError(
      "name-mismatch",
      `expected name ${JSON.stringify(name)} (the key), found ${found}`,
      at(`${pointer}/name`),
    );
  }
  if (type === "secret_text") {
    const text = own(value, "text");
    if (typeof text !== "string") {
      throw new SecretsFileError(
        "invalid-shape",
        `expected "text" to be a string, found ${describeType(text)}`,
        at(`${pointer}/text`),
      );
    }
    return { kind: "text", text };
  }
  // A copy with the name filled in; the key's other members are checked by validateBulkPatch.
  return { kind: "key", secret: { ...value, name } as SecretKeyBody };
}
