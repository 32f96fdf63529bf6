/**
 * Limits of the `secrets-bulk` endpoint (Cloudflare docs, "Workers limits"; code 100160).
 * All are data, not guesses baked into checks, so a changed limit is a one-line change or an option.
 */
import { PlanError } from "./errors.js";

/** Operations (creates + updates + deletes) per request; over it Cloudflare answers 100160. */
export const MAX_OPERATIONS = 100;

/** Environment variables (secrets + plain-text vars) per Worker, by plan. */
export const MAX_SECRETS = { paid: 128, free: 64 } as const;

export type AccountPlan = keyof typeof MAX_SECRETS;

/**
 * "5 KB per variable", in UTF-8 bytes. Cloudflare does not say whether a KB is 1000 or 1024 bytes:
 * above 5 × 1024 is an error; between 5000 and 5120 is a warning, because that value may or may not
 * be refused.
 */
export const MAX_VALUE_BYTES = 5 * 1024;
export const MAX_VALUE_BYTES_CERTAIN = 5 * 1000;

/** Checks the limit options callers may pass, so a typo cannot silently switch a check off. */
export function checkLimitOptions(options: {
  maxOperations?: number | undefined;
  plan?: string | undefined;
}): void {
  const max = options.maxOperations;
  if (max !== undefined && (!Number.isSafeInteger(max) || max < 1)) {
    throw new PlanError(
      "invalid-option",
      `expected maxOperations to be a positive integer, found ${String(max)}`,
    );
  }
  if (options.plan !== undefined && !Object.hasOwn(MAX_SECRETS, options.plan)) {
    throw new PlanError(
      "invalid-option",
      `expected plan "paid" or "free", found ${JSON.stringify(options.plan)}`,
    );
  }
}
