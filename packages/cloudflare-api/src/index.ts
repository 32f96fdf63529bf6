export { REDACTED, redactSecrets, SENSITIVE_MEMBERS } from "./redact.js";
