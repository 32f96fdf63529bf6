/**
 * Generates the files of one spec (types.ts, validators.js, validators.d.ts, operations.ts, index.ts) and
 * of a whole specs/ directory (plus the shared validation.ts and the root index.ts), as a map from
 * relative path to content. Writing and drift-checking that map is files.ts's job.
 */
import { readdirSync } from "node:fs";
import { basename, join } from "node:path";
import {
  HEADER,
  operationsModule,
  rootIndex,
  specIndex,
  validationModule,
  validatorsDts,
} from "./emit-modules.js";
import { emitTypes } from "./emit-types.js";
import { compileValidators } from "./emit-validators.js";
import type { JsonObject } from "./load-spec.js";
import { loadSpec } from "./load-spec.js";
import { buildModel } from "./model.js";

export type FileMap = Map<string, string>;

export interface SpecOptions {
  /** ajv strict mode (see CompileOptions). */
  strict: boolean;
}

export interface SpecResult {
  files: FileMap;
  operationIds: string[];
  warnings: string[];
}

/** Files for one spec, relative to the spec's own output directory. */
export async function generateSpec(doc: JsonObject, options: SpecOptions): Promise<SpecResult> {
  const dialect = String(doc.openapi).startsWith("3.0") ? "3.0" : "3.1";
  const model = buildModel(doc);
  const [types, validators] = await Promise.all([
    emitTypes(doc),
    compileValidators(doc, model.validators, { strict: options.strict, dialect }),
  ]);
  const files: FileMap = new Map([
    ["index.ts", specIndex()],
    ["operations.ts", operationsModule(model)],
    ["types.ts", `${HEADER}\n${types}`],
    ["validators.d.ts", validatorsDts(model.validators)],
    ["validators.js", `${HEADER}\n${validators.code}`],
  ]);
  return { files, operationIds: model.operations.map((o) => o.operationId), warnings: validators.warnings };
}

/** Files whose names end like this are specs; the stem ("workers-secrets") names the output directory. */
export const SPEC_FILE = /\.openapi\.(ya?ml|json)$/;

export function listSpecs(specsDir: string): string[] {
  return readdirSync(specsDir)
    .filter((f) => SPEC_FILE.test(f))
    .sort()
    .map((f) => join(specsDir, f));
}

export function specName(file: string): string {
  return basename(file).replace(SPEC_FILE, "");
}

export function camelCase(name: string): string {
  return name
    .replace(/[^A-Za-z0-9]+([A-Za-z0-9])/g, (_, c: string) => c.toUpperCase())
    .replace(/^[0-9]/, "_$&");
}

/** Every spec of `specsDir`, strictly compiled, as paths relative to the generated/ directory. */
export async function generateAll(specsDir: string): Promise<FileMap> {
  const files: FileMap = new Map([["validation.ts", validationModule()]]);
  const specs = listSpecs(specsDir);
  const names: string[] = [];
  // One at a time: the machine is shared, and ajv/openapi-typescript are CPU-bound anyway.
  for (const file of specs) {
    const name = specName(file);
    names.push(name);
    const result = await generateSpec(loadSpec(file), { strict: true });
    for (const [path, content] of result.files) files.set(`${name}/${path}`, content);
  }
  files.set("index.ts", rootIndex(names, camelCase));
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
