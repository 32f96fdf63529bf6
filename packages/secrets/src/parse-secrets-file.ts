/** Secrets file → desired state, for JSON and dotenv (`.env`, `.dev.vars`) files. */
import { parseDotenv } from "./dotenv.js";
import { parseJsonSecrets } from "./json-secrets.js";
import type { DesiredSecrets } from "./model.js";

export type SecretsFileFormat = "json" | "dotenv";

export interface ParseSecretsFileOptions {
  /** Default: from `filename` (`*.json` → json), else json when the text starts with `{`, else dotenv. */
  format?: SecretsFileFormat;
  /** Used in error positions (`file:line:column`) and to pick the format. */
  filename?: string;
}

/** @throws SecretsFileError with code, line/column or pointer; never the value. */
export function parseSecretsFile(text: string, options: ParseSecretsFileOptions = {}): DesiredSecrets {
  const format = options.format ?? detectFormat(text, options.filename);
  return format === "json" ? parseJsonSecrets(text, options.filename) : parseDotenv(text, options.filename);
}

export function detectFormat(text: string, filename?: string): SecretsFileFormat {
  if (filename !== undefined && /\.json$/i.test(filename)) return "json";
  if (filename !== undefined && /(^|[/\\])\.(env|dev\.vars)([.\w-]*)$|\.(env|vars)$/i.test(filename))
    return "dotenv";
  return /^\uFEFF?\s*\{/.test(text) ? "json" : "dotenv";
}
