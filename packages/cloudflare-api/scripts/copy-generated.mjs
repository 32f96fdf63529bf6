#!/usr/bin/env node
// Copies the generated plain-JS validators (`src/generated/**/validators.js` + their hand-off `.d.ts`) into
// dist/. Why: tsc emits only from .ts sources; a .js with a sibling .d.ts is an input it never copies, and
// `allowJs` would re-transpile the bundle and replace the precise declarations with inferred ones.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const from = join(root, "src/generated");
const to = join(root, "dist/generated");

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.name.endsWith(".js") || entry.name.endsWith(".d.ts")) yield path;
  }
}

if (!existsSync(from)) {
  console.error(`copy-generated: ${from} does not exist; run \`pnpm generate\` first`);
  process.exit(1);
}
let count = 0;
for (const file of files(from)) {
  const target = join(to, relative(from, file));
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(file, target);
  count++;
}
console.log(`copy-generated: ${count} file(s) → ${relative(root, to)}`);
