/**
 * The generator's view of one spec: every validator to compile (one per component schema, plus each
 * operation's path-parameter set, request body and responses) and the operation table rows that use them.
 * Built in a stable order (components by name, paths by name, methods in HTTP order) so output is deterministic.
 */
import { CodegenError } from "./errors.js";
import { deref, escapeToken } from "./json-pointer.js";
import type { JsonObject } from "./load-spec.js";
import { NameRegistry, pascalCase } from "./naming.js";
import { jsonContent, pathParameters } from "./openapi-objects.js";

export const METHODS = ["get", "put", "post", "patch", "delete"] as const;
export type Method = Uppercase<(typeof METHODS)[number]>;

export interface ValidatorDef {
  exportName: string;
  /** OpenAPI schema (still with `#/components/schemas` refs). */
  schema: unknown;
  /** TypeScript type the validator narrows to, as an expression over types.ts; undefined = plain Validator. */
  guardType?: string;
  /** Where the schema came from, for messages and the examples test. */
  pointer: string;
}

export interface OperationDef {
  operationId: string;
  method: Method;
  path: string;
  pathParams: string[];
  requestContentTypes: string[];
  params: string;
  body?: string;
  responses: [status: string, exportName: string][];
}

export interface SpecModel {
  validators: ValidatorDef[];
  operations: OperationDef[];
}

export function buildModel(doc: JsonObject): SpecModel {
  const names = new NameRegistry();
  names.take("operations");
  const validators: ValidatorDef[] = [];
  const schemas = ((doc.components as JsonObject | undefined)?.schemas ?? {}) as JsonObject;
  const componentExport = new Map<string, string>();
  for (const name of Object.keys(schemas).sort()) {
    const exportName = names.take(`validate${pascalCase(name)}`);
    componentExport.set(name, exportName);
    validators.push({
      exportName,
      schema: { $ref: `#/components/schemas/${escapeToken(name)}` },
      guardType: `components["schemas"][${JSON.stringify(name)}]`,
      pointer: `/components/schemas/${escapeToken(name)}`,
    });
  }
  const guardFor = (schema: unknown): string | undefined => {
    const ref = (schema as { $ref?: unknown } | undefined)?.$ref;
    const m = typeof ref === "string" ? /^#\/components\/schemas\/([^/]+)$/.exec(ref) : null;
    return m?.[1] !== undefined && componentExport.has(m[1])
      ? `components["schemas"][${JSON.stringify(m[1])}]`
      : undefined;
  };
  const operations: OperationDef[] = [];
  const ids = new Set<string>();
  const paths = (doc.paths ?? {}) as JsonObject;
  for (const path of Object.keys(paths).sort()) {
    const item = deref<JsonObject>(doc, paths[path] as JsonObject);
    for (const method of METHODS) {
      const op = item[method] as JsonObject | undefined;
      if (op === undefined) continue;
      const where = `/paths/${escapeToken(path)}/${method}`;
      const operationId = typeof op.operationId === "string" ? op.operationId : `${method}-${path}`;
      if (ids.has(operationId))
        throw new CodegenError("spec-invalid", `duplicate operationId ${operationId}`, where);
      ids.add(operationId);
      const base = `validate${pascalCase(operationId)}`;
      const params = pathParameters(doc, item, op, where);
      const paramsName = names.take(`${base}Params`);
      validators.push({
        exportName: paramsName,
        schema: {
          type: "object",
          properties: Object.fromEntries(params.map((p) => [p.name, p.schema ?? {}])),
          required: params.map((p) => p.name),
        },
        pointer: `${where}/parameters`,
        // openapi-typescript only names operations that have an operationId, and types absent params `never`.
        ...(typeof op.operationId === "string" && params.length > 0
          ? { guardType: `operations[${JSON.stringify(operationId)}]["parameters"]["path"]` }
          : {}),
      });
      const def: OperationDef = {
        operationId,
        method: method.toUpperCase() as Method,
        path,
        pathParams: params.map((p) => p.name),
        requestContentTypes: [],
        params: paramsName,
        responses: [],
      };
      if (op.requestBody !== undefined) {
        const body = deref<JsonObject>(doc, op.requestBody as JsonObject);
        const content = (body.content ?? {}) as Record<string, { schema?: unknown }>;
        def.requestContentTypes = Object.keys(content);
        const schema = jsonContent(content)?.schema;
        if (schema !== undefined) {
          def.body = names.take(`${base}Body`);
          const guard = guardFor(schema);
          validators.push({
            exportName: def.body,
            schema,
            pointer: `${where}/requestBody`,
            ...(guard === undefined ? {} : { guardType: guard }),
          });
        }
      }
      const responses = (op.responses ?? {}) as JsonObject;
      for (const status of Object.keys(responses).sort()) {
        const response = deref<JsonObject>(doc, responses[status] as JsonObject);
        const schema = jsonContent((response.content ?? {}) as Record<string, { schema?: unknown }>)?.schema;
        const exportName = names.take(`${base}Response${statusSuffix(status)}`);
        const guard = guardFor(schema);
        // No JSON body declared: anything (including no body) is acceptable for that status.
        validators.push({
          exportName,
          schema: schema ?? true,
          pointer: `${where}/responses/${escapeToken(status)}`,
          ...(guard === undefined ? {} : { guardType: guard }),
        });
        def.responses.push([status, exportName]);
      }
      operations.push(def);
    }
  }
  return { validators, operations };
}

/** "200" → "200", "4XX" → "4XX", "default" → "Default": a suffix, so a leading digit is fine. */
function statusSuffix(status: string): string {
  return pascalCase(status).replace(/^_/, "");
}
