/**
 * vitest globalSetup: builds the CLI exactly as `pnpm build` does (tsc, then the esbuild bundle of the bin)
 * so the end-to-end tests spawn the real `dist/bin.js` when vitest is run directly (`npx vitest`).
 */
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

export default function setup(): void {
  // Under turbo, `@patchbay/cli#test` depends on this package's own `build` (turbo.json), so dist/ is already
  // fresh: building it a second time would only repeat the work. turbo sets TURBO_HASH in every task it runs.
  if (process.env.TURBO_HASH !== undefined) return;
  const root = fileURLToPath(new URL("../..", import.meta.url));
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
  execFileSync(process.execPath, ["scripts/bundle.mjs"], { cwd: root, stdio: "inherit" });
}
