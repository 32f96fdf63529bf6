/**
 * End-to-end: `patchbay plan` on the examples (.env with a PEM block and a delete directive, a GET …/secrets
 * response), chunking, --out files, --prune and the fingerprint state, through the built bin.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { EXAMPLES, jsonOf, runCli } from "../test-support/run-cli.js";

interface Entry {
  name: string;
  type?: string;
  reason?: string;
}
interface PlanDoc {
  ok: boolean;
  creates: Entry[];
  updates: Entry[];
  deletes: Entry[];
  unchanged: Entry[];
  requests: number;
  patches: { secrets: Record<string, unknown> }[];
  written: string[];
}

const ENV = `${EXAMPLES}.env`;
const CURRENT = `${EXAMPLES}current.json`;
const names = (entries: Entry[]) => entries.map((e) => e.name).sort();
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "patchbay-plan-"));
});

describe("plan on the examples", () => {
  it("sorts names into create / update / delete by the current list", async () => {
    const run = await runCli(["plan", "--from", ENV, "--current", CURRENT, "--json"]);
    expect(run.code).toBe(0);
    const plan = jsonOf(run) as unknown as PlanDoc;
    expect(names(plan.creates)).toEqual(["FEATURE_FLAGS", "GREETING", "RAW_PATTERN", "SIGNING_KEY_PEM"]);
    expect(names(plan.updates)).toEqual(["API_URL", "STRIPE_KEY"]);
    expect(plan.updates.every((u) => u.reason === "will overwrite")).toBe(true);
    expect(plan.deletes).toEqual([
      expect.objectContaining({ name: "OLD_WEBHOOK_SECRET", reason: "explicit" }),
    ]);
    expect(plan.requests).toBe(1);
  });

  it("--prune also deletes current names missing from the file", async () => {
    const plan = jsonOf(await runCli(["plan", "--from", ENV, "--current", CURRENT, "--prune", "--json"]));
    expect(names((plan as unknown as PlanDoc).deletes)).toEqual([
      "LEGACY_TOKEN",
      "OLD_WEBHOOK_SECRET",
      "VERIFY_KEY",
    ]);
  });

  it("human output lists names and actions, never a value", async () => {
    const run = await runCli(["plan", "--from", ENV, "--current", CURRENT]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Plan: 4 to create, 2 to update, 1 to delete, 0 unchanged \(1 request\)/);
    expect(run.stdout).toMatch(/\+ SIGNING_KEY_PEM\s+secret_text\s+create/);
    const env = readFileSync(ENV, "utf8");
    for (const value of ["sk_test_example_not_a_real_key", "https://api.example.com", "BEGIN PRIVATE KEY"]) {
      expect(env).toContain(value);
      expect(run.stdout + run.stderr).not.toContain(value);
    }
  });

  it("--json shows the bodies' shape with values redacted", async () => {
    const run = await runCli(["plan", "--from", `${EXAMPLES}secrets.json`, "--current", CURRENT, "--json"]);
    const plan = jsonOf(run) as unknown as PlanDoc;
    expect(plan.patches[0]?.secrets.VERIFY_KEY).toMatchObject({
      type: "secret_key",
      key_base64: "[REDACTED]",
    });
    expect(plan.patches[0]?.secrets.OLD_WEBHOOK_SECRET).toBeNull();
  });

  it("--prune without --current is an input error, not a guess", async () => {
    const run = await runCli(["plan", "--from", ENV, "--prune", "--json"]);
    expect(run.code).toBe(1);
    expect(jsonOf(run)).toMatchObject({ ok: false, error: { code: "prune-needs-current" } });
  });
});

describe("--out and --max-operations", () => {
  it("writes one body per chunk, mode 0600, values included, together equal to the whole change", async () => {
    const out = join(dir, "patches");
    const run = await runCli([
      "plan",
      "--from",
      ENV,
      "--current",
      CURRENT,
      "--max-operations",
      "2",
      "--out",
      out,
      "--json",
    ]);
    expect(run.code).toBe(0);
    const plan = jsonOf(run) as unknown as PlanDoc;
    expect(plan.requests).toBe(4); // 7 operations, 2 per request
    expect(readdirSync(out).sort()).toEqual([
      "patch-001.json",
      "patch-002.json",
      "patch-003.json",
      "patch-004.json",
    ]);
    const merged: Record<string, unknown> = {};
    for (const file of plan.written) {
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const body = JSON.parse(readFileSync(file, "utf8")) as { secrets: Record<string, unknown> };
      expect(Object.keys(body.secrets).length).toBeLessThanOrEqual(2);
      Object.assign(merged, body.secrets);
    }
    expect(Object.keys(merged).sort()).toEqual(
      [...names(plan.creates), ...names(plan.updates), ...names(plan.deletes)].sort(),
    );
    expect(merged.GREETING).toEqual({ name: "GREETING", type: "secret_text", text: "Hello,\nworld" });
  });

  it("writes nothing when a body is invalid", async () => {
    const out = join(dir, "never");
    const from = join(dir, "bad.json");
    writeFileSync(from, JSON.stringify({ "MY-NAME": "v" }));
    const run = await runCli(["plan", "--from", from, "--out", out]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("[invalid-name]");
    expect(() => readdirSync(out)).toThrow();
  });
});

describe("--state fingerprints", () => {
  it("after --record, unchanged values are proven unchanged and a changed one is not", async () => {
    const state = join(dir, "state.json");
    const from = join(dir, "desired.env");
    writeFileSync(from, "A=one\nB=two\n");
    const current = join(dir, "current.json");
    writeFileSync(
      current,
      JSON.stringify([
        { name: "A", type: "secret_text" },
        { name: "B", type: "secret_text" },
      ]),
    );
    const base = ["plan", "--from", from, "--current", current, "--state", state, "--script", "w", "--json"];

    const first = jsonOf(await runCli([...base, "--record"])) as unknown as PlanDoc;
    expect(names(first.updates)).toEqual(["A", "B"]);
    expect(statSync(state).mode & 0o777).toBe(0o600);
    expect(readFileSync(state, "utf8")).not.toContain("one");

    writeFileSync(from, "A=one\nB=changed\n");
    const second = jsonOf(await runCli(base)) as unknown as PlanDoc;
    expect(second.unchanged).toEqual([expect.objectContaining({ name: "A", reason: "fingerprint matches" })]);
    expect(second.updates).toEqual([expect.objectContaining({ name: "B", reason: "fingerprint differs" })]);
    expect(second.requests).toBe(1);
    expect(Object.keys(second.patches[0]?.secrets ?? {})).toEqual(["B"]);
  });
});

describe("findings on planned bodies point into the --from file", () => {
  it.each([
    [
      "a .env file: the NAME= line",
      { name: "from.env", text: `OK=1\nexport BIG="${"x".repeat(5200)}"\n`, at: "2:8" },
    ],
    [
      "a flat JSON file: the member",
      { name: "from.json", text: `{\n  "OK": "1",\n  "BIG": "${"x".repeat(5200)}"\n}\n`, at: "3:10" },
    ],
    [
      "a body-shaped JSON file: the pointer's target",
      {
        name: "body.json",
        text: `{"secrets": {\n "BIG": {"name": "BIG", "type": "secret_text", "text": "${"x".repeat(5200)}"}}}\n`,
        at: "2:56",
      },
    ],
  ])("%s", async (_rule, { name, text, at }) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    const run = await runCli(["plan", "--from", file]);
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toContain(`${file}:${at} request 1 /secrets/BIG/text [value-too-large]`);
  });
});
