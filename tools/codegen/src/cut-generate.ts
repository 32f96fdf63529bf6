/** `--spec PATH --paths PATTERN`: load any spec, cut it to the matching paths, generate into a directory. */
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { performance } from "node:perf_hooks";
import { cutSpec } from "./cut.js";
import { HEADER, validationModule } from "./emit-modules.js";
import { writeFiles } from "./files.js";
import { generateSpec } from "./generate.js";
import { loadSpec } from "./load-spec.js";

export interface CutResult {
  outDir: string;
  operationIds: string[];
  files: string[];
  warnings: string[];
  /** Milliseconds spent in each phase, measured with performance.now(). */
  timings: { load: number; cut: number; generate: number; total: number };
}

export function defaultCutOutDir(specPath: string): string {
  return join(tmpdir(), "patchbay-codegen", basename(specPath).replace(/\.(json|ya?ml)(\.gz)?$/, ""));
}

export async function cutAndGenerate(
  specPath: string,
  patterns: readonly string[],
  outDir = defaultCutOutDir(specPath),
): Promise<CutResult> {
  const t0 = performance.now();
  const doc = loadSpec(specPath);
  const t1 = performance.now();
  const cut = cutSpec(doc, patterns);
  const t2 = performance.now();
  // Foreign specs use formats and keywords ajv's strict mode rejects; our own specs are compiled strictly.
  const result = await generateSpec(cut, { strict: false });
  const t3 = performance.now();
  // The spec module imports "../validation.js"; give it one so the output type-checks on its own.
  const files = new Map([...result.files].map(([p, c]) => [`spec/${p}`, c] as [string, string]));
  files.set("validation.ts", validationModule());
  files.set("index.ts", `${HEADER}\nexport * from "./spec/index.js";\n`);
  // Standalone output: ES modules, so Node and TypeScript (NodeNext) read the .js/.ts files as ESM.
  files.set(
    "package.json",
    `${JSON.stringify({ private: true, type: "module", sideEffects: false }, null, 2)}\n`,
  );
  writeFiles(outDir, files);
  return {
    outDir,
    operationIds: result.operationIds,
    files: [...files.keys()].sort(),
    warnings: result.warnings,
    timings: { load: t1 - t0, cut: t2 - t1, generate: t3 - t2, total: t3 - t0 },
  };
}
