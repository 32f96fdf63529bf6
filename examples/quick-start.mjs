#!/usr/bin/env node
/**
 * The Quick start, as one script (run from the repo root after `pnpm build`):
 *   1. `patchbay validate examples/bad-body.json`: a bulk body with several mistakes. It is SUPPOSED to
 *      fail (exit 1): every mistake is listed with its JSON pointer, values never shown.
 *   2. `patchbay plan --from examples/.env --current examples/current.json`: what the .env file would do
 *      to a script whose current secrets are those in current.json (exit 0).
 * This script exits 0 only when both behave exactly so, so it can be the repo's main job.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = "tools/cli/dist/bin.js";
const steps = [
  {
    args: ["validate", "examples/bad-body.json"],
    expect: 1,
    why: "bad-body.json holds deliberate mistakes: validate lists them all and exits 1 (expected).",
  },
  {
    args: ["plan", "--from", "examples/.env", "--current", "examples/current.json"],
    expect: 0,
    why: "the plan: names, types and actions only; no value is ever printed.",
  },
];

let failed = false;
for (const step of steps) {
  console.log(`\n$ patchbay ${step.args.join(" ")}`);
  const run = spawnSync(process.execPath, [bin, ...step.args], { cwd: root, stdio: "inherit" });
  const ok = run.status === step.expect;
  console.log(`→ exit ${run.status} (${ok ? "as expected" : `EXPECTED ${step.expect}`}): ${step.why}`);
  failed ||= !ok;
}
process.exitCode = failed ? 1 : 0;
