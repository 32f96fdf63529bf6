#!/usr/bin/env node
/**
 * `pnpm --filter @patchbay/codegen conformance [--official FILE]`: prints every structural difference
 * between our secrets-bulk schemas and the official ones, each marked intended (with its reason) or
 * UNINTENDED. Exits 1 when an unintended difference remains, 0 otherwise; 2 when the official file is absent.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { DEFAULT_SPECS } from "../cli.js";
import { loadSpec } from "../load-spec.js";
import { OFFICIAL_SPEC } from "../official.js";
import { type ConformanceReport, compareSpecs } from "./compare.js";

export const OUR_SPEC = join(DEFAULT_SPECS, "workers-secrets.openapi.yaml");

export function formatReport(report: ConformanceReport): { text: string; unintended: number } {
  const lines: string[] = [];
  let unintended = 0;
  for (const d of report.differences) {
    const where = `${d.operationId} ${d.part} ${d.pointer || "/"}${d.keyword ? ` ${d.keyword}` : ""}`;
    const values = `ours ${show(d.ours)}, official ${show(d.theirs)}`;
    if (d.intended === undefined) unintended++;
    lines.push(
      d.intended === undefined
        ? `UNINTENDED ${where} (${d.kind}): ${values}`
        : `intended   ${where} (${d.kind}): ${d.intended}`,
    );
  }
  for (const i of report.unusedIntended)
    lines.push(`note: intended entry matches nothing: ${i.part} ${i.pointer} ${i.keyword}`);
  lines.push(
    `${report.differences.length} differences, ${report.differences.length - unintended} intended, ${unintended} unintended`,
  );
  return { text: lines.join("\n"), unintended };
}

function show(value: unknown): string {
  if (value === undefined) return "(absent)";
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { official: { type: "string" }, ours: { type: "string" } },
  });
  const official = values.official ?? OFFICIAL_SPEC;
  if (!existsSync(official)) {
    console.error(`conformance: official spec not found at ${official}; pass --official FILE`);
    return 2;
  }
  const { text, unintended } = formatReport(
    compareSpecs(loadSpec(values.ours ?? OUR_SPEC), loadSpec(official)),
  );
  console.log(text);
  return unintended === 0 ? 0 : 1;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`conformance: ${(error as Error).message}`);
      process.exit(2);
    },
  );
}
