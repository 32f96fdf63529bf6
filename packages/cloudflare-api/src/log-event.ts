/**
 * Events for the optional `logger` hook. Everything in an event is safe to print: bodies went through
 * `redactSecrets`, credential headers are removed, server text is echo-scrubbed.
 */

interface EventBase {
  operationId: string;
  /** 1 for the first HTTP request of a call, 2 for the first retry, … */
  attempt: number;
}

export type ClientLogEvent =
  | (EventBase & {
      type: "request";
      method: string;
      url: string;
      /** Request headers without `authorization`, `x-auth-key` and `x-auth-email`. */
      headers: Record<string, string>;
      /** The request body with `text`, `key_base64` and `key_jwk` replaced by `[REDACTED]`. */
      body?: unknown;
    })
  | (EventBase & {
      type: "response";
      status: number;
      durationMs: number;
      /** The parsed JSON body, redacted; absent for non-JSON bodies. */
      body?: unknown;
    })
  | (EventBase & {
      type: "retry";
      /** Why the previous attempt is repeated: `HTTP 429`, `HTTP 503`, `network error`. */
      reason: string;
      delayMs: number;
    });

/** Header names that carry credentials (RFC 9110 §11.6.2 `Authorization`; Cloudflare's legacy pair). */
export const CREDENTIAL_HEADERS: ReadonlySet<string> = new Set([
  "authorization",
  "x-auth-key",
  "x-auth-email",
]);

export function withoutCredentials(headers: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).filter(([name]) => !CREDENTIAL_HEADERS.has(name.toLowerCase())),
  );
}

/**
 * Calls the hook. A throwing hook is ignored on purpose: logging must never change whether a secrets change
 * is sent or how its outcome is reported.
 */
export function emit(logger: ((event: ClientLogEvent) => void) | undefined, event: ClientLogEvent): void {
  if (logger === undefined) return;
  try {
    logger(event);
  } catch {
    // Deliberately swallowed: see above.
  }
}
