import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { instrument, isExpression, toModule } from "./program.js";

const dir = mkdtempSync(join(tmpdir(), "readme-program-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs an instrumented snippet; the exit code says whether the README comment held. */
function run(source: string, lang: "ts" | "js" = "js"): { status: number | null; output: string } {
  const file = join(dir, `p${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(
    file,
    toModule(
      instrument(source, (i) => 100 + i),
      lang,
    ),
  );
  const child = spawnSync(process.execPath, [file], { encoding: "utf8" });
  return { status: child.status, output: child.stdout + child.stderr };
}

const thrower =
  'const f = () => { throw Object.assign(new TypeError("x"), { code: "BAD", pointer: "/a" }); };\n';

describe("result comments become assertions", () => {
  it.each([
    ["a true → holds", { given: "[1, 2].concat(3); // → [1, 2, 3]", want: 0 }],
    ["a false → fails", { given: "[1, 2].concat(4); // → [1, 2, 3]", want: 1 }],
    ["a note after two spaces is ignored", { given: "({}); // → {}  (no change)", want: 0 }],
    ["prose after → is left alone", { given: "({}); // → an own member; nothing else", want: 0 }],
    ["a declaration is not an expression", { given: "const a = 1; // → 2", want: 0 }],
    [
      "throws with name, code and pointer",
      { given: `${thrower}f(); // throws TypeError BAD, pointer "/a"`, want: 0 },
    ],
    ["throws with another code fails", { given: `${thrower}f(); // throws TypeError OTHER`, want: 1 }],
    [
      "throws with another pointer fails",
      { given: `${thrower}f(); // throws TypeError BAD, pointer "/b"`, want: 1 },
    ],
    ["throws when nothing throws fails", { given: "Math.max(1); // throws TypeError", want: 1 }],
    [
      "throws followed by prose is prose",
      { given: "Math.max(1); // throws if the file is missing", want: 0 },
    ],
    [
      "throws with a class name and prose is prose",
      { given: "Math.max(1); // throws TypeError when empty", want: 0 },
    ],
    [
      "a kebab-case code is a code",
      { given: `${thrower.replace("BAD", "bad-code")}f(); // throws TypeError bad-code`, want: 0 },
    ],
    [
      "TypeScript is stripped",
      { given: "const n: number = 1;\n[n] as number[]; // → [1]", want: 0, lang: "ts" as const },
    ],
  ])("%s", (_rule, row) => {
    const { given, want } = row;
    const result = run(given, "lang" in row ? row.lang : "js");
    expect(result.status, result.output).toBe(want);
    if (want === 1) expect(result.output).toMatch(/README line 10\d/);
  });

  it.each([
    ["{ a: 1 }", true],
    ["[1, 2]", true],
    ['an own "__proto__" member', false],
  ])("isExpression(%s) is %s", (text, want) => {
    expect(isExpression(text)).toBe(want);
  });
});
