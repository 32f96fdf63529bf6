/**
 * Advice for the Cloudflare error codes users of the secrets endpoints actually hit
 * (docs/cloudflare-secrets-endpoint.md §5 and §9: these are the opaque ones people ask about).
 */
import type { ApiMessage } from "./envelope.js";

const AUTH =
  "Authentication failed: check that the API token is valid and unexpired and has the 'Workers Scripts: Edit' " +
  "permission on this account (or, with a Global API key, that X-Auth-Email matches the key's owner).";

export const KNOWN_ERROR_HINTS: Readonly<Record<number, string>> = {
  10000: AUTH,
  9106: AUTH,
  9109: AUTH,
  10007:
    "This Worker does not exist in the account (or dispatch namespace): check accountId, scriptName and " +
    "dispatchNamespace. patchbay never creates a Worker implicitly.",
  10053:
    "The binding name is already used by a binding that is not a secret (often a plain-text var of the same " +
    "name): rename the secret or remove that binding first.",
  10056:
    "Binding not found: a `null` (delete) named a secret the Worker does not have. List the secrets and drop " +
    "that name from the patch. After a retry (`attempts` > 1), an earlier attempt whose response was lost may " +
    "already have deleted it.",
  10215:
    "The Worker's latest version is not deployed, so secrets cannot be edited on it: deploy the latest version " +
    "first (e.g. `wrangler versions deploy`), then retry.",
  100160:
    "Too many operations in one request: split the patch into batches no larger than the per-request cap " +
    "(100 creates + updates + deletes at the time of writing). Each batch creates one Worker version.",
};

/** One hint per distinct known code, in the order the codes first appear. */
export function hintsFor(errors: readonly ApiMessage[]): string[] {
  const seen = new Set<string>();
  for (const { code } of errors) {
    const hint = KNOWN_ERROR_HINTS[code];
    if (hint !== undefined) seen.add(hint);
  }
  return [...seen];
}
