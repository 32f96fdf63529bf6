import { describe, expect, it } from "vitest";
import { cutSpec, pathMatcher } from "./cut.js";
import { CodegenError } from "./errors.js";
import type { JsonObject } from "./load-spec.js";

describe("pathMatcher", () => {
  it.each([
    ["`*` matches inside one segment", { pattern: "/a/*/c", path: "/a/b/c", want: true }],
    ["`*` does not cross a slash", { pattern: "/a/*/c", path: "/a/b/x/c", want: false }],
    ["`**` crosses slashes", { pattern: "**/secrets-bulk", path: "/a/b/secrets-bulk", want: true }],
    ["a `**` segment matches zero segments", { pattern: "/a/**/b", path: "/a/b", want: true }],
    ["braces are literal", { pattern: "/s/{script_name}/x", path: "/s/{script_name}/x", want: true }],
    ["a glob is anchored at the end", { pattern: "/a/*", path: "/a/b/c", want: false }],
    ["`/…/` is a regular expression", { pattern: "/secrets$/", path: "/x/secrets", want: true }],
    ["regex dots are not escaped", { pattern: "/a.c/", path: "/abc", want: true }],
    ["glob dots are literal", { pattern: "/a.c", path: "/abc", want: false }],
  ])("%s", (_rule, { pattern, path, want }) => {
    expect(pathMatcher(pattern)(path)).toBe(want);
  });
});

const doc = (): JsonObject =>
  JSON.parse(
    JSON.stringify({
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      security: [{ token: [] }],
      paths: {
        "/keep": {
          get: {
            operationId: "keep",
            security: [{ key: [] }],
            parameters: [{ $ref: "#/components/parameters/id" }],
            responses: { "200": { $ref: "#/components/responses/ok" } },
          },
        },
        "/drop": {
          get: { operationId: "drop", responses: { "200": { $ref: "#/components/responses/other" } } },
        },
      },
      components: {
        parameters: {
          id: { name: "id", in: "path", required: true, schema: { $ref: "#/components/schemas/Id" } },
        },
        responses: {
          ok: {
            description: "",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Node" } } },
          },
          other: {
            description: "",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Unused" } } },
          },
        },
        schemas: {
          Id: { type: "string" },
          // A cycle: Node → Child → Node must not loop.
          Node: { type: "object", properties: { child: { $ref: "#/components/schemas/Child" } } },
          Child: { type: "object", properties: { parent: { $ref: "#/components/schemas/Node" } } },
          Unused: { type: "string" },
        },
        securitySchemes: {
          token: { type: "http", scheme: "bearer" },
          key: { type: "apiKey" },
          unused: { type: "http" },
        },
      },
    }),
  );

describe("cutSpec", () => {
  it("keeps the matched paths and every component they reach, transitively, and nothing else", () => {
    const cut = cutSpec(doc(), ["/keep"]);
    expect(Object.keys(cut.paths as JsonObject)).toEqual(["/keep"]);
    const components = cut.components as Record<string, JsonObject>;
    expect(Object.keys(components.schemas ?? {})).toEqual(["Child", "Id", "Node"]);
    expect(Object.keys(components.responses ?? {})).toEqual(["ok"]);
    expect(Object.keys(components.parameters ?? {})).toEqual(["id"]);
  });

  it("keeps the security schemes named at the top level and by kept operations", () => {
    const components = cutSpec(doc(), ["/keep"]).components as Record<string, JsonObject>;
    expect(Object.keys(components.securitySchemes ?? {})).toEqual(["key", "token"]);
  });

  it("does not modify its input", () => {
    const input = doc();
    const before = JSON.stringify(input);
    cutSpec(input, ["/keep"]);
    expect(JSON.stringify(input)).toBe(before);
  });

  it("fails with code no-paths-matched when nothing matches", () => {
    expect(() => cutSpec(doc(), ["/nothing"])).toThrowError(
      expect.objectContaining({ code: "no-paths-matched", message: expect.stringContaining('"/nothing"') }),
    );
  });

  it("fails with code unresolved-ref naming a dangling $ref", () => {
    const broken = doc();
    ((broken.components as Record<string, JsonObject>).schemas as JsonObject).Child = {
      $ref: "#/components/schemas/Missing",
    };
    const run = () => cutSpec(broken, ["/keep"]);
    expect(run).toThrowError(CodegenError);
    expect(run).toThrowError(/#\/components\/schemas\/Missing/);
  });
});
