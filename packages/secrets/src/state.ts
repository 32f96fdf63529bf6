/**
 * Fingerprint state: per script, an HMAC-SHA256 (WebCrypto §29 HMAC, RFC 2104) of each secret last
 * sent, under a random 256-bit key stored in the same file. `plan` compares fingerprints to say
 * "unchanged" without Cloudflare ever returning a value and without the file storing one. Threat
 * model in the README: whoever can read the file can confirm a guessed value, nothing more.
 */
import { canonicalJson } from "./canonical-json.js";
import { SecretsStateError } from "./errors.js";
import { findDuplicateMember } from "./json-text.js";
import type { DesiredSecret, DesiredSecrets } from "./model.js";

export interface SecretsState {
  readonly version: 1;
  /** base64 of the 32-byte HMAC key. */
  readonly key: string;
  /** script → secret name → base64url HMAC. */
  readonly scripts: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

export type SettableSecret = Exclude<DesiredSecret, { kind: "delete" }>;

const keys = new WeakMap<SecretsState, Promise<CryptoKey>>();

export function createState(): SecretsState {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return { version: 1, key: toBase64(bytes), scripts: new Map() };
}

/** HMAC over the canonical wire form plus script and name (so equal values differ across names). */
export async function fingerprint(
  state: SecretsState,
  target: { script: string; name: string; secret: SettableSecret },
): Promise<string> {
  let key = keys.get(state);
  if (!key) {
    key = crypto.subtle.importKey("raw", fromBase64(state.key), { name: "HMAC", hash: "SHA-256" }, false, [
      "sign",
    ]);
    keys.set(state, key);
  }
  const { secret } = target;
  const wire =
    secret.kind === "text"
      ? { type: "secret_text", text: secret.text }
      : { ...secret.secret, name: undefined };
  const message = canonicalJson(["patchbay-fingerprint-v1", target.script, target.name, wire]);
  const mac = await crypto.subtle.sign("HMAC", await key, new TextEncoder().encode(message));
  return toBase64(new Uint8Array(mac)).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

/**
 * The state after `desired` was applied to `script`: fingerprints of set secrets recorded, deleted
 * ones (and `deleted`, e.g. a plan's pruned names) removed. Returns a new state; the input is kept.
 */
export async function updateState(
  state: SecretsState,
  update: { script: string; desired: DesiredSecrets; deleted?: Iterable<string> },
): Promise<SecretsState> {
  const scriptMap = new Map(state.scripts.get(update.script) ?? []);
  for (const [name, secret] of update.desired) {
    if (secret.kind === "delete") scriptMap.delete(name);
    else scriptMap.set(name, await fingerprint(state, { script: update.script, name, secret }));
  }
  for (const name of update.deleted ?? []) scriptMap.delete(name);
  const scripts = new Map(state.scripts);
  scripts.set(update.script, scriptMap);
  const next: SecretsState = { version: 1, key: state.key, scripts };
  const cached = keys.get(state);
  if (cached) keys.set(next, cached);
  return next;
}

export function serializeState(state: SecretsState): string {
  const scripts = Object.fromEntries([...state.scripts].map(([s, m]) => [s, Object.fromEntries(m)]));
  return `${JSON.stringify({ version: 1, algorithm: "HMAC-SHA256", key: state.key, scripts }, null, 2)}\n`;
}

/** @throws SecretsStateError "invalid-state" with a pointer; the key is never echoed. */
export function parseState(text: string): SecretsState {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new SecretsStateError("invalid-state", "the state file is not valid JSON");
  }
  // RFC 8259 §4: a repeated name would make JSON.parse pick one fingerprint (or key) silently.
  const duplicate = findDuplicateMember(text);
  if (duplicate) {
    const { first, again, pointer } = duplicate;
    throw new SecretsStateError(
      "invalid-state",
      `expected unique member names, found this name twice in one object (first at ${first.line}:${first.column}, again at ${again.line}:${again.column})`,
      pointer,
    );
  }
  const isObj = (v: unknown): v is Record<string, unknown> =>
    typeof v === "object" && v !== null && !Array.isArray(v);
  if (!isObj(doc)) throw new SecretsStateError("invalid-state", "expected an object", "");
  if (doc.version !== 1) throw new SecretsStateError("invalid-state", "expected version 1", "/version");
  if (typeof doc.key !== "string" || !/^[A-Za-z0-9+/]{43}=$/.test(doc.key)) {
    throw new SecretsStateError("invalid-state", "expected a base64 32-byte key", "/key");
  }
  if (!isObj(doc.scripts)) throw new SecretsStateError("invalid-state", "expected an object", "/scripts");
  const scripts = new Map<string, Map<string, string>>();
  for (const [script, names] of Object.entries(doc.scripts)) {
    if (!isObj(names))
      throw new SecretsStateError("invalid-state", "expected an object", `/scripts/${esc(script)}`);
    const m = new Map<string, string>();
    for (const [name, fp] of Object.entries(names)) {
      if (typeof fp !== "string") {
        throw new SecretsStateError(
          "invalid-state",
          "expected a fingerprint string",
          `/scripts/${esc(script)}/${esc(name)}`,
        );
      }
      m.set(name, fp);
    }
    scripts.set(script, m);
  }
  return { version: 1, key: doc.key, scripts };
}

const esc = (t: string) => t.replaceAll("~", "~0").replaceAll("/", "~1");

function toBase64(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

function fromBase64(b64: string): Uint8Array<ArrayBuffer> {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
