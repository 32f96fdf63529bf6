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
import { compareSpecs } from "./compare.js";
import { formatReport } from "./format.js";

export const OUR_SPEC = join(DEFAULT_SPECS, "workers-secrets.openapi.yaml");

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
