/**
 * Compares our secrets-bulk operations with the official ones: path parameters, each request media type's
 * schema and each response's schema, operation by operation. Every structural difference is returned,
 * marked with the reason from intended.ts when it is one we chose.
 */
import { deref } from "../json-pointer.js";
import type { JsonObject } from "../load-spec.js";
import { METHODS } from "../model.js";
import { diffSchemas, type SchemaDifference } from "./diff.js";
import { INTENDED, type IntendedDifference } from "./intended.js";
import { resolveSchema } from "./resolve.js";

export const COMPARED_OPERATIONS = [
  "worker-patch-script-secrets-bulk",
  "namespace-worker-patch-script-secrets-bulk",
] as const;

export interface ReportedDifference extends SchemaDifference {
  operationId: string;
  /** "parameters", "request application/json", "response 200", … */
  part: string;
  /** The reason, when the difference is intended. */
  intended?: string;
}

export interface ConformanceReport {
  differences: ReportedDifference[];
  /** Intended entries that matched nothing: the list is out of date. */
  unusedIntended: IntendedDifference[];
}

export function compareSpecs(
  ours: JsonObject,
  theirs: JsonObject,
  intended: readonly IntendedDifference[] = INTENDED,
): ConformanceReport {
  const differences: ReportedDifference[] = [];
  for (const operationId of COMPARED_OPERATIONS) {
    const a = findOperation(ours, operationId);
    const b = findOperation(theirs, operationId);
    for (const [part, x, y] of pairs(ours, a, theirs, b)) {
      for (const d of diffSchemas(resolveSchema(ours, x), resolveSchema(theirs, y))) {
        differences.push({ operationId, part, ...d });
      }
    }
  }
  const used = new Set<IntendedDifference>();
  for (const d of differences) {
    const match = intended.find((i) => matches(i, d));
    if (match !== undefined) {
      d.intended = match.reason;
      used.add(match);
    }
  }
  return { differences, unusedIntended: intended.filter((i) => !used.has(i)) };
}

function matches(i: IntendedDifference, d: ReportedDifference): boolean {
  return (
    (i.operationId === undefined || i.operationId === d.operationId) &&
    (i.part instanceof RegExp ? i.part.test(d.part) : i.part === d.part) &&
    i.pointer === d.pointer &&
    i.keyword === d.keyword
  );
}

interface Operation {
  item: JsonObject;
  op: JsonObject;
}

function findOperation(doc: JsonObject, operationId: string): Operation {
  for (const raw of Object.values((doc.paths ?? {}) as JsonObject)) {
    const item = deref<JsonObject>(doc, raw as JsonObject);
    for (const method of METHODS) {
      const op = item[method] as JsonObject | undefined;
      if (op?.operationId === operationId) return { item, op };
    }
  }
  throw new Error(`operation ${operationId} not found`);
}

/** [part, our schema, their schema] for every part present in either spec (absent = `false`). */
function pairs(
  ours: JsonObject,
  a: Operation,
  theirs: JsonObject,
  b: Operation,
): [string, unknown, unknown][] {
  const out: [string, unknown, unknown][] = [["parameters", paramSchema(ours, a), paramSchema(theirs, b)]];
  const bodyA = media(ours, a.op.requestBody);
  const bodyB = media(theirs, b.op.requestBody);
  for (const type of union(bodyA, bodyB))
    out.push([`request ${type}`, bodyA[type] ?? false, bodyB[type] ?? false]);
  const resA = (a.op.responses ?? {}) as JsonObject;
  const resB = (b.op.responses ?? {}) as JsonObject;
  for (const status of union(resA, resB)) {
    const x = resA[status] === undefined ? {} : media(ours, resA[status]);
    const y = resB[status] === undefined ? {} : media(theirs, resB[status]);
    out.push([`response ${status}`, x["application/json"] ?? false, y["application/json"] ?? false]);
  }
  return out;
}

function paramSchema(doc: JsonObject, { item, op }: Operation): unknown {
  const params = [...((item.parameters ?? []) as unknown[]), ...((op.parameters ?? []) as unknown[])]
    .map((p) => deref<{ name: string; in: string; schema?: unknown }>(doc, p as { name: string; in: string }))
    .filter((p) => p.in === "path");
  return {
    type: "object",
    properties: Object.fromEntries(params.map((p) => [p.name, p.schema ?? {}])),
    required: params.map((p) => p.name),
  };
}

function media(doc: JsonObject, holder: unknown): Record<string, unknown> {
  if (holder === undefined) return {};
  const content = (deref<JsonObject>(doc, holder as JsonObject).content ?? {}) as Record<
    string,
    { schema?: unknown }
  >;
  return Object.fromEntries(Object.entries(content).map(([type, m]) => [type, m.schema ?? {}]));
}

function union(a: object, b: object): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
}
