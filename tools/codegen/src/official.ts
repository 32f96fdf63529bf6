/**
 * Cloudflare's official OpenAPI document, a reference and test input only (never copied into the repo).
 * In CI the repo is a fresh clone with shared/ beside it, so the file is found relative to this module.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const OFFICIAL_SPEC = fileURLToPath(
  new URL("../../../../shared/cloudflare/openapi.json.gz", import.meta.url),
);

/** The secrets operations patchbay covers: both secrets-bulk PATCHes and both secrets lists. */
export const SECRETS_PATHS = [
  "/accounts/{account_id}/workers/**/scripts/{script_name}/secrets-bulk",
  "/accounts/{account_id}/workers/**/scripts/{script_name}/secrets",
] as const;

export function officialSpecAvailable(): boolean {
  return existsSync(OFFICIAL_SPEC);
}

export const OFFICIAL_MISSING = `official spec not found at ${OFFICIAL_SPEC} (../shared/cloudflare/openapi.json.gz beside the repo)`;
