/**
 * Human rendering of a validation report (`validateBulkPatch`, `validateSecretKey`): one line per diagnostic
 * with severity, JSON pointer (RFC 6901) and code, then a count. Messages come from the libraries, which
 * guarantee they hold no value; pointers hold names only.
 */
import type { Output } from "./output.js";

export interface DiagnosticLike {
  readonly severity: "error" | "warning";
  readonly code: string;
  readonly message: string;
  readonly pointer: string;
  /** For `plan`: which request body (1-based) the pointer is into. */
  readonly request?: number;
  /** The file the line:column below is in (`-` for stdin). */
  readonly source?: string;
  /** Where the finding is in that file: the pointer's target, or the `NAME=` line of a .env file. */
  readonly line?: number;
  readonly column?: number;
}

export function renderDiagnostics(
  out: Output,
  diagnostics: readonly DiagnosticLike[],
  subject: string,
): void {
  const { color } = out;
  for (const d of diagnostics) {
    const label = d.severity === "error" ? color.red("error  ") : color.yellow("warning");
    const pointer = `${d.request === undefined ? "" : `request ${d.request} `}${d.pointer === "" ? '""' : d.pointer}`;
    // `file:line:column pointer`, the same order as error lines ("patchbay validate: -:1:12 /a [code] …").
    const at =
      d.line === undefined
        ? ""
        : `${d.source === undefined ? "" : `${d.source}:`}${d.line}:${d.column ?? 1} `;
    out.line(`${label} ${at}${color.bold(pointer)} ${color.dim(`[${d.code}]`)} ${d.message}`);
  }
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  const counts = `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`;
  out.line(
    errors === 0
      ? color.green(`✓ ${subject} is valid (${counts})`)
      : color.red(`✗ ${subject} is invalid (${counts})`),
  );
}
