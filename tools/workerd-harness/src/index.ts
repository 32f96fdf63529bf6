import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import workerdModule from "workerd";
import { workerdConfig } from "./config.js";

// `workerd` is CommonJS with `exports.default = <binary path>`: vite/vitest unwrap that default, but Node's own
// ESM loader hands over the whole exports object, so outside vitest spawn() got an object (README example).
const workerdBinary: string =
  typeof workerdModule === "string"
    ? workerdModule
    : (workerdModule as unknown as { default: string }).default;

export { workerdConfig } from "./config.js";

export interface StartWorkerOptions {
  /** A .ts or .js ES module whose default export has `fetch(request)`; bundled with its imports. */
  entry: string;
  /** Defaults to a date on which `strict_crypto_checks` is on, as for any Worker deployed today. */
  compatibilityDate?: string;
  compatibilityFlags?: readonly string[];
  /** How long to wait for the socket to answer. */
  startTimeoutMs?: number;
}

export interface RunningWorker {
  /** Base URL, e.g. `http://127.0.0.1:43125`. */
  url: string;
  /** Everything workerd printed so far (for failure messages). */
  output(): string;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

async function waitUntilServing(
  url: string,
  child: ChildProcess,
  log: () => string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`workerd exited with ${child.exitCode} before serving:\n${log()}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(500) });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error(`workerd did not answer on ${url} within ${timeoutMs} ms:\n${log()}`);
}

/**
 * Bundles `entry` (esbuild, platform neutral, ESM — what a Workers upload would hold), writes a config into a
 * temporary folder and serves it from the `workerd` binary that the npm package ships, on a free loopback port.
 */
export async function startWorker(options: StartWorkerOptions): Promise<RunningWorker> {
  const dir = await mkdtemp(join(tmpdir(), "patchbay-workerd-"));
  await build({
    entryPoints: [options.entry],
    bundle: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    outfile: join(dir, "worker.js"),
    logLevel: "silent",
  });
  const port = await freePort();
  const config = workerdConfig({
    moduleFile: "worker.js",
    port,
    compatibilityDate: options.compatibilityDate ?? "2024-09-23",
    compatibilityFlags: options.compatibilityFlags ?? [],
  });
  await writeFile(join(dir, "config.capnp"), config);
  const child = spawn(workerdBinary, ["serve", join(dir, "config.capnp"), "--verbose"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += String(chunk);
  });
  child.stderr?.on("data", (chunk) => {
    output += String(chunk);
  });
  const url = `http://127.0.0.1:${port}`;
  const close = async (): Promise<void> => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
    }
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitUntilServing(url, child, () => output, options.startTimeoutMs ?? 15_000);
  } catch (error) {
    await close();
    throw error;
  }
  return { url, output: () => output, close };
}
