import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { loadSpec } from "./load-spec.js";

const dir = mkdtempSync(join(tmpdir(), "codegen-load-"));
const write = (name: string, content: string | Buffer) => {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
};
const minimal = { openapi: "3.1.0", info: { title: "t", version: "1" }, paths: {} };

describe("loadSpec", () => {
  it("reads YAML, JSON and gzip-compressed JSON to the same document", () => {
    const json = JSON.stringify(minimal);
    expect(
      loadSpec(write("a.yaml", "openapi: 3.1.0\ninfo: { title: t, version: '1' }\npaths: {}\n")),
    ).toEqual(minimal);
    expect(loadSpec(write("a.json", json))).toEqual(minimal);
    expect(loadSpec(write("a.json.gz", gzipSync(json)))).toEqual(minimal);
  });

  it.each([
    [
      "YAML syntax errors carry line:column",
      { name: "bad.yaml", content: "openapi: 3.1.0\ninfo: {\n", want: /bad\.yaml:\d+:\d+: invalid YAML/ },
    ],
    [
      "duplicate YAML keys are rejected",
      { name: "dup.yaml", content: "openapi: 3.1.0\nopenapi: 3.0.0\n", want: /invalid YAML/ },
    ],
    ["JSON syntax errors name the file", { name: "bad.json", content: "{", want: /bad\.json: invalid JSON/ }],
    ["a missing file is reported", { name: "", content: null, want: /cannot read spec/ }],
    [
      "an unknown OpenAPI version is reported",
      {
        name: "v2.json",
        content: '{"swagger":"2.0"}',
        want: /expected "openapi": "3\.0\.x" or "3\.1\.x", found undefined/,
      },
    ],
  ])("%s", (_rule, { name, content, want }) => {
    const file = content === null ? join(dir, "missing.yaml") : write(name, content);
    expect(() => loadSpec(file)).toThrowError(want);
  });
});
