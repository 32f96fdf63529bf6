import { describe, expect, it } from "vitest";
import { collectExamples } from "./examples.js";
import { extractFences } from "./fences.js";

const md = (...lines: string[]) => lines.join("\n");

describe("extractFences (CommonMark §4.5)", () => {
  it.each([
    [
      "backtick fence with info string",
      { given: md("x", "```ts title", "a;", "```"), want: [["ts", 2, "a;"]] },
    ],
    ["tilde fence", { given: md("~~~js", "b;", "~~~"), want: [["js", 1, "b;"]] }],
    [
      "a longer fence holds a shorter one",
      { given: md("````md", "```ts", "c;", "```", "````"), want: [["md", 1, "```ts\nc;\n```"]] },
    ],
    ["no info string", { given: md("```", "d", "```"), want: [["", 1, "d"]] }],
    ["unclosed fence runs to the end", { given: md("```js", "e;"), want: [["js", 1, "e;"]] }],
  ])("%s", (_rule, { given, want }) => {
    expect(extractFences(given).map((f) => [f.lang, f.line, f.code])).toEqual(want);
  });

  it("reads the HTML comment on the last non-blank line before a fence, and adjacency", () => {
    const fences = extractFences(
      md("<!-- not-runnable: needs a token -->", "", "```ts", "x", "```", "", "```text", "y", "```"),
    );
    expect(fences[0]?.marker).toBe("not-runnable: needs a token");
    expect(fences[1]?.marker).toBeUndefined();
    expect(fences[1]?.adjacentToPrevious).toBe(true);
  });
});

describe("collectExamples (the convention in README.md)", () => {
  it.each([
    [
      "every ts/js block is a program",
      { given: md("```ts", "a", "```", "```js", "b", "```"), want: [2, 0, 0, 0] },
    ],
    [
      "not-runnable with a reason skips",
      { given: md("<!-- not-runnable: needs an account -->", "```ts", "a", "```"), want: [0, 0, 1, 0] },
    ],
    [
      "not-runnable without a reason is a problem",
      { given: md("<!-- not-runnable -->", "```ts", "a", "```"), want: [0, 0, 1, 1] },
    ],
    [
      "continues joins the previous program",
      { given: md("```js", "a", "```", "<!-- continues -->", "```js", "b", "```"), want: [1, 0, 0, 0] },
    ],
    [
      "continues with nothing before is a problem",
      { given: md("<!-- continues -->", "```js", "b", "```"), want: [1, 0, 0, 1] },
    ],
    [
      "a console block is a session",
      { given: md("```console", "$ patchbay x", "out", "```"), want: [0, 1, 0, 0] },
    ],
    [
      "sh + text running patchbay is a session",
      { given: md("```sh", "patchbay x", "```", "```text", "out", "```"), want: [0, 1, 0, 0] },
    ],
    [
      "sh + text running something else is not",
      { given: md("```sh", "npm start", "```", "```text", "out", "```"), want: [0, 0, 0, 0] },
    ],
    ["sh alone is not a session", { given: md("```sh", "patchbay x", "```"), want: [0, 0, 0, 0] }],
  ])("%s", (_rule, { given, want }) => {
    const ex = collectExamples(extractFences(given));
    expect([ex.programs.length, ex.sessions.length, ex.skipped.length, ex.problems.length]).toEqual(want);
  });

  it("a continued program keeps every block's README lines", () => {
    const [program] = collectExamples(
      extractFences(md("```js", "a", "```", "<!-- continues -->", "```js", "b", "```")),
    ).programs;
    expect(program).toEqual({ lines: [1, 5], lang: "js", source: "a\nb", readmeLines: [2, 6] });
  });

  it("splits a console block into commands, their output, and continued lines", () => {
    const [session] = collectExamples(
      extractFences(
        md("```console", "$ patchbay a \\", "  --b", "line 1", "", "line 3", "$ echo $?", "1", "```"),
      ),
    ).sessions;
    expect(session).toEqual([
      { line: 2, command: "patchbay a \\\n  --b", expected: "line 1\n\nline 3" },
      { line: 7, command: "echo $?", expected: "1" },
    ]);
  });
});
