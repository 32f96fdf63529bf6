/**
 * End-to-end: `patchbay key check` and `patchbay key from-pem` through the built bin, on the example keys
 * (examples/secrets.json, examples/signing-key.pem: throwaway keys made for the examples).
 */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { EXAMPLES, jsonOf, runCli } from "../test-support/run-cli.js";

let dir: string;
const examples = JSON.parse(readFileSync(`${EXAMPLES}secrets.json`, "utf8")) as Record<
  string,
  Record<string, unknown>
>;
const write = (name: string, value: unknown): string => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
};
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "patchbay-key-"));
});

describe("key check", () => {
  it.each([["VERIFY_KEY"], ["SESSION_HMAC"]])("the example %s imports: exit 0", async (name) => {
    const run = await runCli(["key", "check", write(`${name}.json`, examples[name]), "--json"]);
    expect(run.code).toBe(0);
    expect(jsonOf(run)).toMatchObject({
      ok: true,
      command: "key check",
      key: { usages: examples[name]?.usages },
    });
  });

  it.each([
    ["an unknown usage", { usages: ["verify", "signn"] }, "/usages/1"],
    ["key material that is not base64", { key_base64: "not base64!" }, "/key_base64"],
    ["a format the algorithm lacks", { format: "jwk" }, ""],
  ])("%s fails with a pointer: exit 1", async (_name, change, pointerPrefix) => {
    const run = await runCli([
      "key",
      "check",
      write("bad.json", { ...examples.VERIFY_KEY, ...change }),
      "--json",
    ]);
    expect(run.code).toBe(1);
    const doc = jsonOf(run) as { ok: boolean; diagnostics: { severity: string; pointer: string }[] };
    expect(doc.ok).toBe(false);
    expect(doc.diagnostics.some((d) => d.severity === "error" && d.pointer.startsWith(pointerPrefix))).toBe(
      true,
    );
  });

  it("human output names each problem and never shows the key", async () => {
    const run = await runCli(["key", "check", write("bad2.json", { ...examples.SESSION_HMAC, usages: [] })]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/error/);
    expect(run.stdout + run.stderr).not.toContain(String(examples.SESSION_HMAC?.key_base64));
  });
});

describe("key from-pem", () => {
  const pem = `${EXAMPLES}signing-key.pem`;
  const args = [
    "key",
    "from-pem",
    pem,
    "--name",
    "SIGNING_KEY",
    "--algorithm",
    "ECDSA",
    "--named-curve",
    "P-256",
  ];

  it("builds a pkcs8 secret_key; stdout is redacted; --out holds the key, mode 0600", async () => {
    const out = join(dir, "signing.json");
    const run = await runCli([...args, "--usages", "sign", "--out", out, "--json"]);
    expect(run.code).toBe(0);
    expect(jsonOf(run)).toMatchObject({
      ok: true,
      secret: { name: "SIGNING_KEY", type: "secret_key", format: "pkcs8", key_base64: "[REDACTED]" },
    });
    const written = JSON.parse(readFileSync(out, "utf8")) as Record<string, unknown>;
    const body = readFileSync(pem, "utf8")
      .replace(/-----[^-]+-----/g, "")
      .replace(/\s+/g, "");
    expect(written.key_base64).toBe(body);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(run.stdout + run.stderr).not.toContain(body.slice(10, 40));
    // What from-pem writes, key check accepts.
    expect((await runCli(["key", "check", out])).code).toBe(0);
  });

  it("a usage the key cannot have is reported: exit 1", async () => {
    const run = await runCli([...args, "--usages", "encrypt", "--json"]);
    expect(run.code).toBe(1);
    expect(jsonOf(run).ok).toBe(false);
  });

  it("--algorithm that is neither a name nor a JSON object is a usage error", async () => {
    const run = await runCli([
      "key",
      "from-pem",
      pem,
      "--name",
      "K",
      "--algorithm",
      "{oops",
      "--usages",
      "sign",
    ]);
    expect(run.code).toBe(2);
  });

  it("--algorithm JSON with a repeated member name is a usage error (RFC 8259 §4), not last-one-wins", async () => {
    const run = await runCli([
      "key",
      "from-pem",
      pem,
      "--name",
      "K",
      "--algorithm",
      '{"name": "ECDSA", "namedCurve": "P-256", "name": "HMAC"}',
      "--usages",
      "sign",
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "[USAGE] --algorithm expects a JSON object with unique member names, found /name twice",
    );
  });

  it("text that is not PEM is an input error", async () => {
    const file = join(dir, "not.pem");
    writeFileSync(file, "hello");
    const run = await runCli([
      "key",
      "from-pem",
      file,
      "--name",
      "K",
      "--algorithm",
      "ECDSA",
      "--usages",
      "sign",
    ]);
    expect(run.code).toBe(1);
  });
});
