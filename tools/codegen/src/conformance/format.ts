/**
 * The conformance report as text. UNINTENDED differences come first, one line each with both values, since each
 * needs action. Intended ones are grouped under their reason, and a difference that recurs in both operations
 * and both request media types is one line naming where it occurs: 110 raw differences read as about 30 lines
 * under 20 reasons instead of 110 lines repeating long reasons.
 */
import type { ConformanceReport, ReportedDifference } from "./compare.js";
import { COMPARED_OPERATIONS } from "./compare.js";

export function formatReport(report: ConformanceReport): { text: string; unintended: number } {
  const unintended = report.differences.filter((d) => d.intended === undefined);
  const lines: string[] = [`unintended: ${unintended.length}`];
  for (const d of unintended)
    lines.push(
      `UNINTENDED ${d.operationId} ${d.part} ${what(d)}: ours ${show(d.ours)}, official ${show(d.theirs)}`,
    );
  const byReason = new Map<string, ReportedDifference[]>();
  for (const d of report.differences) {
    if (d.intended === undefined) continue;
    byReason.set(d.intended, [...(byReason.get(d.intended) ?? []), d]);
  }
  const intendedCount = report.differences.length - unintended.length;
  lines.push("", `intended: ${intendedCount} (${byReason.size} reasons)`);
  for (const [reason, diffs] of byReason) {
    lines.push("", `* ${reason}`);
    for (const [line, where] of collapse(diffs)) lines.push(`    ${line}  [${where}]`);
  }
  for (const i of report.unusedIntended)
    lines.push(`note: intended entry matches nothing: ${i.part} ${i.pointer} ${i.keyword}`);
  lines.push(
    "",
    `${report.differences.length} differences, ${intendedCount} intended, ${unintended.length} unintended`,
  );
  return { text: lines.join("\n"), unintended: unintended.length };
}

function what(d: ReportedDifference): string {
  return `${d.pointer || "/"}${d.keyword ? ` ${d.keyword}` : ""} (${d.kind})`;
}

/** Same pointer, keyword and values in several operations/parts → one line, with where it occurs. */
function collapse(diffs: readonly ReportedDifference[]): [string, string][] {
  const groups = new Map<string, { ops: Set<string>; parts: Set<string> }>();
  for (const d of diffs) {
    const key = `${what(d)}: ours ${show(d.ours)}, official ${show(d.theirs)}`;
    const g = groups.get(key) ?? { ops: new Set(), parts: new Set() };
    g.ops.add(d.operationId);
    g.parts.add(d.part);
    groups.set(key, g);
  }
  return [...groups].map(([line, { ops, parts }]) => {
    const opText = ops.size === COMPARED_OPERATIONS.length ? "both operations" : [...ops].join(", ");
    return [line, `${[...parts].join(", ")}; ${opText}`];
  });
}

function show(value: unknown): string {
  if (value === undefined) return "(absent)";
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
