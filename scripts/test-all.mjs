#!/usr/bin/env node
// Runs every package's tests through turbo (cached, --continue so one failure does not hide another),
// then sums the per-package vitest JSON reports into the one closing line CI reads: "N passed, N failed".
// Exits non-zero when a task failed, a test failed, a package produced no report, or no test ran at all.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const packageDirs = ["packages", "tools"].flatMap((group) =>
  existsSync(join(root, group))
    ? readdirSync(join(root, group), { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(join(root, group, d.name, "package.json")))
        .map((d) => join(group, d.name))
    : [],
);
const withTests = packageDirs.filter((dir) => {
  const pkg = JSON.parse(readFileSync(join(root, dir, "package.json"), "utf8"));
  return typeof pkg.scripts?.test === "string";
});

// Stale reports from an earlier run must never count; turbo restores fresh ones on a cache hit.
for (const dir of withTests) rmSync(join(root, dir, ".vitest.json"), { force: true });

// Passing packages stay quiet (a failing one prints its whole log); pass --output-logs=full to see everything.
const extra = process.argv.slice(2);
if (!extra.some((arg) => arg.startsWith("--output-logs"))) extra.push("--output-logs=errors-only");
const turbo = spawnSync("turbo", ["run", "test", "--continue", ...extra], {
  stdio: "inherit",
  cwd: root,
  env: { TURBO_TELEMETRY_DISABLED: "1", ...process.env },
});

let passed = 0;
let failed = 0;
const missing = [];
for (const dir of withTests) {
  const file = join(root, dir, ".vitest.json");
  if (!existsSync(file)) {
    missing.push(dir);
    continue;
  }
  const report = JSON.parse(readFileSync(file, "utf8"));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  // A test file that fails to load (syntax error, throwing import) has no test results of its own: count it
  // as one failure so it cannot vanish from the total.
  for (const file of report.testResults ?? []) {
    if (file.status === "failed" && (file.assertionResults ?? []).length === 0) failed += 1;
  }
}
for (const dir of missing)
  console.error(`test-all: ${dir} wrote no .vitest.json (its test task crashed or did not run)`);
if (passed + failed === 0) console.error("test-all: no test ran");

const line = `${passed} passed, ${failed} failed`;
writeFileSync(join(root, ".test-summary"), `${line}\n`);
const ok = turbo.status === 0 && failed === 0 && missing.length === 0 && passed > 0;
console.log(line);
process.exit(ok ? 0 : 1);
