/**
 * The current secrets of a script, from what `GET …/secrets` returns: the API envelope
 * `{success, result: [{name, type}]}`, wrangler's `secret list --format json` (a bare array), or a
 * `secrets-bulk` 200 `result` map (name → metadata). Only names and types are read; a value, if a
 * file held one, is ignored and never echoed.
 */
import { escapePointerToken } from "./diagnostic.js";
import { describeType, SecretsFileError } from "./errors.js";
import { parseJsonText, withJsonPosition } from "./json-text.js";
import type { CurrentSecret, CurrentSecrets } from "./model.js";

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const own = (o: Obj, k: string): unknown => (Object.hasOwn(o, k) ? o[k] : undefined);

/**
 * @param input parsed JSON, or JSON text (parsed with line:column errors).
 * @throws SecretsFileError ("invalid-json" | "invalid-shape") with a pointer.
 */
export function parseCurrentSecrets(input: unknown, options: { filename?: string } = {}): CurrentSecrets {
  if (typeof input !== "string") return fromDocument(input, options.filename);
  const doc = parseJsonText(input, options.filename);
  try {
    return fromDocument(doc, options.filename);
  } catch (error) {
    throw withJsonPosition(error, input);
  }
}

function fromDocument(doc: unknown, filename: string | undefined): CurrentSecrets {
  const fail = (pointer: string, message: string): never => {
    throw new SecretsFileError("invalid-shape", message, { pointer, ...(filename ? { filename } : {}) });
  };
  let list: unknown = doc;
  let base = "";
  if (isObject(doc) && Object.hasOwn(doc, "success")) {
    if (own(doc, "success") !== true) {
      const errors = own(doc, "errors");
      const codes = Array.isArray(errors)
        ? errors.map((e) => (isObject(e) ? own(e, "code") : undefined))
        : [];
      const known = codes.filter((c) => typeof c === "number");
      fail(
        "/success",
        `expected a successful response, found a failure envelope${known.length ? ` (codes ${known.join(", ")})` : ""}`,
      );
    }
    list = own(doc, "result");
    base = "/result";
  }
  const out = new Map<string, CurrentSecret>();
  const seen = new Map<string, string>();
  const add = (item: unknown, pointer: string, key?: string) => {
    if (!isObject(item)) return fail(pointer, `expected {name, type}, found ${describeType(item)}`);
    const name = own(item, "name") ?? key;
    const type = own(item, "type");
    if (typeof name !== "string")
      return fail(`${pointer}/name`, `expected a string, found ${describeType(name)}`);
    if (key !== undefined && name !== key) {
      return fail(
        `${pointer}/name`,
        `expected name ${JSON.stringify(key)} (the key), found ${JSON.stringify(name)}`,
      );
    }
    if (type !== "secret_text" && type !== "secret_key") {
      const found = typeof type === "string" ? JSON.stringify(type) : describeType(type);
      return fail(`${pointer}/type`, `expected "secret_text" or "secret_key", found ${found}`);
    }
    const first = seen.get(name);
    if (first !== undefined) fail(pointer, `duplicate name ${JSON.stringify(name)} (first at ${first})`);
    seen.set(name, pointer);
    out.set(name, { name, type });
  };
  if (Array.isArray(list)) {
    for (const [i, item] of list.entries()) add(item, `${base}/${i}`);
  } else if (isObject(list)) {
    for (const [key, item] of Object.entries(list)) add(item, `${base}/${escapePointerToken(key)}`, key);
  } else {
    fail(
      base,
      `expected an array of {name, type} (or an API envelope holding one), found ${describeType(list)}`,
    );
  }
  return out;
}
