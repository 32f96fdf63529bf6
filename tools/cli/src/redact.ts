/**
 * The CLI's only way to the redaction function: `redactSecrets` from @patchbay/secrets (which re-exports the
 * one in @patchbay/cloudflare-api, contract 2). Never a second implementation.
 */
export { redactSecrets } from "@patchbay/secrets";
