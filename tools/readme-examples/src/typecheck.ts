/**
 * Type-checks README TypeScript blocks with the repo's own compiler settings (strict, NodeNext,
 * exactOptionalPropertyTypes…) against the built packages' .d.ts: an example a user pastes into a strict
 * project must compile, not only run. One tsc run for all blocks keeps it to a few seconds.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export interface TsBlock {
  /** README path and line of the opening fence, e.g. "packages/secrets/README.md:8". */
  id: string;
  source: string;
  /** The README line of each source line. */
  readmeLines: number[];
}

/** Problems as `README:line: TS1234 message`; empty when every block compiles. */
export function typecheck(blocks: readonly TsBlock[], dir: string, baseConfig: string): string[] {
  mkdirSync(dir, { recursive: true });
  const files = blocks.map((block, i) => {
    const file = join(dir, `block${i}.ts`);
    // `export {}` makes even an import-less block a module, so top-level await and names stay per block.
    writeFileSync(file, `${block.source}\nexport {};\n`);
    return file;
  });
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      extends: baseConfig,
      compilerOptions: {
        noEmit: true,
        types: ["node"],
        declaration: false,
        declarationMap: false,
        sourceMap: false,
      },
      files,
    }),
  );
  const tsc = join(dirname(createRequire(import.meta.url).resolve("typescript/package.json")), "bin/tsc");
  const run = spawnSync(process.execPath, [tsc, "-p", join(dir, "tsconfig.json"), "--pretty", "false"], {
    encoding: "utf8",
  });
  const problems: string[] = [];
  for (const line of `${run.stdout}${run.stderr}`.split("\n")) {
    const m = /block(\d+)\.ts\((\d+),\d+\): error (TS\d+: .*)$/.exec(line);
    const block = m ? blocks[Number(m[1])] : undefined;
    if (m && block)
      problems.push(`${block.id.split(":")[0]}:${block.readmeLines[Number(m[2]) - 1]}: ${m[3]}`);
    else if (line.includes("error TS")) problems.push(line);
  }
  if (run.status !== 0 && problems.length === 0)
    problems.push(`tsc exited ${run.status}: ${run.stdout}${run.stderr}`);
  return problems;
}
