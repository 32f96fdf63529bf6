/**
 * The main entry must run unchanged in Node, browsers and workerd: no `node:` import, no Buffer or
 * process in any module but `node.ts` (the `@patchbay/secrets/node` entry), and index.ts never reaches it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const dir = new URL("./", import.meta.url);
const modules = readdirSync(dir).filter(
  (f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "node.ts",
);

describe("runtime-agnostic main entry", () => {
  it.each(modules.map((m) => [m]))("%s uses no Node-only API", (file) => {
    const src = readFileSync(new URL(file, dir), "utf8");
    expect(src).not.toMatch(/from "node:|require\(|\bBuffer\b|\bprocess\.|reference types="node"/);
    expect(src).not.toMatch(/from "\.\/node\.js"/);
  });

  it("package.json exports the Node-only helpers under ./node, types first", () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    expect(Object.keys(pkg.exports["./node"])).toEqual(["types", "default"]);
    expect(Object.keys(pkg.exports["."])).toEqual(["types", "default"]);
    expect(pkg.sideEffects).toBe(false);
  });
});
