import { describe, expect, it } from "vitest";
import { bundleEsm, importsForRequires } from "./bundle-esm.js";

describe("importsForRequires", () => {
  it("hoists one import per module and replaces every require of it", () => {
    const out = importsForRequires(
      '"use strict";const a = require("m").default; const b = require("m").x; require("n");',
    );
    expect(out).toBe(
      'import * as __dep0 from "m";\nimport * as __dep1 from "n";\nconst a = __dep0.default; const b = __dep0.x; __dep1;',
    );
  });
});

describe("bundleEsm", () => {
  it("inlines ajv's CommonJS runtime helpers with the right default export and no require( left", async () => {
    const code = await bundleEsm(
      'const len = require("ajv/dist/runtime/ucs2length").default; export const n = len("a😀");',
    );
    expect(code).not.toMatch(/\brequire\(/);
    const mod = await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
    expect(mod.n).toBe(2); // ucs2length counts the astral character once
  });

  it.each([
    ["eval(", 'export const f = () => eval("1");'],
    ["new Function", 'export const f = () => new Function("return 1");'],
  ])("refuses a bundle containing %s", async (_name, source) => {
    await expect(bundleEsm(source)).rejects.toMatchObject({ code: "schema-compile" });
  });
});
