/** Writing a generated FileMap to disk, and the drift check behind `generate --check`. */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import type { FileMap } from "./generate.js";

export interface Drift {
  /** Generated but missing on disk, or different. */
  changed: string[];
  /** On disk under the output directory but no longer generated. */
  stale: string[];
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split("\\").join("/"))
    .sort();
}

export function diffFiles(outDir: string, files: FileMap): Drift {
  const changed: string[] = [];
  for (const [path, content] of files) {
    const file = join(outDir, path);
    if (!existsSync(file) || readFileSync(file, "utf8") !== content) changed.push(path);
  }
  const stale = listFiles(outDir).filter((path) => !files.has(path));
  return { changed, stale };
}

/** Replaces the directory's contents with exactly `files` (removing files that are no longer generated). */
export function writeFiles(outDir: string, files: FileMap): Drift {
  const drift = diffFiles(outDir, files);
  for (const path of drift.stale) rmSync(join(outDir, path));
  for (const path of drift.changed) {
    const file = join(outDir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, files.get(path) as string);
  }
  return drift;
}
