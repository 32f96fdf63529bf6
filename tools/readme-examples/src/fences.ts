/**
 * Fenced code blocks of a Markdown file (CommonMark §4.5), with the source line of each and the marker comment
 * right before it. Hand-written rather than a Markdown library because we need exactly two things a token stream
 * does not keep: the 1-based line of every fence (for failure messages that point into the README) and the HTML
 * comment on the last non-blank line before it (our `<!-- not-runnable: … -->` / `<!-- continues -->` markers).
 * READMEs here use top-level fences only; indented code blocks and fences inside lists are not examples.
 */

export interface Fence {
  /** First word of the info string, lower-cased ("ts", "console", "" when none). */
  lang: string;
  /** Line of the opening fence, 1-based. */
  line: number;
  /** The block's text, without the fences, ending without a newline. */
  code: string;
  /** Text of an HTML comment on the last non-blank line before the opening fence, trimmed; undefined if none. */
  marker?: string;
  /** Only blank lines separate this fence from the end of the previous one (a "```sh then ```text" pair). */
  adjacentToPrevious: boolean;
}

const OPEN = /^ {0,3}(`{3,}|~{3,})\s*([^`\s]*)[^`]*$/;
const COMMENT = /^\s*<!--([\s\S]*?)-->\s*$/;

export function extractFences(markdown: string): Fence[] {
  const lines = markdown.replace(/\r\n?/g, "\n").split("\n");
  const fences: Fence[] = [];
  let lastFenceEnd = -2; // index of the closing line of the previous fence
  for (let i = 0; i < lines.length; i++) {
    const open = OPEN.exec(lines[i] ?? "");
    if (!open) continue;
    const [, fence = "", info = ""] = open;
    // CommonMark §4.5: the block closes at a line of the same character, at least as long, and nothing else.
    const close = new RegExp(`^ {0,3}${fence[0] === "`" ? "`" : "~"}{${fence.length},}\\s*$`);
    let end = i + 1;
    while (end < lines.length && !close.test(lines[end] ?? "")) end++;
    const between = lines.slice(lastFenceEnd + 1, i);
    let before = i - 1;
    while (before >= 0 && (lines[before] ?? "").trim() === "") before--;
    const comment = before >= 0 ? COMMENT.exec(lines[before] ?? "") : null;
    const fenceEntry: Fence = {
      lang: info.toLowerCase(),
      line: i + 1,
      code: lines.slice(i + 1, end).join("\n"),
      adjacentToPrevious: lastFenceEnd >= 0 && between.every((l) => l.trim() === ""),
    };
    if (comment?.[1] !== undefined) fenceEntry.marker = comment[1].trim();
    fences.push(fenceEntry);
    lastFenceEnd = end;
    i = end;
  }
  return fences;
}
