/// <reference types="node" />
/**
 * `@patchbay/secrets/node`: the fingerprint state file on disk. Node-only, kept out of the main
 * entry so that stays runtime-agnostic. The file holds an HMAC key, so it is written with mode 0600
 * (atomically: temp file + rename) and refused on load when group or others can read it, as ssh
 * refuses a readable private key.
 */
import { chmod, open, readFile, rename, stat, unlink } from "node:fs/promises";
import { dirname, join } from "node:path";
import { SecretsStateError } from "./errors.js";
import { createState, parseState, type SecretsState, serializeState } from "./state.js";

/**
 * Reads a state file. A missing file gives a fresh state (new random key) when `create` is true.
 * @throws SecretsStateError "insecure-permissions" | "invalid-state" | "io"
 */
export async function loadState(path: string, options: { create?: boolean } = {}): Promise<SecretsState> {
  let mode: number;
  try {
    mode = (await stat(path)).mode;
  } catch (error) {
    if (options.create && (error as NodeJS.ErrnoException).code === "ENOENT") return createState();
    throw new SecretsStateError(
      "io",
      `cannot read the state file: ${(error as NodeJS.ErrnoException).code ?? "error"}`,
    );
  }
  if (process.platform !== "win32" && (mode & 0o077) !== 0) {
    throw new SecretsStateError(
      "insecure-permissions",
      `expected mode 0600 for the state file (it holds the HMAC key), found 0${(mode & 0o777).toString(8)}; run chmod 600`,
    );
  }
  return parseState(await readFile(path, "utf8"));
}

/** Writes the state with mode 0600 via a temp file in the same directory and a rename. */
export async function saveState(path: string, state: SecretsState): Promise<void> {
  const tmp = join(
    dirname(path),
    `.${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}.patchbay-state.tmp`,
  );
  const handle = await open(tmp, "wx", 0o600);
  try {
    await handle.writeFile(serializeState(state), "utf8");
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await chmod(tmp, 0o600); // the umask can only remove bits, but be explicit
    await rename(tmp, path);
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    throw new SecretsStateError(
      "io",
      `cannot write the state file: ${(error as NodeJS.ErrnoException).code ?? "error"}`,
    );
  }
}

export type { SecretsState } from "./state.js";
export { createState, parseState, serializeState } from "./state.js";
