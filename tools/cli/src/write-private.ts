/**
 * Writing files that may hold secret values (patch bodies, key objects, unredacted results): created with
 * mode 0600 so only the owner can read them, and the mode is forced even when the file already existed
 * (writeFile's `mode` only applies at creation).
 */
import { chmod, mkdir, writeFile } from "node:fs/promises";
import { CliError } from "./cli-error.js";

export async function writePrivateFile(path: string, text: string): Promise<void> {
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
