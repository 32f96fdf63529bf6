/**
 * The client's error classes. Every failure the client reports is one of these, with a `code` from the closed
 * union {@link ClientErrorCode}, so callers can `switch (err.code)` exhaustively.
 *
 * Why the messages are safe: they are built only from schema facts (pointers, keywords, allowed values), HTTP
 * facts (status, headers) and Cloudflare's `{code, message}` pairs after echo-scrubbing (see `scrub.ts`). No
 * request body, secret value or credential is ever stored on an error, so `message`, `toString()` and
 * `toJSON()` cannot leak one.
 */
import type { ApiMessage } from "./envelope.js";

export type ClientErrorCode =
  /** `createClient` options are unusable (missing credentials, bad baseUrl, negative retries…). */
  | "config_invalid"
  /** The request failed schema validation before sending; nothing was sent. */
  | "request_invalid"
  /** Cloudflare answered with `success: false` (on any status) or an HTTP error status. */
  | "api_error"
  /** A 2xx answer that is not a v4 envelope (or, with `validateResponses`, not the documented shape). */
  | "response_invalid"
  /** The call exceeded `timeoutMs` (whole call: every attempt and every backoff wait). */
  | "timeout"
  /** The caller's `AbortSignal` fired. */
  | "aborted"
  /** `fetch` itself failed (DNS, connection refused, reset) on the last allowed attempt. */
  | "network_error";

/** One schema problem. `pointer` (RFC 6901) points into the object passed to the operation. */
export interface RequestIssue {
  pointer: string;
  keyword: string;
  message: string;
}

/** Base class: `code` narrows to the subclass, `toJSON()` is plain data safe to log. */
export abstract class CloudflareClientError extends Error {
  abstract readonly code: ClientErrorCode;

  toJSON(): Record<string, unknown> {
    // Own enumerable fields only: subclasses hold nothing but safe, structured data.
    return {
      name: this.name,
      code: this.code,
      message: this.message,
      ...Object.fromEntries(Object.entries(this)),
    };
  }
}

export class ClientConfigError extends CloudflareClientError {
  readonly code = "config_invalid" as const;
  override readonly name = "ClientConfigError";
  constructor(
    /** Pointer into the options object, e.g. `/timeoutMs`. */
    readonly pointer: string,
    expected: string,
    found: string,
  ) {
    super(`Invalid client option at ${pointer || "/"}: expected ${expected}, found ${found}`);
  }
}

export class RequestValidationError extends CloudflareClientError {
  readonly code = "request_invalid" as const;
  override readonly name = "RequestValidationError";
  constructor(
    readonly operationId: string,
    readonly issues: readonly RequestIssue[],
  ) {
    const list = issues.map((i) => `${i.pointer || "/"}: ${i.message}`).join("; ");
    super(`${operationId}: request is invalid (${issues.length} problem(s), nothing was sent): ${list}`);
  }
}

export interface ApiErrorDetails {
  operationId: string;
  status: number;
  /** Every `{code, message}` Cloudflare returned (echo-scrubbed), in order. Empty for non-JSON bodies. */
  errors: readonly ApiMessage[];
  messages: readonly ApiMessage[];
  /** Actionable advice for known codes, one per distinct known code. */
  hints: readonly string[];
  /** How many HTTP requests were made, including this last one. */
  attempts: number;
  /** Parsed `Retry-After`, when the server sent one. */
  retryAfterMs?: number;
  /** `cf-ray` response header: quote it to Cloudflare support. */
  rayId?: string;
  /** For non-JSON or non-envelope bodies: the first 200 characters, echo-scrubbed. */
  bodyExcerpt?: string;
}

export class CloudflareApiError extends CloudflareClientError {
  override readonly name = "CloudflareApiError";
  readonly operationId: string;
  readonly status: number;
  readonly errors: readonly ApiMessage[];
  readonly messages: readonly ApiMessage[];
  readonly hints: readonly string[];
  readonly attempts: number;
  readonly retryAfterMs?: number;
  readonly rayId?: string;
  readonly bodyExcerpt?: string;

  constructor(
    readonly code: "api_error" | "response_invalid",
    summary: string,
    details: ApiErrorDetails,
  ) {
    const codes = details.errors.map((e) => `[${e.code}] ${e.message}`).join("; ");
    const hints = details.hints.length > 0 ? ` Hint: ${details.hints.join(" ")}` : "";
    super(`${details.operationId}: ${summary}${codes ? `: ${codes}` : ""}.${hints}`);
    this.operationId = details.operationId;
    this.status = details.status;
    this.errors = details.errors;
    this.messages = details.messages;
    this.hints = details.hints;
    this.attempts = details.attempts;
    if (details.retryAfterMs !== undefined) this.retryAfterMs = details.retryAfterMs;
    if (details.rayId !== undefined) this.rayId = details.rayId;
    if (details.bodyExcerpt !== undefined) this.bodyExcerpt = details.bodyExcerpt;
  }
}

export class TransportError extends CloudflareClientError {
  override readonly name = "TransportError";
  constructor(
    readonly code: "timeout" | "aborted" | "network_error",
    readonly operationId: string,
    readonly attempts: number,
    detail: string,
    cause?: unknown,
  ) {
    // `cause` is the runtime's own fetch failure (e.g. ECONNREFUSED); it never contains the request body.
    super(`${operationId}: ${detail}`, cause === undefined ? undefined : { cause });
  }
}
