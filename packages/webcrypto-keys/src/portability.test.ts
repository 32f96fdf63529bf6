/**
 * The published modules use only what Node 20, browsers and workerd share: no `node:` imports, no Buffer,
 * no `process`, no `require`. (The workerd tests prove it by running; this names the culprit early.)
 */
import { readdirSync, readFileSync } from "node:fs";
import { expect, it } from "vitest";

const dir = new URL("./", import.meta.url);
const published = readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));

it.each(published.map((f) => [f]))("%s uses no Node-only API", (file) => {
  const code = readFileSync(new URL(file, dir), "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
  expect(code).not.toMatch(/from\s+["']node:|\bBuffer\.|\bprocess\.|\brequire\(/);
});

it("scans the published modules", () => {
  expect(published).toContain("validate.ts");
  expect(published.length).toBeGreaterThan(15);
});
