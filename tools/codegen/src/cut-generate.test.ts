import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { FORBIDDEN } from "./bundle-esm.js";
import { cutAndGenerate } from "./cut-generate.js";
import { OFFICIAL_MISSING, OFFICIAL_SPEC, officialSpecAvailable, SECRETS_PATHS } from "./official.js";

function typeErrors(entry: string): string[] {
  const program = ts.createProgram([entry], {
    strict: true,
    noEmit: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    verbatimModuleSyntax: true,
    skipLibCheck: true,
    types: [],
  });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

if (!officialSpecAvailable()) console.warn(`skipping the official-spec cut test: ${OFFICIAL_MISSING}`);

// Skipped (not failed) without shared/: the official file is test input we may not redistribute.
describe.skipIf(!officialSpecAvailable())("--spec official --paths secrets", () => {
  it("cuts the 2,007-path official spec to the secrets operations and generates them without error", async () => {
    const out = mkdtempSync(join(tmpdir(), "codegen-official-"));
    const result = await cutAndGenerate(OFFICIAL_SPEC, SECRETS_PATHS, out);
    console.log(
      `official cut+generate: load ${result.timings.load.toFixed(0)} ms, cut ${result.timings.cut.toFixed(0)} ms, ` +
        `generate ${result.timings.generate.toFixed(0)} ms, total ${result.timings.total.toFixed(0)} ms`,
    );
    expect(result.operationIds).toEqual(
      expect.arrayContaining([
        "worker-patch-script-secrets-bulk",
        "namespace-worker-patch-script-secrets-bulk",
        "worker-list-script-secrets",
        "namespace-worker-list-script-secrets",
      ]),
    );
    const operations = readFileSync(join(out, "spec/operations.ts"), "utf8");
    expect(operations).toContain('"worker-patch-script-secrets-bulk": {');
    expect(operations).toContain('requestContentTypes: ["application/json", "application/merge-patch+json"]');
    expect(readFileSync(join(out, "spec/validators.js"), "utf8")).not.toMatch(FORBIDDEN);
    const types = readFileSync(join(out, "spec/types.ts"), "utf8");
    // emptyObjectsUnknown: the official `algorithm` (type object, no properties) is not Record<string, never>.
    expect(types).toMatch(/\balgorithm: Record<string, unknown>;/);
    expect(types).toContain('"workers_secret-patch-request": {');
    // The output compiles on its own under the project's strict settings.
    expect(typeErrors(join(out, "index.ts"))).toEqual([]);
  }, 60_000);
});
