import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { DIAGNOSTIC_CODES } from "./diagnostics.js";
import * as api from "./index.js";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

it.each(DIAGNOSTIC_CODES.map((c) => [c]))("README documents %s", (code) => {
  expect(readme).toContain(`\`${code}\``);
});

it("the README example runs and prints what it claims", async () => {
  const block = /```js\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
  const body = block.replace(/^import .*$/m, "");
  expect(body).toContain("validateSecretKey");
  const logged: unknown[][] = [];
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
    ...args: string[]
  ) => (...a: unknown[]) => Promise<void>;
  await new AsyncFunction("secretKeyFromJwk", "validateSecretKey", "console", body)(
    api.secretKeyFromJwk,
    api.validateSecretKey,
    {
      log: (...a: unknown[]) => logged.push(a),
    },
  );
  const [[first], [ok, key]] = logged as [[api.KeyReport], [boolean, unknown]];
  expect(first.ok).toBe(false);
  expect(first.diagnostics.map((d) => [d.code, d.pointer])).toEqual([["jwk-alg-mismatch", "/key_jwk/alg"]]);
  expect(ok).toBe(true);
  expect(key).toEqual({ type: "private", algorithm: { name: "Ed25519" }, usages: ["sign"] });
});
