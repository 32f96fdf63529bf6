/**
 * Sends one operation call: attempts, waits and the call's deadline. Uses only `fetch`, `AbortController` and
 * `setTimeout` so it runs unchanged in Node, browsers and workerd.
 *
 * Retrying is safe for every operation this client exposes: GET is safe (RFC 9110 §9.2.1) and the
 * secrets-bulk PATCH body is an RFC 7396 merge patch, which is idempotent — a retry after a lost response
 * re-applies the same patch and yields the same secrets (one more Worker version at most).
 */
import { type Deadline, sleep as defaultSleep, startDeadline } from "./deadline.js";
import { type CloudflareApiError, TransportError } from "./errors.js";
import { emit, withoutCredentials } from "./log-event.js";
import type { ResolvedOptions } from "./options.js";
import type { ValidatorLike } from "./request-validation.js";
import { interpretResponse } from "./response.js";
import { planRetry } from "./retry.js";

export interface PreparedRequest {
  operationId: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
  /** The body as the log hook may see it (redacted); called only when a logger is set. */
  logBody?: () => unknown;
  /** Secret values of this request plus the credential, for echo scrubbing; called only when needed. */
  scrubValues: () => readonly string[];
  /** Response validators by status key ("200", "4XX", "default"), used when `validateResponses` is on. */
  responseValidators: Readonly<Record<string, ValidatorLike>>;
  signal?: AbortSignal | undefined;
}

function validatorFor(validators: Readonly<Record<string, ValidatorLike>>, status: number) {
  return validators[String(status)] ?? validators[`${Math.floor(status / 100)}XX`] ?? validators.default;
}

function stopped(
  deadline: Deadline,
  req: PreparedRequest,
  attempt: number,
  timeoutMs: number,
): TransportError {
  return deadline.reason() === "timeout"
    ? new TransportError("timeout", req.operationId, attempt, `no complete answer within ${timeoutMs} ms`)
    : new TransportError("aborted", req.operationId, attempt, "aborted by the caller's signal");
}

export async function send(config: ResolvedOptions, req: PreparedRequest): Promise<unknown> {
  const now = () => Date.now();
  const deadline = startDeadline(config.timeoutMs, req.signal, now);
  const wait = config.sleep ?? defaultSleep;
  try {
    for (let attempt = 1; ; attempt++) {
      if (deadline.reason() !== undefined) throw stopped(deadline, req, attempt - 1, config.timeoutMs);
      emit(config.logger, {
        type: "request",
        operationId: req.operationId,
        attempt,
        method: req.method,
        url: req.url,
        headers: withoutCredentials(req.headers),
        ...(req.logBody === undefined || config.logger === undefined ? {} : { body: req.logBody() }),
      });
      const started = now();
      let failure: CloudflareApiError | TransportError;
      let retryable: boolean;
      let retryAfterMs: number | undefined;
      let reason: string;
      try {
        const response = await config.fetch(req.url, {
          method: req.method,
          headers: req.headers,
          signal: deadline.signal,
          ...(req.body === undefined ? {} : { body: req.body }),
        });
        const text = await response.text();
        const outcome = interpretResponse({
          operationId: req.operationId,
          attempt,
          status: response.status,
          headers: response.headers,
          text,
          scrubValues: req.scrubValues,
          wantLogBody: config.logger !== undefined,
          validator: config.validateResponses
            ? validatorFor(req.responseValidators, response.status)
            : undefined,
          nowMs: now(),
        });
        emit(config.logger, {
          type: "response",
          operationId: req.operationId,
          attempt,
          status: response.status,
          durationMs: now() - started,
          ...(outcome.logBody === undefined ? {} : { body: outcome.logBody }),
        });
        if (outcome.ok) return outcome.result;
        failure = outcome.error;
        retryable = outcome.retryable;
        retryAfterMs = outcome.retryAfterMs;
        reason = `HTTP ${response.status}`;
      } catch (cause) {
        if (deadline.reason() !== undefined) throw stopped(deadline, req, attempt, config.timeoutMs);
        // fetch rejects with a TypeError for DNS, refused and reset connections; its message has no body.
        failure = new TransportError("network_error", req.operationId, attempt, "the request failed", cause);
        retryable = true;
        retryAfterMs = undefined;
        reason = "network error";
      }
      if (!retryable || attempt > config.retries) throw failure;
      const decision = planRetry(
        attempt - 1,
        retryAfterMs,
        deadline.remainingMs(),
        config.backoff,
        config.random,
      );
      if (!decision.retry) throw failure;
      emit(config.logger, {
        type: "retry",
        operationId: req.operationId,
        attempt,
        reason,
        delayMs: decision.delayMs,
      });
      try {
        await wait(decision.delayMs, deadline.signal);
      } catch (error) {
        if (deadline.reason() === undefined) throw error; // a custom `sleep` failed on its own
        throw stopped(deadline, req, attempt, config.timeoutMs);
      }
    }
  } finally {
    deadline.dispose();
  }
}
