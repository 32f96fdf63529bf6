/**
 * Bundles ajv standalone output into one plain ES module with esbuild. Why: ajv's "ESM" standalone output
 * still contains `require("ajv/dist/runtime/…")` (for maxLength, uniqueItems) and `require("ajv-formats/…")`,
 * which fail in an ES module and in Workers (ajv#2209, ajv-formats#68; toolchain.md). We rewrite those calls
 * to imports and let esbuild inline them, so the output has no `require(`, `eval(` or `new Function`.
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";
import { CodegenError } from "./errors.js";

/** What must never appear in a bundle meant for Workers and strict CSP. */
export const FORBIDDEN = /\brequire\(|\beval\(|\bnew Function\b/;

/** Where esbuild resolves `ajv/…` and `ajv-formats/…`: this package's own dependencies. */
const RESOLVE_DIR = fileURLToPath(new URL("..", import.meta.url));

export async function bundleEsm(source: string): Promise<string> {
  const bundled = await build({
    stdin: { contents: importsForRequires(source), resolveDir: RESOLVE_DIR, sourcefile: "validators.js" },
    bundle: true,
    absWorkingDir: RESOLVE_DIR, // module comments in the output must not depend on the caller's cwd
    write: false,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    target: "es2022",
    legalComments: "none",
    charset: "utf8",
    logLevel: "silent",
    plugins: [dropRuntimeCodeStrings],
  }).catch((cause: unknown) => {
    throw new CodegenError(
      "schema-compile",
      `esbuild could not bundle the validators: ${(cause as Error).message}`,
    );
  });
  // esbuild names the lazy initialiser of a bundled CommonJS module `__require`; renaming it keeps the
  // "no `require(` anywhere" property checkable with a plain text search.
  const code = (bundled.outputFiles[0]?.text ?? "").replaceAll(
    "function __require()",
    "function __cjsInit()",
  );
  const forbidden = FORBIDDEN.exec(code);
  if (forbidden) {
    throw new CodegenError(
      "schema-compile",
      `the validator bundle still contains ${JSON.stringify(forbidden[0])}`,
    );
  }
  return code;
}

/**
 * ajv's runtime helpers carry `fn.code = 'require("ajv/dist/runtime/…").default'`, a string for ajv's own
 * code generator that nothing reads at run time; dropping it keeps `require(` out of the bundle text.
 */
const dropRuntimeCodeStrings: Plugin = {
  name: "drop-ajv-runtime-code-strings",
  setup(b) {
    b.onLoad({ filter: /[\\/]ajv[\\/]dist[\\/]runtime[\\/][^\\/]+\.js$/ }, async (args) => ({
      contents: (await readFile(args.path, "utf8")).replace(/^\s*\w+\.code = '[^']*';\s*$/gm, ""),
      loader: "js",
    }));
  },
};

/** `require("m")` → a hoisted `import * as __dep0 from "m"`; esbuild's interop gives the same value. */
export function importsForRequires(source: string): string {
  const modules = new Map<string, string>();
  const body = source.replace(/\brequire\("([^"]+)"\)/g, (_, mod: string) => {
    let local = modules.get(mod);
    if (local === undefined) {
      local = `__dep${modules.size}`;
      modules.set(mod, local);
    }
    return local;
  });
  const imports = [...modules].map(([mod, local]) => `import * as ${local} from ${JSON.stringify(mod)};`);
  return `${imports.join("\n")}\n${body.replace(/^"use strict";/, "")}`;
}
