/**
 * vitest globalSetup: builds the CLI exactly as `pnpm build` does (tsc, then the esbuild bundle of the bin)
 * so the end-to-end tests spawn the real `dist/bin.js`. turbo's `test` task builds dependencies (^build)
 * but not this package itself.
 */
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

export default function setup(): void {
  const root = fileURLToPath(new URL("../..", import.meta.url));
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
  execFileSync(process.execPath, ["scripts/bundle.mjs"], { cwd: root, stdio: "inherit" });
}
