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
 * The message without the location the library already put in front of it: SecretsFileError keeps it
 * apart as `reason`; other libraries start with "file:3:7: ", "file:3:7 (at /a): ", "at /a: " or
 * `patch at "/a": `. The report carries the location in fields, so it is printed once.
 */
function withoutLocation(error: Error, source?: string, pointer?: string): string {
  const reason = field(error, "reason", "string");
  if (reason !== undefined) return reason;
  const { message } = error;
  const argument = field(error, "argument", "string");
  const line = field(error, "line", "number");
  const at = pointer === undefined ? "" : pointer === "" ? "/" : pointer;
  const file = source === undefined ? [""] : [`${source}:`, ""];
  const lineColumn =
    line === undefined ? [] : file.map((f) => `${f}${line}:${field(error, "column", "number") ?? 1}`);
  const prefixes = [
    ...(argument !== undefined && pointer !== undefined ? [`${argument} at "${pointer}": `] : []),
    ...lineColumn.flatMap((lc) => (pointer === undefined ? [] : [`${lc} (at ${at}): `])),
    ...lineColumn.map((lc) => `${lc}: `),
    ...(pointer !== undefined ? [`${source ? `${source} ` : ""}at ${at}: `, `at ${at}: `] : []),
    ...(source !== undefined ? [`${source}: `] : []),
  ];
  const known = prefixes.find((p) => message.startsWith(p));
  return known === undefined ? message : message.slice(known.length);
}

/** An error about one of several inputs, tagged with its file by the command that read it. */
export class InputFailure extends Error {
  override readonly name = "InputFailure";
  constructor(
    readonly failure: unknown,
    readonly source: string,
  ) {
    super(failure instanceof Error ? failure.message : String(failure));
  }
}

/** The report for any thrown value. */
export function describeError(error: unknown): ErrorReport {
  if (error instanceof InputFailure) {
    const inner = describeError(error.failure);
    return inner.source === undefined ? { ...inner, source: error.source } : inner;
  }
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
      message: withoutLocation(error, source, pointer),
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

/** `file:3:7`, `file:3:7 /secrets/A`, `file /secrets/A`, or nothing: where the problem is, once. */
export function formatLocation(report: ErrorReport): string {
  const at =
    report.line === undefined
      ? ""
      : `:${report.line}${report.column === undefined ? "" : `:${report.column}`}`;
  const file = report.source === undefined ? "" : `${report.source}${at}`;
  // The root pointer ("") adds nothing to a file name: the whole file is meant.
  const pointer =
    report.pointer === undefined || (report.pointer === "" && file) ? "" : report.pointer || '""';
  return [file || (at ? at.slice(1) : ""), pointer].filter((s) => s !== "").join(" ");
}

/** Prints the report for `error` and returns the exit code (1, or 2 for usage errors). */
export function reportError(io: Io, context: ErrorContext, error: unknown): number {
  const report = describeError(error);
  if (context.json) {
    io.out(`${JSON.stringify({ ok: false, command: context.command, error: report }, null, 2)}\n`);
  } else {
    // One line, the location once: "patchbay validate: -:1:12 /a [invalid-shape] expected …".
    const where = formatLocation(report);
    const who = context.command === "patchbay" ? "patchbay" : `patchbay ${context.command}`;
    io.err(`${who}: ${where ? `${where} ` : ""}[${report.code}] ${report.message}\n`);
    if (report.code === "USAGE") io.err(`Run "${who} --help" for usage.\n`);
  }
  return exitCodeFor(report.code);
}
