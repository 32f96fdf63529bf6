/**
 * The top-level error handler: turns anything thrown into one report (code, message, where) on stderr, or
 * `{ ok: false, error }` on stdout with `--json`, and an exit code. Never prints a stack trace.
 *
 * Library errors (MergePatchError, the secrets parser's and validators' errors) already carry a `code` and a
 * `pointer` or `line`/`column`, and their messages are value-free by contract; they are shown as they are.
 * Anything else is a bug: it is reported as INTERNAL with its class name and message only.
 */
import { CliError, exitCodeFor } from "./cli-error.js";
import type { Io } from "./io.js";

export interface ErrorContext {
  readonly command: string;
  readonly json: boolean;
}

export interface ErrorReport {
  readonly code: string;
  readonly message: string;
  readonly source?: string;
  readonly pointer?: string;
  readonly line?: number;
  readonly column?: number;
}

function field<T extends "string" | "number">(
  value: object,
  key: string,
  type: T,
): (T extends "string" ? string : number) | undefined {
  const member: unknown = (value as Record<string, unknown>)[key];
  return typeof member === type ? (member as T extends "string" ? string : number) : undefined;
}

/**
 * Library messages may start with their own location ("file:3:7: …", "at /secrets/A: …"); the report carries
 * the location in fields, so the prefix is dropped to avoid printing it twice.
 */
function withoutLocation(
  message: string,
  source?: string,
  line?: number,
  column?: number,
  pointer?: string,
): string {
  const prefixes: string[] = [];
  const file = source === undefined ? "" : source;
  if (line !== undefined) {
    const at = `${line}:${column ?? 1}: `;
    prefixes.push(file ? `${file}:${at}` : at, at);
  }
  if (pointer !== undefined) {
    const at = `at ${pointer === "" ? "/" : pointer}: `;
    prefixes.push(file ? `${file} ${at}` : at, at);
  }
  if (file) prefixes.push(`${file}: `);
  const prefix = prefixes.find((p) => message.startsWith(p));
  return prefix === undefined ? message : message.slice(prefix.length);
}

/** The report for any thrown value. */
export function describeError(error: unknown): ErrorReport {
  if (error instanceof CliError) {
    return { code: error.code, message: error.message, ...error.details };
  }
  if (error instanceof Error && typeof (error as { code?: unknown }).code === "string") {
    const source = field(error, "source", "string") ?? field(error, "filename", "string");
    const pointer = field(error, "pointer", "string");
    const line = field(error, "line", "number");
    const column = field(error, "column", "number");
    return {
      code: String((error as unknown as { code: string }).code),
      message: withoutLocation(error.message, source, line, column, pointer),
      ...(source === undefined ? {} : { source }),
      ...(pointer === undefined ? {} : { pointer }),
      ...(line === undefined ? {} : { line }),
      ...(column === undefined ? {} : { column }),
    };
  }
  const name = error instanceof Error ? error.name : typeof error;
  const message = error instanceof Error ? error.message : "a non-Error value was thrown";
  return { code: "INTERNAL", message: `unexpected ${name}: ${message}` };
}

/** `file:3:7`, `file /secrets/A`, or nothing: where the problem is. */
export function formatLocation(report: ErrorReport): string {
  const at =
    report.line === undefined
      ? ""
      : `:${report.line}${report.column === undefined ? "" : `:${report.column}`}`;
  const file = report.source === undefined ? "" : `${report.source}${at}`;
  const pointer = report.pointer === undefined ? "" : `${report.pointer === "" ? '""' : report.pointer}`;
  return [file || (at ? at.slice(1) : ""), pointer].filter((s) => s !== "").join(" ");
}

/** Prints the report for `error` and returns the exit code (1, or 2 for usage errors). */
export function reportError(io: Io, context: ErrorContext, error: unknown): number {
  const report = describeError(error);
  if (context.json) {
    io.out(`${JSON.stringify({ ok: false, command: context.command, error: report }, null, 2)}\n`);
  } else {
    const where = formatLocation(report);
    io.err(`patchbay ${context.command}: ${report.code}${where ? ` at ${where}` : ""}: ${report.message}\n`);
    if (report.code === "USAGE") io.err(`Run "patchbay ${context.command} --help" for usage.\n`);
  }
  return exitCodeFor(report.code);
}
