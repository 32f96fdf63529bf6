/** The members that hold values (contract 2), re-exported from the one redaction module. */
export { REDACTED, redactSecrets, SENSITIVE_MEMBERS as SENSITIVE } from "@patchbay/cloudflare-api";
