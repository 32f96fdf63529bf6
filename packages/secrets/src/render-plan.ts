/**
 * Plan → text for people: one line per name with its kind and action, a summary, never a value
 * (a Plan's patches hold values; this renderer reads only names, types and reasons).
 *
 * Colours are four ANSI SGR codes written here, not picocolors: the caller decides (`color`), and the
 * library must not look at a TTY or environment variables (it runs in browsers and workerd too).
 */
import type { Plan } from "./plan-types.js";

export interface RenderPlanOptions {
  /** ANSI colours (the CLI passes false for NO_COLOR or a non-TTY). Default false. */
  color?: boolean;
}

const SGR = { green: 32, yellow: 33, red: 31, dim: 2 } as const;

export function renderPlan(plan: Plan, options: RenderPlanOptions = {}): string {
  const paint = (c: keyof typeof SGR, s: string) => (options.color ? `\u001b[${SGR[c]}m${s}\u001b[0m` : s);
  const rows: (readonly [string, string, string, string, keyof typeof SGR])[] = [
    ...plan.creates.map((e) => ["+", e.name, e.type, "create", "green"] as const),
    ...plan.updates.map(
      (e) =>
        [
          "~",
          e.name,
          e.type,
          `update (${e.reason}${e.from ? `: ${e.from} → ${e.type}` : ""})`,
          "yellow",
        ] as const,
    ),
    ...plan.deletes.map((e) => ["-", e.name, e.type ?? "?", `delete (${e.reason})`, "red"] as const),
    ...plan.unchanged.map((e) => ["=", e.name, e.type ?? "-", `unchanged (${e.reason})`, "dim"] as const),
  ];
  const shown = rows.map(
    ([sign, name, type, action, c]) => [sign, displayName(name), type, action, c] as const,
  );
  const width = Math.max(0, ...shown.map((r) => r[1].length));
  const lines = shown.map(([sign, name, type, action, c]) =>
    paint(c, `  ${sign} ${name.padEnd(width)}  ${type.padEnd(11)}  ${action}`),
  );
  const requests = plan.patches.length;
  const summary =
    `Plan: ${plan.creates.length} to create, ${plan.updates.length} to update, ` +
    `${plan.deletes.length} to delete, ${plan.unchanged.length} unchanged` +
    ` (${requests} request${requests === 1 ? "" : "s"})`;
  const after = plan.resulting ? [`The script will have ${plan.resulting.length} secrets.`] : [];
  return [summary, ...lines, ...after].join("\n");
}

/**
 * Names come from files and could carry control characters (a terminal escape in a name would
 * repaint the screen); anything but printable text is shown JSON-escaped.
 */
function displayName(name: string): string {
  return /^[\p{L}\p{N}\p{M}\p{Pc}\p{Pd}$.]+$/u.test(name) ? name : JSON.stringify(name);
}
