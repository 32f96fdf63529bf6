/**
 * The process boundary, as one object, so commands never touch `process` directly: the bin passes the real
 * streams, and the only way text leaves the CLI is through `out`/`err` (where redaction is enforced upstream).
 */
import { readFile } from "node:fs/promises";
import { CliError } from "./cli-error.js";

export interface Io {
  /** Write to stdout (machine output and results). */
  out(text: string): void;
  /** Write to stderr (human diagnostics and errors). */
  err(text: string): void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdin: NodeJS.ReadableStream;
  /** Whether stdout is a terminal (decides colour); absent means no. */
  readonly stdoutIsTty?: boolean;
}

export function processIo(): Io {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    env: process.env,
    stdin: process.stdin,
    stdoutIsTty: process.stdout.isTTY === true,
  };
}

/** Reads all of stdin as UTF-8 (the `-` argument). */
async function readStdin(stdin: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * The text of `source`: a file path, or `-` for stdin. A leading byte-order mark is dropped (it is encoding,
 * not content: JSON.parse rejects it and a .env parser would read it into the first name); nothing else is
 * trimmed or changed.
 */
export async function readText(io: Io, source: string): Promise<string> {
  let text: string;
  if (source === "-") {
    text = await readStdin(io.stdin);
  } else {
    try {
      text = await readFile(source, "utf8");
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT") {
        throw new CliError("INPUT_NOT_FOUND", "expected a readable file, found no such file", {
          source,
        });
      }
      throw new CliError(
        "INPUT_UNREADABLE",
        `expected a readable file, found one that cannot be read (${code})`,
        {
          source,
        },
      );
    }
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Rejects reading stdin twice in one command (`diff - -`): the second read would silently be empty. */
export function assertSingleStdin(sources: readonly string[]): void {
  if (sources.filter((s) => s === "-").length > 1) {
    throw new CliError("USAGE", "expected at most one `-` (stdin) argument, found several");
  }
}
