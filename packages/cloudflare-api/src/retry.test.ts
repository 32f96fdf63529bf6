import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { backoffDelay, DEFAULT_BACKOFF, isRetryableStatus, parseRetryAfter, planRetry } from "./retry.js";

const NOW = Date.UTC(2026, 10, 26, 12, 0, 0);
const random01 = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

describe("isRetryableStatus (RFC 9110: 429 and 5xx only)", () => {
  it.each([
    ["429 Too Many Requests", { given: 429, want: true }],
    ["500 Internal Server Error", { given: 500, want: true }],
    ["502 Bad Gateway", { given: 502, want: true }],
    ["503 Service Unavailable", { given: 503, want: true }],
    ["599 (end of 5xx)", { given: 599, want: true }],
    ["400 Bad Request is an answer about the request", { given: 400, want: false }],
    ["401 Unauthorized", { given: 401, want: false }],
    ["403 Forbidden", { given: 403, want: false }],
    ["404 Not Found", { given: 404, want: false }],
    ["409 Conflict", { given: 409, want: false }],
    ["200 OK", { given: 200, want: false }],
    ["600 is not 5xx", { given: 600, want: false }],
  ])("%s", (_name, { given, want }) => {
    expect(isRetryableStatus(given)).toBe(want);
  });
});

describe("parseRetryAfter (RFC 9110 §10.2.3)", () => {
  it.each([
    ["delay-seconds", { given: "120", want: 120_000 }],
    ["zero seconds", { given: "0", want: 0 }],
    ["surrounding whitespace", { given: " 3 ", want: 3_000 }],
    ["IMF-fixdate 30 s ahead", { given: "Thu, 26 Nov 2026 12:00:30 GMT", want: 30_000 }],
    ["date in the past → 0", { given: "Thu, 26 Nov 2026 11:00:00 GMT", want: 0 }],
    ["negative number is invalid", { given: "-5", want: undefined }],
    ["fraction is invalid", { given: "1.5", want: undefined }],
    ["garbage", { given: "soon", want: undefined }],
    ["empty", { given: "", want: undefined }],
    ["absent", { given: null, want: undefined }],
  ])("%s", (_name, { given, want }) => {
    expect(parseRetryAfter(given, NOW)).toBe(want);
  });

  test.prop([fc.nat({ max: 10_000_000 })])("any delay-seconds n reads as n·1000 ms", (n) => {
    expect(parseRetryAfter(String(n), NOW)).toBe(n * 1000);
  });

  test.prop([fc.integer({ min: -86_400, max: 86_400 })])("an HTTP-date reads as max(0, date − now)", (s) => {
    const date = new Date(NOW + s * 1000).toUTCString();
    expect(parseRetryAfter(date, NOW)).toBe(Math.max(0, s * 1000));
  });
});

describe("backoffDelay (exponential, full jitter)", () => {
  test.prop([fc.nat({ max: 40 }), random01])("stays in [0, min(max, base·2ⁿ))", (attempt, r) => {
    const delay = backoffDelay(attempt, DEFAULT_BACKOFF, () => r);
    const ceiling = Math.min(DEFAULT_BACKOFF.maxDelayMs, DEFAULT_BACKOFF.baseDelayMs * 2 ** attempt);
    expect(delay).toBeGreaterThanOrEqual(0);
    expect(delay).toBeLessThan(ceiling);
  });

  test.prop([fc.nat({ max: 20 }), random01])(
    "ceiling grows with the attempt (monotone in n)",
    (attempt, r) => {
      const at = (n: number) => backoffDelay(n, DEFAULT_BACKOFF, () => r);
      expect(at(attempt + 1)).toBeGreaterThanOrEqual(at(attempt));
    },
  );
});

describe("planRetry", () => {
  const options = { baseDelayMs: 100, maxDelayMs: 1000, maxRetryAfterMs: 5000 };
  it.each([
    [
      "Retry-After within the cap is honoured exactly",
      { retryAfter: 4000, remaining: 60_000, want: { retry: true, delayMs: 4000 } },
    ],
    [
      "Retry-After over the cap gives up",
      { retryAfter: 5001, remaining: 60_000, want: { retry: false, reason: "retry_after_exceeds_cap" } },
    ],
    [
      "no Retry-After falls back to backoff",
      { retryAfter: undefined, remaining: 60_000, want: { retry: true, delayMs: 50 } },
    ],
    [
      "a wait longer than the time left gives up",
      { retryAfter: 3000, remaining: 2000, want: { retry: false, reason: "deadline" } },
    ],
  ])("%s", (_name, { retryAfter, remaining, want }) => {
    expect(planRetry(0, retryAfter, remaining, options, () => 0.5)).toEqual(want);
  });
});
