/**
 * When to retry and how long to wait. Pure functions: the transport supplies the clock and the randomness.
 *
 * Retried: HTTP 429 (Cloudflare uses it both for the account rate limit and for "too many requests are currently
 * modifying the script") and 5xx, plus network failures. Never another 4xx: those are answers about the request,
 * and repeating it cannot change them. Retrying the secrets-bulk PATCH is safe because an RFC 7396 merge patch is
 * idempotent (RFC 7396 §2: applying the same patch twice gives the same document as applying it once; `null`
 * for an absent name is a no-op, Appendix A.7). One caveat for deletes: see KNOWN_ERROR_HINTS[10056].
 */

export interface BackoffOptions {
  /** First backoff ceiling in ms; attempt n waits a random time in [0, min(maxDelayMs, baseDelayMs·2ⁿ)). */
  baseDelayMs: number;
  maxDelayMs: number;
  /**
   * Longest `Retry-After` the client will wait. A longer one (Cloudflare's account rate limit blocks for
   * 5 minutes) ends the call at once with the 429 error and its `retryAfterMs`, rather than retrying early
   * against the server's instruction or hanging the caller.
   */
  maxRetryAfterMs: number;
}

export const DEFAULT_BACKOFF: Readonly<BackoffOptions> = {
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 60_000,
};

/** RFC 9110 §15.5.20 (429) and §15.6 (5xx) are the statuses worth repeating. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599);
}

/**
 * Parses `Retry-After` (RFC 9110 §10.2.3): `delay-seconds` or an HTTP-date. Returns milliseconds from `nowMs`
 * (0 for a date in the past), or `undefined` when absent or unparseable, so the caller falls back to backoff.
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // Only accept something that looks like a date: `Date.parse("12")` would happily read a bare year.
  if (!/[a-z]/i.test(trimmed)) return undefined;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}

/** Exponential backoff with full jitter (random in [0, ceiling)), which spreads competing clients apart. */
export function backoffDelay(attempt: number, options: BackoffOptions, random: () => number): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** attempt);
  return Math.floor(random() * ceiling);
}

export type RetryDecision =
  | { retry: true; delayMs: number }
  | { retry: false; reason: "retry_after_exceeds_cap" | "deadline" };

/**
 * Decides the wait before attempt `attempt + 1`: `Retry-After` when the server sent one (up to the cap),
 * otherwise backoff. Gives up when the wait would not fit in the time left before the call's deadline.
 */
export function planRetry(
  attempt: number,
  retryAfterMs: number | undefined,
  remainingMs: number,
  options: BackoffOptions,
  random: () => number,
): RetryDecision {
  let delayMs: number;
  if (retryAfterMs !== undefined) {
    if (retryAfterMs > options.maxRetryAfterMs) return { retry: false, reason: "retry_after_exceeds_cap" };
    delayMs = retryAfterMs;
  } else {
    delayMs = backoffDelay(attempt, options, random);
  }
  if (delayMs >= remainingMs) return { retry: false, reason: "deadline" };
  return { retry: true, delayMs };
}
