/**
 * End-to-end: the conventions every command shares (help, exit codes, usage errors, --json, NO_COLOR,
 * stdin), checked by spawning the built bin (dist/bin.js, built by the vitest globalSetup).
 */
import { describe, expect, it } from "vitest";
import { EXAMPLES, jsonOf, runCli } from "./test-support/run-cli.js";

const COMMANDS = [
  "validate",
  "plan",
  "diff",
  "apply-patch",
  "compose",
  "to-json-patch",
  "key check",
  "key from-pem",
];
const STACK_FRAME = /\n\s+at .+\(.+:\d+:\d+\)/;

describe("help", () => {
  it.each(COMMANDS)("%s --help: exit 0, examples, exit codes and the reserved env vars", async (command) => {
    const cmd = command.split(" ");
    const run = await runCli([...cmd, "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Examples:");
    expect(run.stdout).toContain(`$ patchbay ${cmd.join(" ")}`);
    expect(run.stdout).toContain("--json");
    expect(run.stdout).toContain("CLOUDFLARE_API_TOKEN");
    expect(run.stdout).toContain("CLOUDFLARE_ACCOUNT_ID");
    expect(run.stdout).toContain("Exit codes: 0 ok, 1 invalid input or failed check, 2 usage error");
  });

  it("patchbay --help lists every command", async () => {
    const run = await runCli(["--help"]);
    expect(run.code).toBe(0);
    for (const name of ["validate", "plan", "diff", "apply-patch", "compose", "to-json-patch", "key"]) {
      expect(run.stdout).toContain(name);
    }
  });

  it("patchbay help <command> prints that command's help: exit 0", async () => {
    const run = await runCli(["help", "plan"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Usage: patchbay plan");
  });

  it("--version prints the package version", async () => {
    const run = await runCli(["--version"]);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe("usage errors exit 2 with a clear message and no stack trace", () => {
  it.each([
    ["no command", { args: [], want: /Usage: patchbay/ }],
    ["unknown command", { args: ["frobnicate"], want: /\[USAGE\] unknown command 'frobnicate'/ }],
    ["unknown option", { args: ["diff", "a", "b", "--frob"], want: /\[USAGE\] unknown option '--frob'/ }],
    ["missing argument", { args: ["diff", "a"], want: /\[USAGE\] missing required argument 'b'/ }],
    ["too many arguments", { args: ["validate", "a", "b"], want: /\[USAGE\] too many arguments/ }],
    ["missing required option", { args: ["plan"], want: /\[USAGE\] required option '--from <file>'/ }],
    [
      "bad choice",
      { args: ["validate", "x", "--format", "yaml"], want: /\[USAGE\] .*--format <format>.*yaml/ },
    ],
    [
      "non-integer --max-operations",
      {
        args: ["validate", "x", "--max-operations", "ten"],
        want: /--max-operations expects a positive integer/,
      },
    ],
    ["key without subcommand", { args: ["key"], want: /Usage: patchbay key/ }],
    ["stdin twice", { args: ["diff", "-", "-"], want: /\[USAGE\] expected at most one `-`/ }],
    [
      "--out - (values would go to stdout)",
      {
        args: ["apply-patch", `${EXAMPLES}current.json`, `${EXAMPLES}current.json`, "--out", "-"],
        want: /--out/,
      },
    ],
    ["--state -", { args: ["plan", "--from", `${EXAMPLES}.env`, "--state", "-"], want: /--state/ }],
  ])("%s", async (_name, { args, want }) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(want);
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it("with --json, a usage error is a JSON document on stdout", async () => {
    const run = await runCli(["diff", "a", "--json"]);
    expect(run.code).toBe(2);
    expect(jsonOf(run)).toMatchObject({ ok: false, command: "diff", error: { code: "USAGE" } });
  });
});

describe("input errors exit 1 with code and location", () => {
  it("a missing file", async () => {
    const run = await runCli(["diff", "does-not-exist.json", `${EXAMPLES}current.json`]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("INPUT_NOT_FOUND");
    expect(run.stderr).toContain("does-not-exist.json");
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it("malformed JSON on stdin gives line:column and never quotes the input", async () => {
    const run = await runCli(["diff", "-", `${EXAMPLES}current.json`, "--json"], {
      input: '{\n  "a": 1,\n  "b": nope-canary\n}',
    });
    expect(run.code).toBe(1);
    const doc = jsonOf(run);
    expect(doc).toMatchObject({ ok: false, error: { source: "-", line: 3, column: 8 } });
    expect(run.stdout).not.toContain("nope-canary");
  });
});

describe("colour", () => {
  const bad = `${EXAMPLES}bad-body.json`;
  it("FORCE_COLOR colours human output", async () => {
    const run = await runCli(["validate", bad], { env: { FORCE_COLOR: "1" } });
    expect(run.stdout).toContain("\u001b[");
  });
  it("NO_COLOR wins over FORCE_COLOR", async () => {
    const run = await runCli(["validate", bad], { env: { FORCE_COLOR: "1", NO_COLOR: "1" } });
    expect(run.stdout).not.toContain("\u001b[");
    expect(run.stdout).toContain("error");
  });
  it("piped output in CI is plain (CI=true does not force colour)", async () => {
    const run = await runCli(["validate", bad], { env: { CI: "true" } });
    expect(run.stdout).not.toContain("\u001b[");
    expect(run.stdout).toContain("error");
  });
  it("FORCE_COLOR=0 turns colour off", async () => {
    const run = await runCli(["validate", bad], { env: { FORCE_COLOR: "0" } });
    expect(run.stdout).not.toContain("\u001b[");
  });
  it("--json is never coloured", async () => {
    const run = await runCli(["validate", bad, "--json"], { env: { FORCE_COLOR: "1" } });
    expect(run.stdout).not.toContain("\u001b[");
    expect(() => jsonOf(run)).not.toThrow();
  });
});
