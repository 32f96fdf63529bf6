/**
 * The typed client for the Workers secrets endpoints (specs/workers-secrets.openapi.yaml). Each method picks
 * its operation from the generated table (plain script or Workers-for-Platforms twin), validates the call with
 * the generated validators, then sends it through `send.ts` (retries, deadline, redacted logging).
 */
import { RequestValidationError } from "./errors.js";
import type { SecretMetadata, SecretsPatchRequest } from "./generated/index.js";
import { operations } from "./generated/index.js";
import { type ClientOptions, type ResolvedOptions, resolveOptions } from "./options.js";
import { redactSecrets } from "./redact.js";
import { assertValidRequest, escapePointerToken, type OperationLike } from "./request-validation.js";
import { collectSensitiveStrings } from "./scrub.js";
import { send } from "./send.js";

/** Which Worker: a plain script, or (with `dispatchNamespace`) a Workers-for-Platforms user Worker. */
export interface ScriptRef {
  /** 32 lowercase hex characters. */
  accountId: string;
  scriptName: string;
  dispatchNamespace?: string;
  /** Aborts the call (every attempt and wait); the promise rejects with a `TransportError` code `aborted`. */
  signal?: AbortSignal;
}

/** Both media types carry the same RFC 7396 document; wrangler sends merge-patch, the official SDK JSON. */
export type SecretsPatchContentType = "application/merge-patch+json" | "application/json";

export interface PatchScriptSecretsInput extends ScriptRef {
  body: SecretsPatchRequest;
  /** Default `application/merge-patch+json` (RFC 7396 §4). */
  contentType?: SecretsPatchContentType;
}

/** Resulting secrets by name, metadata only. Cloudflare may omit it for plain scripts: then `undefined`. */
export type SecretsPatchResult = { [name: string]: SecretMetadata } | undefined;

export interface CloudflareClient {
  /** `PATCH …/secrets-bulk`: create/update (object), delete (`null`), leave alone (absent). Retry-safe. */
  patchScriptSecrets(input: PatchScriptSecretsInput): Promise<SecretsPatchResult>;
  /** `GET …/secrets`: names and types of the Worker's secrets, never values. */
  listScriptSecrets(input: ScriptRef): Promise<SecretMetadata[]>;
}

const PARAM_NAMES = {
  account_id: "accountId",
  script_name: "scriptName",
  dispatch_namespace: "dispatchNamespace",
};
const REF_KEYS = ["accountId", "scriptName", "dispatchNamespace", "signal"];

function pathParams(ref: ScriptRef): Record<string, string> {
  const params: Record<string, string> = { account_id: ref.accountId, script_name: ref.scriptName };
  if (ref.dispatchNamespace !== undefined) params.dispatch_namespace = ref.dispatchNamespace;
  return params;
}

/** A misspelt `dispatchNamespace` would silently target the plain script: unknown input keys are errors. */
function assertKnownKeys(operationId: string, input: unknown, allowed: readonly string[]): void {
  if (typeof input !== "object" || input === null || Array.isArray(input))
    throw new RequestValidationError(operationId, [
      { pointer: "", keyword: "type", message: "the operation's input must be an object" },
    ]);
  const unknown = Object.keys(input).filter((k) => !allowed.includes(k));
  if (unknown.length > 0)
    throw new RequestValidationError(
      operationId,
      unknown.map((k) => ({
        pointer: `/${escapePointerToken(k)}`,
        keyword: "additionalProperties",
        message: `is not an option of this operation (expected one of ${allowed.join(", ")})`,
      })),
    );
}

/** Memoises a computation that only error and logging paths need. */
function once<T>(compute: () => T): () => T {
  let cached: { value: T } | undefined;
  return () => {
    cached ??= { value: compute() };
    return cached.value;
  };
}

interface Call {
  op: OperationLike;
  ref: ScriptRef;
  body?: unknown;
  contentType?: string;
}

async function call(config: ResolvedOptions, { op, ref, body, contentType }: Call): Promise<unknown> {
  const params = pathParams(ref);
  assertValidRequest(op, {
    params,
    paramNames: PARAM_NAMES,
    ...(op.validateBody === undefined ? {} : { body }),
    ...(contentType === undefined ? {} : { contentType }),
  });
  const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ""));
  const headers: Record<string, string> = { ...config.headers };
  let text: string | undefined;
  if (op.validateBody !== undefined) {
    try {
      text = JSON.stringify(body);
    } catch {
      // A validated body can still hold a cycle or a BigInt under a free-form member (`version_tags`).
      throw new RequestValidationError(op.operationId, [
        { pointer: "/body", keyword: "json", message: "cannot be serialized as JSON (cycle or BigInt)" },
      ]);
    }
    headers["content-type"] = contentType ?? "application/json";
  }
  return send(config, {
    operationId: op.operationId,
    method: op.method,
    url: config.baseUrl + path,
    headers,
    ...(text === undefined ? {} : { body: text, logBody: once(() => redactSecrets(body)) }),
    scrubValues: once(() => collectSensitiveStrings(body, config.credentials)),
    responseValidators: op.validateResponse,
    signal: ref.signal,
  });
}

/**
 * Creates a client. Throws {@link ClientConfigError} for unusable options. The client holds the credentials in
 * a closure only: it has no property, `toString` or `toJSON` that could reveal them.
 */
export function createClient(options: ClientOptions): CloudflareClient {
  const config = resolveOptions(options);
  return {
    async patchScriptSecrets(input) {
      // `?.`: plain-JS callers may pass anything; assertKnownKeys reports it.
      const ns = input?.dispatchNamespace !== undefined;
      const op = ns
        ? operations["namespace-worker-patch-script-secrets-bulk"]
        : operations["worker-patch-script-secrets-bulk"];
      assertKnownKeys(op.operationId, input, [...REF_KEYS, "body", "contentType"]);
      const contentType = input.contentType ?? "application/merge-patch+json";
      return (await call(config, { op, ref: input, body: input.body, contentType })) as SecretsPatchResult;
    },
    async listScriptSecrets(input) {
      // `?.`: plain-JS callers may pass anything; assertKnownKeys reports it.
      const ns = input?.dispatchNamespace !== undefined;
      const op = ns
        ? operations["namespace-worker-list-script-secrets"]
        : operations["worker-list-script-secrets"];
      assertKnownKeys(op.operationId, input, REF_KEYS);
      return (await call(config, { op, ref: input })) as SecretMetadata[];
    },
  };
}
