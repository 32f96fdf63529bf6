#!/usr/bin/env node
// Runs the pnpm version pinned in package.json's "packageManager" through npx, so a machine with only
// Node 20 and npm needs no global pnpm (and corepack's signature checks cannot get in the way).
// Everything pnpm starts inherits a PATH on which `pnpm` resolves, which turbo needs.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

const root = new URL("..", import.meta.url);
const { packageManager } = JSON.parse(readFileSync(new URL("package.json", root), "utf8"));
const match = /^pnpm@(\d+\.\d+\.\d+)$/.exec(packageManager ?? "");
if (!match) {
  console.error(
    `scripts/pnpm.mjs: expected package.json "packageManager" like "pnpm@12.4.2", found ${JSON.stringify(packageManager)}`,
  );
  process.exit(2);
}
const result = spawnSync("npx", ["--yes", `pnpm@${match[1]}`, ...process.argv.slice(2)], {
  stdio: "inherit",
  cwd: root,
  // The project's own scripts never phone home; a user who wants turbo telemetry can set the variable to 0.
  env: { TURBO_TELEMETRY_DISABLED: "1", ...process.env },
});
process.exit(result.status ?? 1);
