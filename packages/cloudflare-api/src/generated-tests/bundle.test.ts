/** The validator bundle is plain, self-contained ESM that Workers and strict CSP accept. */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const GENERATED = new URL("../generated/", import.meta.url);
const bundles = readdirSync(GENERATED, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => [d.name, readFileSync(new URL(`${d.name}/validators.js`, GENERATED), "utf8")] as const);

describe.each(bundles)("generated/%s/validators.js", (_name, code) => {
  it.each([
    ["no require(", /\brequire\(/],
    ["no eval(", /\beval\(/],
    ["no new Function", /\bnew Function\b/],
    ["no import statements (self-contained)", /^\s*import\b|\bimport\(/m],
  ])("%s", (_rule, pattern) => {
    expect(code).not.toMatch(pattern);
  });

  it("exports only validators", () => {
    const exported =
      /export \{([^}]*)\}/
        .exec(code)?.[1]
        ?.split(",")
        .map((s) => s.trim())
        .filter(Boolean) ?? [];
    expect(exported.length).toBeGreaterThan(0);
    for (const name of exported) expect(name).toMatch(/^validate[A-Z0-9]/);
  });
});
