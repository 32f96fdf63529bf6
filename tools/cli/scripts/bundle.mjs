#!/usr/bin/env node
/**
 * Bundles the `patchbay` bin (src/bin.ts and everything it imports, workspace packages and commander
 * included) into one file, dist/bin.js, overwriting tsc's dist/bin.js.
 *
 * Why: start-up. Unbundled, Node resolves and loads ~60 small ES modules for `validate`; that cost about
 * 45 ms of CPU per run on the 2-core dev box (validate on 100 secrets: 184 → 141 ms user+sys, against 79 ms
 * for `node -e 0`), and the README's target is ≤ 3× `node -e 0`.
 * One file, not code-split chunks: with splitting, `plan` loaded 13 chunk files through a chain of dynamic
 * imports, and the ESM loader's per-file resolve/read/link cost more than compiling the code the command
 * does not use (measured, interleaved medians: plan 86 → 79 ms, validate 59 → 54 ms, `--version` 38 → 44 ms,
 * `node -e 0` 22 ms). Commands stay lazy: esbuild turns each `import()` of a bundled module into a call
 * that runs that module's code on first use, so `patchbay diff` never runs the bulk-body validators' setup.
 * tsc still builds dist/ for the library entry (index.js + .d.ts); run it first (`pnpm build` does).
 */
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
// Chunks of the earlier code-split build, if any are left over.
rmSync(new URL("../dist/chunks", import.meta.url), { recursive: true, force: true });
// tsc's source map describes the unbundled dist/bin.js this build replaces.
rmSync(new URL("../dist/bin.js.map", import.meta.url), { force: true });
await build({
  absWorkingDir: root,
  entryPoints: ["src/bin.ts"],
  outdir: "dist",
  entryNames: "[name]",
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // commander is CommonJS: inside an ES module bundle its require() calls need a real `require`.
  banner: {
    js: 'import { createRequire as __patchbayRequire } from "node:module";\nconst require = __patchbayRequire(import.meta.url);',
  },
  legalComments: "none",
  logLevel: "warning",
});
