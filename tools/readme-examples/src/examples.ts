/**
 * What a README promises: its runnable programs (```ts / ```js blocks, joined by `<!-- continues -->`) and its
 * CLI sessions (```console blocks, or a ```sh block of `patchbay …` commands followed by a ```text block).
 * The convention is documented in this package's README.md.
 */
import type { Fence } from "./fences.js";

export interface Program {
  /** Lines of the opening fences of the blocks it is made of, in order. */
  lines: number[];
  lang: "ts" | "js";
  source: string;
  /** The README line of each source line. */
  readmeLines: number[];
}

export interface SessionStep {
  line: number;
  /** Shell text, run with `sh` (several commands for a ```sh + ```text pair). */
  command: string;
  /** The output the README shows for it. */
  expected: string;
}

export interface Skipped {
  line: number;
  lang: string;
  reason: string;
  /** The block's text: a skipped ```ts block is still type-checked. */
  code: string;
}

export interface ReadmeExamples {
  programs: Program[];
  sessions: SessionStep[][];
  skipped: Skipped[];
  /** Misused markers: the suite fails on each, so a marker cannot silently hide a block. */
  problems: string[];
}

const CODE_LANGS: Record<string, "ts" | "js"> = {
  ts: "ts",
  typescript: "ts",
  js: "js",
  javascript: "js",
  mjs: "js",
};
const SESSION_LANGS = new Set(["console", "shell-session"]);
const OUTPUT_LANGS = new Set(["text", "output", "txt"]);
const NOT_RUNNABLE = /^not-runnable\b:?\s*(.*)$/s;

export function collectExamples(fences: readonly Fence[]): ReadmeExamples {
  const out: ReadmeExamples = { programs: [], sessions: [], skipped: [], problems: [] };
  for (let i = 0; i < fences.length; i++) {
    const fence = fences[i] as Fence;
    const lang = CODE_LANGS[fence.lang];
    const isSession = SESSION_LANGS.has(fence.lang) || pairedOutput(fences, i) !== undefined;
    if (lang === undefined && !isSession) continue;
    const notRunnable = fence.marker === undefined ? null : NOT_RUNNABLE.exec(fence.marker);
    if (notRunnable) {
      const reason = (notRunnable[1] ?? "").trim();
      if (reason === "") out.problems.push(`line ${fence.line}: <!-- not-runnable: … --> needs a reason`);
      out.skipped.push({ line: fence.line, lang: fence.lang, reason, code: fence.code });
      continue;
    }
    if (isSession) {
      const paired = pairedOutput(fences, i);
      if (paired !== undefined) {
        out.sessions.push([{ line: fence.line, command: shCommands(fence.code), expected: paired.code }]);
        i++; // the ```text block belongs to this step
      } else {
        out.sessions.push(parseConsole(fence, out.problems));
      }
      continue;
    }
    if (lang === undefined) continue;
    const previous = out.programs.at(-1);
    if (fence.marker === "continues") {
      if (previous === undefined || previous.lang !== lang)
        out.problems.push(
          `line ${fence.line}: <!-- continues --> needs an earlier runnable ${fence.lang} block`,
        );
      else {
        previous.lines.push(fence.line);
        previous.source += `\n${fence.code}`;
        previous.readmeLines.push(...codeLines(fence));
        continue;
      }
    }
    out.programs.push({ lines: [fence.line], lang, source: fence.code, readmeLines: codeLines(fence) });
  }
  return out;
}

function codeLines(fence: Fence): number[] {
  return fence.code.split("\n").map((_, k) => fence.line + 1 + k);
}

/** A ```sh block of `patchbay …` commands directly followed by a ```text block is a one-step session. */
function pairedOutput(fences: readonly Fence[], i: number): Fence | undefined {
  const fence = fences[i] as Fence;
  const next = fences[i + 1];
  if (!["sh", "bash", "shell"].includes(fence.lang) || next === undefined) return undefined;
  if (!OUTPUT_LANGS.has(next.lang) || !next.adjacentToPrevious) return undefined;
  const runsPatchbay = fence.code.split("\n").some((l) => /^\s*(?:\$\s+)?patchbay\b/.test(l));
  return runsPatchbay ? next : undefined;
}

function shCommands(code: string): string {
  return code
    .split("\n")
    .map((l) => l.replace(/^\s*\$\s+/, ""))
    .filter((l) => l.trim() !== "" && !l.trim().startsWith("#"))
    .join("\n");
}

/** `$ command` lines (a trailing `\` continues one), each followed by the output the README shows for it. */
function parseConsole(fence: Fence, problems: string[]): SessionStep[] {
  const steps: { line: number; command: string; output: string[] }[] = [];
  const lines = fence.code.split("\n");
  let continued = false;
  for (let j = 0; j < lines.length; j++) {
    const text = lines[j] ?? "";
    const current = steps.at(-1);
    if (continued && current) current.command += `\n${text}`;
    else if (text.startsWith("$ "))
      steps.push({ line: fence.line + 1 + j, command: text.slice(2), output: [] });
    else if (current) current.output.push(text);
    else if (text.trim() !== "")
      problems.push(`line ${fence.line + 1 + j}: console output before any "$ " command`);
    continued = text.endsWith("\\") && steps.length > 0;
  }
  return steps.map(({ line, command, output }) => ({ line, command, expected: output.join("\n") }));
}
