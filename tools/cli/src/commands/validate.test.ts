/**
 * End-to-end: `patchbay validate` on the examples and on generated bodies, through the built bin. The
 * expected diagnostics are the rules of the issue (one mistake per entry of examples/bad-body.json).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { EXAMPLES, jsonOf, runCli } from "../test-support/run-cli.js";

interface Diag {
  severity: string;
  code: string;
  pointer: string;
  message: string;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "patchbay-validate-"));
});
const textSecret = (name: string, text = "v") => ({ name, type: "secret_text", text });
const bodyOf = (names: string[]) =>
  JSON.stringify({ secrets: Object.fromEntries(names.map((n) => [n, textSecret(n)])) });

describe("examples/bad-body.json: every mistake at once, exit 1", () => {
  it.each([
    ["map key differs from name", { code: "name-mismatch", pointer: "/secrets/API_URL/name" }],
    ["name is not a JavaScript identifier", { code: "invalid-name", pointer: "/secrets/MY-TOKEN" }],
    ["a reserved word is a warning", { code: "reserved-name", pointer: "/secrets/class" }],
  ])("%s", async (_name, want) => {
    const run = await runCli(["validate", `${EXAMPLES}bad-body.json`, "--json"]);
    expect(run.code).toBe(1);
    const doc = jsonOf(run) as { ok: boolean; diagnostics: Diag[] };
    expect(doc.ok).toBe(false);
    expect(doc.diagnostics).toContainEqual(expect.objectContaining(want));
  });

  it("schema and key problems point into the entries that have them", async () => {
    const doc = jsonOf(await runCli(["validate", `${EXAMPLES}bad-body.json`, "--json"])) as {
      diagnostics: Diag[];
    };
    const pointers = doc.diagnostics.map((d) => d.pointer);
    for (const entry of ["NO_TEXT", "TYPO_TYPE", "HMAC_KEY"]) {
      expect(pointers.some((p) => p.startsWith(`/secrets/${entry}`))).toBe(true);
    }
    expect(pointers.some((p) => p.startsWith("/version_tags"))).toBe(true);
    expect(doc.diagnostics.filter((d) => d.severity === "error").length).toBeGreaterThanOrEqual(6);
  });

  it("each pointer into a body file also has the line:column of its target", async () => {
    const text = readFileSync(`${EXAMPLES}bad-body.json`, "utf8");
    const lines = text.split("\n");
    const line = lines.findIndex((l) => l.includes('"API_URI"')) + 1;
    const column = (lines[line - 1] ?? "").indexOf('"API_URI"') + 1;
    const doc = jsonOf(await runCli(["validate", `${EXAMPLES}bad-body.json`, "--json"])) as {
      diagnostics: (Diag & { line?: number; column?: number })[];
    };
    expect(doc.diagnostics.find((d) => d.code === "name-mismatch")).toMatchObject({ line, column });
  });

  it("human output: one line per diagnostic with its pointer, and a failing summary", async () => {
    const run = await runCli(["validate", `${EXAMPLES}bad-body.json`]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("/secrets/API_URL/name");
    expect(run.stdout).toContain("[name-mismatch]");
    expect(run.stdout).toMatch(/✗ .* is invalid \(\d+ errors, \d+ warnings?\)/);
    expect(run.stdout).not.toContain("example-not-a-real-token");
  });
});

describe("valid inputs exit 0", () => {
  it.each([
    ["the .env example (a PEM block as secret_text)", [".env"]],
    ["the JSON secrets file (two secret_key values)", ["secrets.json"]],
  ])("%s", async (_name, [file]) => {
    const run = await runCli(["validate", `${EXAMPLES}${file}`, "--json"]);
    expect(run.stdout).not.toContain("PRIVATE KEY");
    expect(jsonOf(run)).toMatchObject({ ok: true, command: "validate" });
    expect(run.code).toBe(0);
  });

  it("a body on stdin", async () => {
    const run = await runCli(["validate", "-"], { input: bodyOf(["A", "B"]) });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/✓ stdin \(bulk body\) is valid/);
  });

  it("a dotenv file on stdin with --format dotenv", async () => {
    const run = await runCli(["validate", "-", "--format", "dotenv", "--json"], { input: "A=1\nB='two'\n" });
    expect(run.code).toBe(0);
    expect(jsonOf(run)).toMatchObject({ ok: true, input: "dotenv" });
  });
});

describe("limits", () => {
  const names = (n: number) => Array.from({ length: n }, (_, i) => `S${i}`);

  it("101 operations exceed the per-request cap, and the message gives the count", async () => {
    const file = join(dir, "101.json");
    writeFileSync(file, bodyOf(names(101)));
    const doc = jsonOf(await runCli(["validate", file, "--json"])) as { diagnostics: Diag[] };
    const found = doc.diagnostics.find((d) => d.code === "too-many-operations");
    expect(found?.message).toContain("101");
  });

  it("--max-operations lowers the cap", async () => {
    const file = join(dir, "3.json");
    writeFileSync(file, bodyOf(names(3)));
    expect((await runCli(["validate", file])).code).toBe(0);
    const run = await runCli(["validate", file, "--max-operations", "2", "--json"]);
    expect(run.code).toBe(1);
    expect((jsonOf(run) as { diagnostics: Diag[] }).diagnostics.map((d) => d.code)).toContain(
      "too-many-operations",
    );
  });

  it("--current and --free check the per-script limit of 64", async () => {
    const current = join(dir, "current-60.json");
    writeFileSync(
      current,
      JSON.stringify({
        success: true,
        errors: [],
        messages: [],
        result: names(60).map((name) => ({ name, type: "secret_text" })),
      }),
    );
    const file = join(dir, "new-10.json");
    writeFileSync(file, bodyOf(names(10).map((n) => `NEW_${n}`)));
    expect((await runCli(["validate", file, "--current", current])).code).toBe(0);
    const run = await runCli(["validate", file, "--current", current, "--free", "--json"]);
    expect(run.code).toBe(1);
    expect((jsonOf(run) as { diagnostics: Diag[] }).diagnostics.map((d) => d.code)).toContain(
      "too-many-secrets",
    );
  });
});

describe("input errors", () => {
  it("a malformed .env line gives line:column and exit 1", async () => {
    const run = await runCli(["validate", "-", "--format", "dotenv"], { input: "A=1\nB 2\n" });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "patchbay validate: -:2:3 [missing-equals] expected '=' after the variable name\n",
    );
  });

  it("a duplicate .env name names both lines", async () => {
    const run = await runCli(["validate", "-", "--format", "dotenv", "--json"], { input: "A=1\nB=2\nA=3\n" });
    expect(run.code).toBe(1);
    const error = (jsonOf(run) as { error: { code: string; message: string; line: number } }).error;
    expect(error.code).toBe("duplicate-key");
    expect(error.message).toContain("line 1");
    expect(error.line).toBe(3);
  });
});

describe("each finding and error is located once, in the file the user wrote", () => {
  it("an error line: location, [code], message (no repeated location)", async () => {
    const run = await runCli(["validate", "-"], { input: '{"a":1}' });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'patchbay validate: -:1:6 /a [invalid-shape] expected a string, null, or a secret object (type "secret_text" or "secret_key"), found number\n',
    );
  });

  it("--json keeps the error's shape: code, message without location, and the location fields", async () => {
    const run = await runCli(["validate", "-", "--json"], { input: '{"a":1}' });
    expect(jsonOf(run).error).toEqual({
      code: "invalid-shape",
      message:
        'expected a string, null, or a secret object (type "secret_text" or "secret_key"), found number',
      source: "-",
      pointer: "/a",
      line: 1,
      column: 6,
    });
  });

  it("findings on a .env file point at the NAME= line, not into the built body", async () => {
    const file = join(dir, "findings.env");
    writeFileSync(file, `# comment\nOK=1\nclass=2\nexport BIG="${"x".repeat(5200)}"\n`);
    const run = await runCli(["validate", file]);
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toContain(`${file}:4:8 /secrets/BIG/text [value-too-large]`);
    expect(run.stdout + run.stderr).toContain(`${file}:3:1 /secrets/class [reserved-name]`);
    const doc = jsonOf(await runCli(["validate", file, "--json"])) as { diagnostics: Diag[] };
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({ pointer: "/secrets/BIG/text", source: file, line: 4, column: 8 }),
    );
  });

  it("findings on a flat JSON secrets file point at the member in that file", async () => {
    const file = join(dir, "findings.json");
    writeFileSync(file, `{\n  "OK": "1",\n  "if": "2"\n}\n`);
    const doc = jsonOf(await runCli(["validate", file, "--json"])) as { diagnostics: Diag[] };
    expect(doc.diagnostics).toContainEqual(
      expect.objectContaining({ code: "reserved-name", pointer: "/secrets/if", line: 3, column: 9 }),
    );
  });

  it("a repeated member name in a body is an error naming both places (RFC 8259 §4)", async () => {
    const run = await runCli(["validate", "-"], {
      input: '{"secrets": {\n "A": null,\n "A": {"name": "A", "type": "secret_text", "text": "v"}}}',
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^patchbay validate: -:3:2 \/secrets\/A \[duplicate-member\] .*first at 2:2, again at 3:2/,
    );
  });
});
