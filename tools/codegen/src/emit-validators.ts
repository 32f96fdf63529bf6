/**
 * Compiles every validator of a spec ahead of time with ajv's standalone mode (Ajv2020, all errors,
 * discriminators, strict for our own specs); bundle-esm.ts then turns the output into one plain ES module.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import standaloneModule from "ajv/dist/standalone/index.js";
import formatsModule from "ajv-formats";
import { bundleEsm } from "./bundle-esm.js";
import { CodegenError } from "./errors.js";
import type { JsonObject } from "./load-spec.js";
import type { ValidatorDef } from "./model.js";
import { componentId, type NormalizeOptions, SCHEMA_BASE, toJsonSchema } from "./to-json-schema.js";

export interface CompileOptions {
  /** ajv strict mode: on for our own specs (catches typos), off for foreign specs with unknown formats. */
  strict: boolean;
  dialect: NormalizeOptions["dialect"];
}

export interface CompiledValidators {
  /** The bundled ES module source. */
  code: string;
  /** Messages ajv logged while compiling (non-strict mode). */
  warnings: string[];
}

// Both are CommonJS with `exports.default`; under NodeNext the default import is the whole module
// (toolchain.md, "ajv under NodeNext").
const standaloneCode = standaloneModule.default;
const addFormats = formatsModule.default;

export async function compileValidators(
  doc: JsonObject,
  defs: readonly ValidatorDef[],
  options: CompileOptions,
): Promise<CompiledValidators> {
  let result: { source: string; warnings: string[] };
  try {
    result = standaloneSource(doc, defs, options, true);
  } catch (cause) {
    // ajv's discriminator support needs `const`/`enum` tags in every oneOf branch; foreign specs do not
    // always provide them. Discriminators are an optimisation for errors, not a validation rule, so retry.
    if (!/discriminator/.test((cause as Error).message)) throw wrapCompileError(cause);
    try {
      result = standaloneSource(doc, defs, options, false);
    } catch (again) {
      throw wrapCompileError(again);
    }
  }
  const code = await bundleEsm(result.source);
  return { code, warnings: result.warnings };
}

function standaloneSource(
  doc: JsonObject,
  defs: readonly ValidatorDef[],
  options: CompileOptions,
  keepDiscriminator: boolean,
): { source: string; warnings: string[] } {
  const norm: NormalizeOptions = { dialect: options.dialect, keepDiscriminator };
  const schemas = ((doc.components as JsonObject | undefined)?.schemas ?? {}) as JsonObject;
  const warnings: string[] = [];
  const log = (...args: unknown[]) => warnings.push(args.map(String).join(" "));
  const ajv = new Ajv2020({
    // lines: one statement per line, so a drift diff is readable; measured no speed effect (±noise).
    code: { source: true, esm: true, lines: true },
    // strictRequired is off: `then: { required: [key_jwk] }` names a property declared one level up.
    strictSchema: options.strict,
    strictNumbers: options.strict,
    strictTuples: options.strict,
    strictTypes: options.strict,
    strictRequired: false,
    allErrors: true, // the client lists every problem, not just the first
    // inlineRefs stays at ajv's default (true): a $ref to a schema without refs of its own (SecretText,
    // KeyAlgorithm, KeyUsage) is compiled in place, as run-time ajv does. `false` made every ref a function
    // call (125 more per 100-secret body) and the validator 0.93× of run-time ajv; now at parity. Measured
    // in packages/cloudflare-api/README.md. Cost: bundle 87 → 125 kB (9 → 11 kB gzip).
    discriminator: keepDiscriminator,
    logger: { log, warn: log, error: log },
  });
  addFormats(ajv);
  const exportsMap: Record<string, string> = {};
  const exportOf = new Map<string, string>();
  for (const name of Object.keys(schemas).sort())
    ajv.addSchema(withId(componentId(name), toJsonSchema(schemas[name], norm)));
  const aliases: string[] = [];
  for (const def of defs) {
    const body = toJsonSchema(def.schema, norm) as { $ref?: string } | boolean;
    // A bare `$ref` to a component (most bodies and responses) is the component's own function.
    const ref = typeof body === "object" && Object.keys(body).length === 1 ? body.$ref : undefined;
    const id = ref?.startsWith(SCHEMA_BASE) && !ref.includes("#") ? ref : `${SCHEMA_BASE}${def.exportName}`;
    if (id !== ref) ajv.addSchema(withId(id, body));
    const first = exportOf.get(id);
    // standaloneCode emits a schema's function once per export name that maps to it (a duplicate
    // declaration), so a second name for the same schema is an alias instead.
    if (first === undefined) {
      exportOf.set(id, def.exportName);
      exportsMap[def.exportName] = id;
    } else aliases.push(`export const ${def.exportName} = ${first};`);
  }
  const source = `${standaloneCode(ajv, exportsMap)}\n${aliases.join("\n")}\n`;
  return { source, warnings };
}

function withId(id: string, schema: unknown): object {
  if (typeof schema === "boolean") return schema ? { $id: id } : { $id: id, not: {} };
  return { $id: id, ...(schema as object) };
}

function wrapCompileError(cause: unknown): CodegenError {
  return new CodegenError(
    "schema-compile",
    `ajv could not compile the spec's schemas: ${(cause as Error).message}`,
  );
}
