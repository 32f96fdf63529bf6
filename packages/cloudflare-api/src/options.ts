/**
 * `createClient` options: credentials, transport, retry and logging settings, checked once up front so a bad
 * option fails at construction with a pointer, not on the first request.
 */
import { ClientConfigError } from "./errors.js";
import type { ClientLogEvent } from "./log-event.js";
import { type BackoffOptions, DEFAULT_BACKOFF } from "./retry.js";

export const DEFAULT_BASE_URL = "https://api.cloudflare.com/client/v4";
export const DEFAULT_USER_AGENT = "patchbay-cloudflare-api";

/** API token (`Authorization: Bearer`), or the legacy Global API key with its account email. */
export type Credentials =
  | { apiToken: string; apiKey?: never; email?: never }
  | { apiKey: string; email: string; apiToken?: never };

export type ClientOptions = Credentials & {
  /** Default {@link DEFAULT_BASE_URL}. */
  baseUrl?: string;
  /** Default `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** Deadline for a whole call: every attempt and every wait between attempts. Default 60 000 ms. */
  timeoutMs?: number;
  /**
   * Extra attempts after the first, for 429, 5xx and network failures. Default 3; 0 disables retrying.
   * The PATCH is retried too: a merge patch is idempotent (RFC 7396 §2), see retry.ts.
   */
  retries?: number;
  /** Default {@link DEFAULT_USER_AGENT}. Browsers ignore it (forbidden header); Node and workerd send it. */
  userAgent?: string;
  backoff?: Partial<BackoffOptions>;
  /** Receives request/response/retry events: bodies redacted, credential headers removed. */
  logger?: (event: ClientLogEvent) => void;
  /**
   * With `true`, a successful response is also checked against the operation's generated response validator
   * and a mismatch is a `response_invalid` error. Default `false`: the PATCH has already been applied by then.
   */
  validateResponses?: boolean;
  /** For tests and custom schedulers: how to wait between attempts (must reject when `signal` aborts). */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** For tests: the jitter source, returning a number in [0, 1). Default `Math.random`. */
  random?: () => number;
};

export interface ResolvedOptions {
  baseUrl: string;
  fetch: typeof fetch;
  timeoutMs: number;
  retries: number;
  backoff: BackoffOptions;
  /** Headers sent on every request, credentials included. */
  headers: Readonly<Record<string, string>>;
  /** The credential strings, for echo scrubbing. */
  credentials: readonly string[];
  logger: ((event: ClientLogEvent) => void) | undefined;
  validateResponses: boolean;
  sleep: ((ms: number, signal: AbortSignal) => Promise<void>) | undefined;
  random: () => number;
}

/** What was found, without ever echoing a string (it could be a credential). */
const describe = (v: unknown): string => {
  if (v === null || v === undefined) return String(v);
  if (Array.isArray(v)) return "an array";
  if (typeof v === "string") return "a string";
  if (typeof v === "object" || typeof v === "function") return `a ${typeof v}`;
  return `${typeof v} ${String(v)}`;
};

function nonEmptyString(options: Record<string, unknown>, key: string): string | undefined {
  const value = options[key];
  if (value === undefined) return undefined;
  // Never echo a credential-shaped value: describe its type only.
  if (typeof value !== "string" || value.trim() === "")
    throw new ClientConfigError(
      `/${key}`,
      "a non-empty string",
      typeof value === "string" ? "an empty string" : describe(value),
    );
  return value;
}

function number(options: Record<string, unknown>, key: string, fallback: number, integer: boolean): number {
  const value = options[key] ?? fallback;
  if (
    typeof value !== "number" ||
    !Number.isFinite(value) ||
    value < 0 ||
    (integer && !Number.isInteger(value))
  )
    throw new ClientConfigError(
      `/${key}`,
      integer ? "a non-negative integer" : "a non-negative number",
      describe(value),
    );
  return value;
}

/** RFC 6750 bearer token, or Cloudflare's legacy `X-Auth-Email` + `X-Auth-Key` pair. */
function credentialHeaders(options: Record<string, unknown>): {
  headers: Record<string, string>;
  secret: string;
} {
  const apiToken = nonEmptyString(options, "apiToken");
  const apiKey = nonEmptyString(options, "apiKey");
  const email = nonEmptyString(options, "email");
  if (apiToken !== undefined && apiKey === undefined && email === undefined)
    return { headers: { authorization: `Bearer ${apiToken}` }, secret: apiToken };
  if (apiToken === undefined && apiKey !== undefined && email !== undefined)
    return { headers: { "x-auth-key": apiKey, "x-auth-email": email }, secret: apiKey };
  throw new ClientConfigError(
    "",
    "either apiToken, or apiKey together with email",
    `${["apiToken", "apiKey", "email"].filter((k) => options[k] !== undefined).join(" + ") || "no credentials"}`,
  );
}

function canParseUrl(text: string): boolean {
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}

export function resolveOptions(input: ClientOptions): ResolvedOptions {
  if (typeof input !== "object" || input === null || Array.isArray(input))
    throw new ClientConfigError("", "an options object", describe(input));
  const options = input as unknown as Record<string, unknown>;
  const auth = credentialHeaders(options);
  const baseUrl = nonEmptyString(options, "baseUrl") ?? DEFAULT_BASE_URL;
  if (!/^https?:\/\/[^/]/.test(baseUrl) || !canParseUrl(baseUrl))
    throw new ClientConfigError("/baseUrl", "an absolute http(s) URL", JSON.stringify(baseUrl));
  const fetchImpl = options.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== "function")
    throw new ClientConfigError(
      "/fetch",
      "a fetch function (none is global in this runtime)",
      describe(fetchImpl),
    );
  const backoffInput = (options.backoff ?? {}) as Record<string, unknown>;
  const backoff: BackoffOptions = {
    baseDelayMs: number(backoffInput, "baseDelayMs", DEFAULT_BACKOFF.baseDelayMs, false),
    maxDelayMs: number(backoffInput, "maxDelayMs", DEFAULT_BACKOFF.maxDelayMs, false),
    maxRetryAfterMs: number(backoffInput, "maxRetryAfterMs", DEFAULT_BACKOFF.maxRetryAfterMs, false),
  };
  const timeoutMs = number(options, "timeoutMs", 60_000, false);
  if (timeoutMs === 0) throw new ClientConfigError("/timeoutMs", "a positive number", "0");
  return {
    baseUrl: baseUrl.replace(/\/+$/, ""),
    // Called unbound: browsers and workerd reject `fetch` invoked with another object as `this`.
    fetch: (url, init) => (fetchImpl as typeof fetch)(url, init),
    timeoutMs,
    retries: number(options, "retries", 3, true),
    backoff,
    headers: {
      ...auth.headers,
      accept: "application/json",
      "user-agent": nonEmptyString(options, "userAgent") ?? DEFAULT_USER_AGENT,
    },
    credentials: [auth.secret],
    logger: input.logger,
    validateResponses: input.validateResponses ?? false,
    sleep: input.sleep,
    random: input.random ?? Math.random,
  };
}
