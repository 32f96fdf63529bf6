/**
 * Runs what a README shows, the way a reader would: programs with node against the built workspace packages,
 * CLI sessions with `sh` and a `patchbay` on PATH that is the built tools/cli/dist/bin.js. Everything runs in a
 * scratch directory holding a copy of the repo's examples/ folder, so README commands read `examples/…` as from
 * the repo root and whatever they write (`--out`, state files) is thrown away.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

export interface RunResult {
  status: number | null;
  output: string;
}

/**
 * A child's environment: no colour (NO_COLOR wins over CI/FORCE_COLOR in picocolors), a fixed time zone, and no
 * Cloudflare credentials, so an example can never act on a developer's real account.
 */
function childEnv(binDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", TZ: "UTC" };
  delete env.FORCE_COLOR;
  for (const name of Object.keys(env)) if (name.startsWith("CLOUDFLARE_")) delete env[name];
  env.PATH = `${binDir}:${env.PATH ?? ""}`;
  return env;
}

export function makeScratch(exampleRoot: string): string {
  const dir = mkdtempSync(join(tmpdir(), "patchbay-readme-"));
  const examples = join(exampleRoot, "examples");
  if (existsSync(examples)) cpSync(examples, join(dir, "examples"), { recursive: true });
  return dir;
}

/** A directory with a `patchbay` that runs the built CLI (what `npm i -D @patchbay/cli` puts on PATH). */
export function makeBin(repoRoot: string, parent: string): string {
  const dir = join(parent, "bin");
  mkdirSync(dir, { recursive: true });
  const shim = join(dir, "patchbay");
  writeFileSync(
    shim,
    `#!/bin/sh\nexec "${process.execPath}" "${join(repoRoot, "tools/cli/dist/bin.js")}" "$@"\n`,
  );
  chmodSync(shim, 0o755);
  return dir;
}

/**
 * Preloaded into every program: `fetch` may reach loopback only (a local workerd), never the internet. A guard
 * against a README example calling Cloudflare for real, not a sandbox (node:http is not covered).
 */
const FETCH_GUARD = `const realFetch = globalThis.fetch;
globalThis.fetch = (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (!["127.0.0.1", "localhost", "[::1]"].includes(url.hostname))
    return Promise.reject(new Error(\`README examples may fetch loopback only, not \${url.host}\`));
  return realFetch(input, init);
};
`;

export function writeFetchGuard(parent: string): string {
  const file = join(parent, "fetch-guard.mjs");
  writeFileSync(file, FETCH_GUARD);
  return file;
}

export function runModule(file: string, cwd: string, binDir: string, guard: string): RunResult {
  const child = spawnSync(process.execPath, ["--import", pathToFileURL(guard).href, file], {
    cwd,
    env: childEnv(binDir),
    encoding: "utf8",
    timeout: 60_000,
    stdio: ["ignore", "pipe", "pipe"],
  });
  return { status: child.status, output: `${child.stdout ?? ""}${child.stderr ?? ""}${child.error ?? ""}` };
}

/** `exec 2>&1` first, so stdout and stderr interleave as a terminal shows them. */
export function runShell(command: string, cwd: string, binDir: string): RunResult {
  const child = spawnSync("sh", ["-c", `exec 2>&1\n${command}`], {
    cwd,
    env: childEnv(binDir),
    encoding: "utf8",
    timeout: 60_000,
    stdio: ["ignore", "pipe", "pipe"],
  });
  return { status: child.status, output: `${child.stdout ?? ""}${child.error ?? ""}` };
}
