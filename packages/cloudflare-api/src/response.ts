/**
 * Interprets one HTTP response of the v4 API: unwraps `result` on `success: true` with a 2xx, and turns
 * everything else into a {@link CloudflareApiError} with the status, every `{code, message}`, hints, and
 * whether repeating the request could help (RFC 9110: 429 and 5xx; see `retry.ts`).
 */
import { parseBody } from "./envelope.js";
import { CloudflareApiError } from "./errors.js";
import { hintsFor } from "./hints.js";
import { redactSecrets } from "./redact.js";
import type { ValidatorLike } from "./request-validation.js";
import { isRetryableStatus, parseRetryAfter } from "./retry.js";
import { scrubText } from "./scrub.js";

export interface ResponseContext {
  operationId: string;
  attempt: number;
  status: number;
  headers: Headers;
  text: string;
  /** Secret values and credentials of this request, for echo scrubbing (computed only when needed). */
  scrubValues: () => readonly string[];
  /** Whether a logger will receive the body: redacting it costs time on the success path otherwise. */
  wantLogBody: boolean;
  /** The generated validator for this status, when `validateResponses` is on. */
  validator: ValidatorLike | undefined;
  nowMs: number;
}

export type Outcome =
  | { ok: true; result: unknown; logBody: unknown }
  | { ok: false; error: CloudflareApiError; retryable: boolean; retryAfterMs?: number; logBody: unknown };

const EXCERPT_LENGTH = 200;

/** The JSON body as the log hook may see it: member-redacted, then echo-scrubbed; `undefined` if impossible. */
function safeLogBody(json: unknown, scrubValues: readonly string[]): unknown {
  if (json === undefined) return undefined;
  try {
    return JSON.parse(scrubText(JSON.stringify(redactSecrets(json)), scrubValues));
  } catch {
    return undefined;
  }
}

export function interpretResponse(ctx: ResponseContext): Outcome {
  const { status, headers } = ctx;
  const parsed = parseBody(ctx.text);
  const retryAfterMs = parseRetryAfter(headers.get("retry-after"), ctx.nowMs);
  const rayId = headers.get("cf-ray") ?? undefined;
  const is2xx = status >= 200 && status <= 299;
  const json = parsed.kind === "envelope" || parsed.kind === "not_envelope" ? parsed.json : undefined;
  const logBody = ctx.wantLogBody ? safeLogBody(json, ctx.scrubValues()) : undefined;
  const scrubMessages = (list: readonly { code: number; message: string }[]) =>
    list.map((m) => ({ ...m, message: scrubText(m.message, ctx.scrubValues()) }));
  const base = {
    operationId: ctx.operationId,
    status,
    attempts: ctx.attempt,
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    ...(rayId === undefined ? {} : { rayId }),
  };

  if (parsed.kind === "envelope") {
    if (is2xx && parsed.success) {
      const validator = ctx.validator;
      if (validator !== undefined && !validator(parsed.json)) {
        const where = (validator.errors ?? []).map(
          (e) => `${e.instancePath || "/"} ${e.message ?? e.keyword}`,
        );
        const error = new CloudflareApiError(
          "response_invalid",
          `HTTP ${status} body does not match the documented response schema (${where.join("; ")})`,
          { ...base, errors: [], messages: scrubMessages(parsed.messages), hints: [] },
        );
        return { ok: false, error, retryable: false, logBody };
      }
      return { ok: true, result: parsed.result, logBody };
    }
    const errors = scrubMessages(parsed.errors);
    const summary = parsed.success
      ? `HTTP ${status} with success: true on an error status`
      : `HTTP ${status}, success: false`;
    const error = new CloudflareApiError("api_error", summary, {
      ...base,
      errors,
      messages: scrubMessages(parsed.messages),
      hints: hintsFor(errors),
    });
    return { ok: false, error, retryable: isRetryableStatus(status), ...retryAfterOf(retryAfterMs), logBody };
  }

  const contentType = headers.get("content-type") ?? "no content-type";
  const what =
    parsed.kind === "empty"
      ? "an empty body"
      : parsed.kind === "not_json"
        ? `a non-JSON body (${contentType}, ${ctx.text.length} characters)`
        : "a JSON body that is not a v4 envelope";
  const excerpt = scrubText(ctx.text, ctx.scrubValues()).slice(0, EXCERPT_LENGTH);
  const error = new CloudflareApiError(
    is2xx ? "response_invalid" : "api_error",
    `HTTP ${status} with ${what}`,
    {
      ...base,
      errors: [],
      messages: [],
      hints: [],
      ...(excerpt === "" ? {} : { bodyExcerpt: excerpt }),
    },
  );
  return { ok: false, error, retryable: isRetryableStatus(status), ...retryAfterOf(retryAfterMs), logBody };
}

const retryAfterOf = (ms: number | undefined): { retryAfterMs?: number } =>
  ms === undefined ? {} : { retryAfterMs: ms };
