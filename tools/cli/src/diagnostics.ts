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
}

export function renderDiagnostics(
  out: Output,
  diagnostics: readonly DiagnosticLike[],
  subject: string,
): void {
  const { color } = out;
  for (const d of diagnostics) {
    const label = d.severity === "error" ? color.red("error  ") : color.yellow("warning");
    const pointer = d.pointer === "" ? '""' : d.pointer;
    out.line(`${label} ${color.bold(pointer)} ${color.dim(`[${d.code}]`)} ${d.message}`);
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
