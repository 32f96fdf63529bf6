/**
 * End-to-end: diff, apply-patch, compose and to-json-patch on files and stdin. Results are checked against
 * @patchbay/merge-patch called in-process (the CLI must add nothing and lose nothing), on RFC 7396
 * Appendix A cases plus hostile keys; redaction and --out are checked on a body holding a value.
 */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { apply, compose, diff, type JsonValue, toJsonPatch } from "@patchbay/merge-patch";
import { beforeAll, describe, expect, it } from "vitest";
import { jsonOf, runCli } from "../test-support/run-cli.js";

let dir: string;
const file = (name: string, json: string): string => {
  const path = join(dir, name);
  writeFileSync(path, json);
  return path;
};
const parse = (json: string): JsonValue => JSON.parse(json) as JsonValue;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "patchbay-json-tool-"));
});

// RFC 7396 Appendix A rows (target, patch), plus a `__proto__` member that must stay data.
const CASES: [string, { doc: string; patch: string }][] = [
  ["A.1 replace a member", { doc: '{"a":"b"}', patch: '{"a":"c"}' }],
  ["A.3 remove a member", { doc: '{"a":"b"}', patch: '{"a":null}' }],
  ["A.7 nested remove and add", { doc: '{"a":{"b":"c"}}', patch: '{"a":{"b":"d","c":null}}' }],
  ["A.10 array replaced whole", { doc: '{"a":[{"b":"c"}]}', patch: '{"a":[1]}' }],
  ["A.13 non-object patch replaces", { doc: '{"a":"foo"}', patch: '"bar"' }],
  ["hostile key __proto__", { doc: '{"__proto__":{"x":1},"k":1}', patch: '{"__proto__":{"y":2},"k":null}' }],
];

describe("apply-patch", () => {
  it.each(CASES)("%s: same result as apply()", async (_name, { doc, patch }) => {
    const run = await runCli(["apply-patch", file("doc.json", doc), file("patch.json", patch), "--json"]);
    expect(run.code).toBe(0);
    expect(jsonOf(run)).toMatchObject({ ok: true, command: "apply-patch" });
    expect(JSON.stringify(jsonOf(run).result)).toBe(JSON.stringify(apply(parse(doc), parse(patch))));
  });
});

describe("diff", () => {
  it.each(CASES)("%s: diff(doc, apply(doc, patch)) as diff() computes it", async (_name, { doc, patch }) => {
    const target = JSON.stringify(apply(parse(doc), parse(patch)));
    const run = await runCli(["diff", file("a.json", doc), "-", "--json"], { input: target });
    expect(run.code).toBe(0);
    expect(JSON.stringify(jsonOf(run).result)).toBe(JSON.stringify(diff(parse(doc), parse(target))));
  });

  it("human output is the patch as JSON", async () => {
    const run = await runCli(["diff", file("a.json", '{"a":1,"b":2}'), file("b.json", '{"a":1,"c":3}')]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(diff(parse('{"a":1,"b":2}'), parse('{"a":1,"c":3}')));
  });
});

describe("compose", () => {
  it.each(CASES)("%s: same result as compose()", async (_name, { doc, patch }) => {
    const run = await runCli(["compose", file("p1.json", doc), file("p2.json", patch), "--json"]);
    expect(run.code).toBe(0);
    expect(JSON.stringify(jsonOf(run).result)).toBe(JSON.stringify(compose(parse(doc), parse(patch))));
  });
});

describe("to-json-patch", () => {
  it.each(CASES)("%s: same operations as toJsonPatch()", async (_name, { doc, patch }) => {
    const run = await runCli(["to-json-patch", file("patch.json", patch), file("doc.json", doc), "--json"]);
    expect(run.code).toBe(0);
    expect(JSON.stringify(jsonOf(run).result)).toBe(JSON.stringify(toJsonPatch(parse(patch), parse(doc))));
  });
});

describe("values never reach stdout; --out keeps them, privately", () => {
  const body = '{"secrets":{"A":{"name":"A","type":"secret_text","text":"value-xyz"}}}';

  it("stdout shows [REDACTED]; the --out file has the value and mode 0600", async () => {
    const out = join(dir, "applied.json");
    const run = await runCli([
      "apply-patch",
      file("empty.json", "{}"),
      file("body.json", body),
      "--out",
      out,
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("[REDACTED]");
    expect(run.stdout + run.stderr).not.toContain("value-xyz");
    expect(JSON.parse(readFileSync(out, "utf8"))).toEqual(JSON.parse(body));
    expect(statSync(out).mode & 0o777).toBe(0o600);
  });
});

describe("legal JSON of any depth", () => {
  it("apply-patch prints a result nested 50,000 deep (JSON.stringify would overflow the stack)", async () => {
    const depth = 50_000;
    const deep = `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
    const run = await runCli(["apply-patch", file("empty.json", "{}"), file("deep.json", deep)]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout.replace(/\s/g, "")).toBe(deep);
  });
});

describe("errors name the input file they are about, once", () => {
  it.each([
    [
      "compose: `second` merges into what `first` set to null → the second file",
      {
        args: (a: string, b: string) => ["compose", a, b],
        first: '{"a":null}',
        second: '{"a":{"x":1}}',
        blame: 1,
      },
    ],
    [
      "diff: a null the target holds cannot be created → the second file",
      {
        args: (a: string, b: string) => ["diff", a, b],
        first: '{"a":{"x":1}}',
        second: '{"a":null}',
        blame: 1,
      },
    ],
  ])("%s", async (_rule, { args, first, second, blame }) => {
    const files = [file("err-first.json", first), file("err-second.json", second)];
    const run = await runCli(args(files[0] as string, files[1] as string));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      new RegExp(`^patchbay [a-z]+: ${files[blame]} /a \\[UNREPRESENTABLE\\] expected `),
    );
  });

  it("a repeated member name in either input is duplicate-member (RFC 8259 §4: the result would be undefined)", async () => {
    const dup = file("dup.json", '{"a": 1,\n "a": {"b": 2}}');
    const ok = file("ok.json", "{}");
    for (const argv of [
      ["diff", ok, dup],
      ["apply-patch", dup, ok],
      ["compose", ok, dup],
      ["to-json-patch", dup, ok],
    ]) {
      const run = await runCli(argv);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`${dup}:2:2 /a [duplicate-member]`);
    }
  });
});
