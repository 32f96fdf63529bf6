/**
 * Writing files that may hold secret values (patch bodies, key objects, unredacted results): created with
 * mode 0600 so only the owner can read them, and the mode is forced even when the file already existed
 * (writeFile's `mode` only applies at creation).
 */
import { chmod, mkdir, writeFile } from "node:fs/promises";
import { CliError } from "./cli-error.js";

/** `--out -` would mean "values to stdout", which the CLI never does. */
function assertNotStdout(path: string, what: string): void {
  if (path === "-") {
    throw new CliError("USAGE", `expected a ${what} path for --out (values never go to stdout), found -`);
  }
}

export async function writePrivateFile(path: string, text: string): Promise<void> {
  assertNotStdout(path, "file");
  try {
    await writeFile(path, text, { mode: 0o600 });
    await chmod(path, 0o600);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError("OUTPUT_UNWRITABLE", `expected a writable file, could not write ${path} (${code})`, {
      source: path,
    });
  }
}

export async function ensureDirectory(path: string): Promise<void> {
  assertNotStdout(path, "directory");
  try {
    await mkdir(path, { recursive: true, mode: 0o700 });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      "OUTPUT_UNWRITABLE",
      `expected a writable directory, could not create ${path} (${code})`,
      {
        source: path,
      },
    );
  }
}
