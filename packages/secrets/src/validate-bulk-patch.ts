/**
 * `validateBulkPatch`: every problem of a `secrets-bulk` body at once, each with an RFC 6901 pointer,
 * none with a value. Order: the generated schema validator (contract 1), the per-entry rules the
 * schema cannot express, the request/script limits, then every `secret_key` through
 * `validateSecretKey` (contract 5). Any JSON value is accepted as input and gets a report.
 */
import { collectSensitiveStrings, scrubText } from "@patchbay/cloudflare-api";
import { validateSecretKey } from "@patchbay/webcrypto-keys";
import { entryDiagnostics } from "./bulk-rules.js";
import { type Diagnostic, pointerOf, type Report, toReport } from "./diagnostic.js";
import { type AccountPlan, checkLimitOptions, MAX_OPERATIONS, MAX_SECRETS } from "./limits.js";
import type { CurrentSecrets } from "./model.js";
import { schemaDiagnostics } from "./schema-issues.js";

export interface ValidateBulkPatchOptions {
  /** Operations per request (default 100, Cloudflare's cap; code 100160 above it). */
  maxOperations?: number;
  /** Per-script limit: 128 secrets on "paid" (default), 64 on "free". */
  plan?: AccountPlan;
  /** The script's secrets now; enables the per-script limit and unknown-delete checks. */
  current?: CurrentSecrets;
  /** Key acceptance rules where workerd and WebCrypto differ (default "workerd"). */
  runtime?: "workerd" | "spec";
}

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/** Never throws for any body; throws PlanError "invalid-option" for a bad `maxOperations` or `plan`. */
export async function validateBulkPatch(
  body: unknown,
  options: ValidateBulkPatchOptions = {},
): Promise<Report> {
  checkLimitOptions(options);
  const diagnostics: Diagnostic[] = schemaDiagnostics(body);
  // A key diagnostic at a pointer the schema already reported would say the same thing twice.
  const schemaPointers = new Set(diagnostics.map((d) => d.pointer));
  const secrets =
    isObject(body) && Object.hasOwn(body, "secrets") && isObject(body.secrets) ? body.secrets : undefined;
  if (!secrets) return toReport(diagnostics);
  const entries = Object.entries(secrets);
  for (const [key, value] of entries) diagnostics.push(...entryDiagnostics(key, value));
  diagnostics.push(...limitDiagnostics(entries, options));
  const keyChecks = entries
    .filter(([, v]) => isObject(v) && v.type === "secret_key")
    .map(([key, v]) => keyDiagnostics(key, v as Obj, options.runtime ?? "workerd", schemaPointers));
  for (const found of await Promise.all(keyChecks)) diagnostics.push(...found);
  return toReport(diagnostics);
}

function limitDiagnostics(entries: [string, unknown][], options: ValidateBulkPatchOptions): Diagnostic[] {
  const out: Diagnostic[] = [];
  const max = options.maxOperations ?? MAX_OPERATIONS;
  if (entries.length > max) {
    out.push({
      severity: "error",
      code: "too-many-operations",
      message: `expected at most ${max} operations per request, found ${entries.length}; split the body (planSecrets chunks it)`,
      pointer: "/secrets",
    });
  }
  const current = options.current;
  if (!current) return out;
  const resulting = new Set(current.keys());
  for (const [key, value] of entries) {
    if (value === null) {
      if (!current.has(key)) {
        out.push({
          severity: "warning",
          code: "delete-unknown",
          message: `expected ${JSON.stringify(key)} among the current secrets to delete it, found none (Cloudflare answers 10056)`,
          pointer: pointerOf("secrets", key),
        });
      }
      resulting.delete(key);
    } else resulting.add(key);
  }
  const plan = options.plan ?? "paid";
  if (resulting.size > MAX_SECRETS[plan]) {
    out.push({
      severity: "error",
      code: "too-many-secrets",
      message: `expected at most ${MAX_SECRETS[plan]} secrets per Worker on the ${plan} plan, found ${resulting.size} after this change (plain-text vars count too)`,
      pointer: "/secrets",
    });
  }
  return out;
}

async function keyDiagnostics(
  key: string,
  secret: Obj,
  runtime: "workerd" | "spec",
  known: Set<string>,
): Promise<Diagnostic[]> {
  const base = pointerOf("secrets", key);
  // Defence in depth for messages written by another package: any of this secret's key material found in
  // one is replaced (verbatim and JSON-escaped), with the same scrubber the client uses on server echoes.
  const values = collectSensitiveStrings(secret);
  try {
    const report = await validateSecretKey(secret, { runtime });
    return report.diagnostics
      .map((d) => ({
        severity: d.severity,
        code: `key/${d.code}` as const,
        message: scrubText(d.message, values),
        pointer: `${base}${d.pointer}`,
      }))
      .filter((d) => !known.has(d.pointer) || d.severity === "warning");
  } catch (error) {
    // A checker that throws must not take the report down, nor leak what it was given.
    const name = error instanceof Error ? error.name : typeof error;
    return [
      {
        severity: "error",
        code: "key-check-failed",
        message: `expected the key check to finish, found a thrown ${name}`,
        pointer: base,
      },
    ];
  }
}
