/**
 * Every runnable example in the repo's READMEs runs, and every CLI session prints what the README shows.
 * Convention: this package's README.md. Needs the workspace built (turbo's `^build` does it: every package
 * whose README is read here is a devDependency of this one).
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { normaliseOutput, outputMatches } from "./compare.js";
import { collectExamples } from "./examples.js";
import { extractFences } from "./fences.js";
import { instrument, toModule } from "./program.js";
import { makeBin, makeScratch, runModule, runShell, writeFetchGuard } from "./run.js";
import { type TsBlock, typecheck } from "./typecheck.js";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const packageDir = fileURLToPath(new URL("../", import.meta.url));
// PATCHBAY_README_ROOT: a copy of the tree (READMEs + examples/) to try README edits on before making them.
const readmeRoot = process.env.PATCHBAY_README_ROOT ?? repoRoot;
// Programs must live inside this package so that `@patchbay/*` resolves through its node_modules. Each run gets
// its own directory: runs of this suite at the same time (turbo and a developer) must not delete each other's.
const tmpRoot = join(packageDir, ".tmp");
let work = "";

/** Every package's and tool's README, and examples/README.md. */
function readmes(): string[] {
  const found = ["packages", "tools"].flatMap((group) =>
    existsSync(join(readmeRoot, group))
      ? readdirSync(join(readmeRoot, group), { withFileTypes: true })
          .filter((d) => d.isDirectory() && existsSync(join(readmeRoot, group, d.name, "README.md")))
          .map((d) => `${group}/${d.name}/README.md`)
      : [],
  );
  return [...found.sort(), "examples/README.md"].filter((f) => existsSync(join(readmeRoot, f)));
}

let binDir = "";
let guard = "";
beforeAll(() => {
  const bin = join(repoRoot, "tools/cli/dist/bin.js");
  if (!existsSync(bin)) throw new Error(`${bin} is missing: build the workspace first (pnpm build)`);
  mkdirSync(tmpRoot, { recursive: true });
  work = mkdtempSync(join(tmpRoot, "run-"));
  binDir = makeBin(repoRoot, work);
  guard = writeFetchGuard(work);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.each(readmes())("%s", (readme) => {
  const examples = collectExamples(extractFences(readFileSync(join(readmeRoot, readme), "utf8")));
  let scratch = "";
  beforeAll(() => {
    scratch = makeScratch(readmeRoot);
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("has a runnable example, and its markers are well-formed", () => {
    expect(examples.problems).toEqual([]);
    expect(
      examples.programs.length + examples.sessions.length,
      "runnable examples or CLI sessions",
    ).toBeGreaterThan(0);
  });

  it.each(examples.programs.map((p) => [`${p.lang} block at line ${p.lines.join(", ")}`, p] as const))(
    "%s runs and exits 0",
    (_name, program) => {
      const source = instrument(program.source, (index) => program.readmeLines[index] ?? 0);
      const file = join(work, `${readme.replaceAll("/", "_")}-L${program.lines[0]}.mjs`);
      writeFileSync(file, toModule(source, program.lang));
      const result = runModule(file, scratch, binDir, guard);
      expect(result.status, `${readme}:${program.lines[0]} printed:\n${result.output}`).toBe(0);
    },
  );

  for (const session of examples.sessions) {
    let lastStatus: number | null = 0;
    for (const step of session) {
      it(`line ${step.line}: $ ${step.command.split("\n")[0]}`, () => {
        const actual =
          step.command.trim() === "echo $?"
            ? { status: 0, output: `${lastStatus}\n` }
            : runShell(step.command, scratch, binDir);
        lastStatus = actual.status;
        const want = normaliseOutput(step.expected);
        const got = normaliseOutput(actual.output, scratch);
        if (!outputMatches(want, got))
          expect(got, `${readme}:${step.line} (exit ${actual.status})`).toBe(want);
      });
    }
  }

  for (const skipped of examples.skipped) {
    // The reason is in the README's <!-- not-runnable: … --> marker, and shown in the test name.
    it.skip(`line ${skipped.line}: ${skipped.lang} block not runnable: ${skipped.reason}`, () => {});
  }
});

it("every README TypeScript block type-checks under the repo's strict settings", () => {
  const blocks: TsBlock[] = readmes().flatMap((readme) => {
    const examples = collectExamples(extractFences(readFileSync(join(readmeRoot, readme), "utf8")));
    const programs = examples.programs
      .filter((p) => p.lang === "ts")
      .map((p) => ({ id: `${readme}:${p.lines[0]}`, source: p.source, readmeLines: p.readmeLines }));
    // A block that cannot run here (it needs an account) must still compile.
    const skipped = examples.skipped
      .filter((s) => s.lang === "ts" || s.lang === "typescript")
      .map((s) => ({
        id: `${readme}:${s.line}`,
        source: s.code,
        readmeLines: s.code.split("\n").map((_, k) => s.line + 1 + k),
      }));
    return [...programs, ...skipped];
  });
  expect(blocks.length).toBeGreaterThan(0);
  expect(typecheck(blocks, join(work, "typecheck"), join(repoRoot, "tsconfig.base.json"))).toEqual([]);
});

it("reads every package's README, the tools' and examples/", () => {
  expect(readmes()).toEqual(
    expect.arrayContaining([
      "packages/merge-patch/README.md",
      "packages/webcrypto-keys/README.md",
      "packages/cloudflare-api/README.md",
      "packages/secrets/README.md",
      "tools/cli/README.md",
      "tools/codegen/README.md",
      "tools/workerd-harness/README.md",
      "examples/README.md",
    ]),
  );
});
