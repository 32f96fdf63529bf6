/**
 * Every example in specs/workers-secrets.openapi.yaml validates against its schema, using the generated
 * (committed) validators: media-type examples through the operation table, schema `examples` through the
 * component's validator, parameter examples through each operation's parameter-set validator.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { OperationSpec, Validator } from "../generated/validation.js";
import { operations } from "../generated/workers-secrets/operations.js";
import * as validators from "../generated/workers-secrets/validators.js";

const SPEC = new URL("../../../../specs/workers-secrets.openapi.yaml", import.meta.url);
// biome-ignore lint/suspicious/noExplicitAny: a walk over an untyped YAML document, checked by the validators it feeds
type Obj = Record<string, any>;
const spec = parse(readFileSync(SPEC, "utf8")) as Obj;

const resolve = (node: Obj): Obj => {
  let current = node;
  while (typeof current.$ref === "string") {
    current = current.$ref
      .slice(2)
      .split("/")
      .reduce((n: Obj, token: string) => n[token.replaceAll("~1", "/").replaceAll("~0", "~")], spec);
  }
  return current;
};

/** [label, example value] for every example of a media-type map. */
const mediaExamples = (content: Obj | undefined, label: string): [string, unknown][] =>
  Object.entries(content ?? {}).flatMap(([type, media]: [string, Obj]) => [
    ...(media.example === undefined
      ? []
      : [[`${label} ${type} example`, media.example] as [string, unknown]]),
    ...Object.entries(media.examples ?? {}).map(
      ([name, ex]) => [`${label} ${type} examples.${name}`, resolve(ex as Obj).value] as [string, unknown],
    ),
  ]);

const cases: [string, () => ReturnType<typeof check>][] = [];
const check = (validate: Validator, data: unknown) => ({ ok: validate(data), errors: validate.errors });

for (const [path, item] of Object.entries(spec.paths as Obj)) {
  for (const [method, op] of Object.entries(item as Obj)) {
    if (method === "parameters") continue;
    const table: OperationSpec = operations[(op as Obj).operationId as keyof typeof operations];
    const label = `${method.toUpperCase()} ${path}`;
    if ((op as Obj).requestBody) {
      for (const [name, value] of mediaExamples(
        resolve((op as Obj).requestBody).content,
        `${label} request`,
      )) {
        cases.push([name, () => check(table.validateBody as Validator, value)]);
      }
    }
    for (const [status, response] of Object.entries((op as Obj).responses as Obj)) {
      const validate = (table.validateResponse as Record<string, Validator>)[status];
      for (const [name, value] of mediaExamples(resolve(response as Obj).content, `${label} ${status}`)) {
        cases.push([name, () => check(validate as Validator, value)]);
      }
    }
    const params = Object.fromEntries(
      [...((item as Obj).parameters ?? []), ...((op as Obj).parameters ?? [])].map((p: Obj) => {
        const param = resolve(p);
        return [param.name, param.example];
      }),
    );
    cases.push([`${label} parameter examples`, () => check(table.validateParams, params)]);
  }
}
for (const [name, schema] of Object.entries(spec.components.schemas as Obj)) {
  const validate = (validators as Record<string, unknown>)[`validate${name}`] as Validator;
  (schema as Obj).examples?.forEach((example: unknown, i: number) => {
    cases.push([`components.schemas.${name} examples[${i}]`, () => check(validate, example)]);
  });
}

describe("every example in the spec validates", () => {
  it("finds the examples (the walk above is not silently empty)", () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });
  it.each(cases)("%s", (_name, run) => {
    const { ok, errors } = run();
    expect(errors ?? null).toBeNull();
    expect(ok).toBe(true);
  });
});
