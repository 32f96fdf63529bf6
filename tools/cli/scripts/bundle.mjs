#!/usr/bin/env node
/**
 * Bundles the `patchbay` bin (src/bin.ts and everything it imports, workspace packages and commander
 * included) into dist/bin.js plus lazily loaded chunks in dist/chunks/, overwriting tsc's dist/bin.js.
 *
 * Why: start-up. Unbundled, Node resolves and loads ~60 small ES modules for `validate`; that cost about
 * 45 ms of CPU per run on the 2-core dev box (validate on 100 secrets: 184 → 141 ms user+sys, against 79 ms
 * for `node -e 0`), and the README's target is ≤ 3× `node -e 0`. Code splitting keeps the per-command
 * laziness: `patchbay diff` never loads the bulk-body validators.
 * tsc still builds dist/ for the library entry (index.js + .d.ts); run it first (`pnpm build` does).
 */
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
rmSync(new URL("../dist/chunks", import.meta.url), { recursive: true, force: true });
// tsc's source map describes the unbundled dist/bin.js this build replaces.
rmSync(new URL("../dist/bin.js.map", import.meta.url), { force: true });
await build({
  absWorkingDir: root,
  entryPoints: ["src/bin.ts"],
  outdir: "dist",
  entryNames: "[name]",
  chunkNames: "chunks/[name]-[hash]",
  bundle: true,
  splitting: true,
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
