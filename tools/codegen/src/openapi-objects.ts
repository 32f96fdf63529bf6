/** Reading OpenAPI Operation and Media Type objects the way the generator needs them. */
import { CodegenError } from "./errors.js";
import { deref } from "./json-pointer.js";
import type { JsonObject } from "./load-spec.js";

export interface ParameterObject {
  name: string;
  in: string;
  required?: boolean;
  schema?: unknown;
}

/** Path-item parameters overridden by operation parameters of the same name+in (OAS 3.1 §4.8.10). */
export function pathParameters(
  doc: JsonObject,
  item: JsonObject,
  op: JsonObject,
  where: string,
): ParameterObject[] {
  const byKey = new Map<string, ParameterObject>();
  for (const list of [item.parameters, op.parameters]) {
    for (const raw of (list ?? []) as unknown[]) {
      const p = deref<ParameterObject>(doc, raw as ParameterObject);
      if (typeof p?.name !== "string")
        throw new CodegenError("spec-invalid", "parameter without a name", where);
      byKey.set(`${p.in}:${p.name}`, p);
    }
  }
  return [...byKey.values()].filter((p) => p.in === "path");
}

/** The schema of `application/json`, else of the first `+json` media type; bodies are JSON here. */
export function jsonContent(content: Record<string, { schema?: unknown }>): { schema?: unknown } | undefined {
  if (content["application/json"] !== undefined) return content["application/json"];
  const key = Object.keys(content).find((k) => /^application\/[^;]*\+json\b/.test(k) || k === "*/*");
  return key === undefined ? undefined : content[key];
}
