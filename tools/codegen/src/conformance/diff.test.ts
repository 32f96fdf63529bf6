import { describe, expect, it } from "vitest";
import { diffSchemas } from "./diff.js";
import { resolveSchema } from "./resolve.js";

const doc31 = { openapi: "3.1.0" };
const doc30 = { openapi: "3.0.3" };

describe("resolveSchema canonical form: spellings of the same set of values compare equal", () => {
  it.each([
    [
      "enum of one value is const",
      { ours: { type: "string", const: "a" }, theirs: { type: "string", enum: ["a"] } },
    ],
    [
      "OAS 3.0 nullable is a null branch",
      { ours: { oneOf: [{ type: "string" }, { type: "null" }] }, theirs: { type: "string", nullable: true } },
    ],
    [
      "null-only spellings",
      { ours: { type: "null" }, theirs: { type: "object", enum: [null], nullable: true } },
    ],
    ["required is a set", { ours: { required: ["a", "b"] }, theirs: { required: ["b", "a"] } }],
    [
      "annotations are ignored",
      { ours: { type: "string", description: "x" }, theirs: { type: "string", example: "y", title: "t" } },
    ],
    [
      "anyOf of tagged branches is oneOf",
      {
        ours: {
          oneOf: [
            { properties: { t: { const: "a" } }, required: ["t"] },
            { properties: { t: { const: "b" } }, required: ["t"] },
          ],
        },
        theirs: {
          anyOf: [
            { properties: { t: { enum: ["a"] } }, required: ["t"] },
            { properties: { t: { enum: ["b"] } }, required: ["t"] },
          ],
        },
      },
    ],
  ])("%s", (_rule, { ours, theirs }) => {
    expect(diffSchemas(resolveSchema(doc31, ours), resolveSchema(doc30, theirs))).toEqual([]);
  });

  it("keeps anyOf when branches can overlap (no distinct required tag)", () => {
    const anyOf = [{ properties: { t: { const: "a" } } }, { properties: { t: { const: "b" } } }];
    expect(resolveSchema(doc31, { anyOf })).toHaveProperty("anyOf");
  });

  it("inlines component refs, ignoring $ref siblings in OAS 3.0 only", () => {
    const doc = (openapi: string) => ({ openapi, components: { schemas: { S: { type: "string" } } } });
    const node = { $ref: "#/components/schemas/S", maxLength: 3 };
    expect(resolveSchema(doc("3.0.3"), node)).toEqual({ type: "string" });
    expect(resolveSchema(doc("3.1.0"), node)).toEqual({ maxLength: 3, allOf: [{ type: "string" }] });
  });
});

describe("diffSchemas", () => {
  it("reports added, removed and changed keywords and properties with schema pointers", () => {
    const ours = {
      type: "object",
      properties: { a: { type: "string", minLength: 1 }, "x/y": {} },
      required: ["a"],
    };
    const theirs = { type: "object", properties: { a: { type: "integer" }, b: {} }, required: ["a", "b"] };
    expect(diffSchemas(ours, theirs)).toEqual([
      { pointer: "", keyword: "required", kind: "changed", ours: ["a"], theirs: ["a", "b"] },
      { pointer: "/properties/a", keyword: "minLength", kind: "added", ours: 1 },
      { pointer: "/properties/a", keyword: "type", kind: "changed", ours: "string", theirs: "integer" },
      { pointer: "/properties/b", keyword: "", kind: "removed", theirs: {} },
      { pointer: "/properties/x~1y", keyword: "", kind: "added", ours: {} },
    ]);
  });

  it("compares composition branches pairwise when the counts match", () => {
    expect(
      diffSchemas(
        { oneOf: [{ type: "string" }, { type: "null" }] },
        { oneOf: [{ type: "string" }, { type: "number" }] },
      ),
    ).toEqual([{ pointer: "/oneOf/1", keyword: "type", kind: "changed", ours: "null", theirs: "number" }]);
  });

  it("finds nothing between a schema and itself (reflexive)", () => {
    const s = {
      type: "object",
      properties: { a: { oneOf: [{ type: "string" }, { const: 1 }] } },
      additionalProperties: false,
    };
    expect(diffSchemas(s, structuredClone(s))).toEqual([]);
  });
});
