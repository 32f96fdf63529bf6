#!/usr/bin/env node
/**
 * patchbay codegen command line.
 *   generate                   specs/*.openapi.{yaml,json} → packages/cloudflare-api/src/generated/
 *   generate --check           exit 1 and list the files that differ when the committed output is stale
 *   generate --spec F --paths P [--paths P2 …] [--out DIR]   cut any spec to paths + reachable components
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { cutAndGenerate } from "./cut-generate.js";
import { CodegenError } from "./errors.js";
import { diffFiles, writeFiles } from "./files.js";
import { generateAll } from "./generate.js";

/** The repository root, found from this file (tools/codegen/{src,dist}/cli.*), never from the cwd. */
export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
export const DEFAULT_SPECS = join(REPO_ROOT, "specs");
export const DEFAULT_OUT = join(REPO_ROOT, "packages/cloudflare-api/src/generated");

const USAGE = `usage: codegen [--check] [--specs DIR] [--out DIR]
       codegen --spec FILE --paths PATTERN [--paths PATTERN …] [--out DIR]`;

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      check: { type: "boolean", default: false },
      specs: { type: "string" },
      out: { type: "string" },
      spec: { type: "string" },
      paths: { type: "string", multiple: true },
      help: { type: "boolean", default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.spec !== undefined || values.paths !== undefined) {
    if (values.spec === undefined || !values.paths?.length) {
      throw new CodegenError("usage", `--spec and --paths go together\n${USAGE}`);
    }
    const result = await cutAndGenerate(values.spec, values.paths, values.out);
    const t = result.timings;
    console.log(
      `cut ${values.spec} to ${result.operationIds.length} operations: ${result.operationIds.join(", ")}`,
    );
    console.log(`wrote ${result.files.length} files to ${result.outDir}`);
    if (result.warnings.length > 0) console.log(`${result.warnings.length} ajv warnings (non-strict mode)`);
    console.log(
      `time: load ${ms(t.load)}, cut ${ms(t.cut)}, generate ${ms(t.generate)}, total ${ms(t.total)}`,
    );
    return 0;
  }
  const specsDir = values.specs ?? DEFAULT_SPECS;
  const outDir = values.out ?? DEFAULT_OUT;
  const files = await generateAll(specsDir);
  if (values.check) {
    const drift = diffFiles(outDir, files);
    if (drift.changed.length === 0 && drift.stale.length === 0) {
      console.log(`generated code is up to date (${files.size} files in ${outDir})`);
      return 0;
    }
    console.error("generated code is stale; run `pnpm generate` and commit the result:");
    for (const f of drift.changed) console.error(`  differs: ${f}`);
    for (const f of drift.stale) console.error(`  no longer generated: ${f}`);
    return 1;
  }
  const drift = writeFiles(outDir, files);
  console.log(
    `generated ${files.size} files in ${outDir} (${drift.changed.length} written, ${drift.stale.length} removed)`,
  );
  return 0;
}

function ms(value: number): string {
  return `${value.toFixed(0)} ms`;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      // A CodegenError is expected bad input: its message says what and where; no stack trace.
      if (error instanceof CodegenError) console.error(`codegen: ${error.message}`);
      else if (
        error instanceof TypeError &&
        "code" in error &&
        String(error.code).startsWith("ERR_PARSE_ARGS")
      )
        console.error(`codegen: ${error.message}\n${USAGE}`);
      else console.error(error);
      process.exit(2);
    },
  );
}
