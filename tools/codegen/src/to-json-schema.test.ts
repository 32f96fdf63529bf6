import { describe, expect, it } from "vitest";
import { componentId, toJsonSchema } from "./to-json-schema.js";

const v30 = { dialect: "3.0", keepDiscriminator: true } as const;
const v31 = { dialect: "3.1", keepDiscriminator: true } as const;

describe("toJsonSchema", () => {
  it.each([
    [
      "OAS 3.0 nullable adds null to type",
      { given: { type: "string", nullable: true }, want: { type: ["string", "null"] } },
    ],
    [
      "OAS 3.0 nullable adds null to enum",
      {
        given: { type: "string", enum: ["a"], nullable: true },
        want: { type: ["string", "null"], enum: ["a", null] },
      },
    ],
    [
      "OAS 3.0 boolean exclusiveMinimum becomes the 2020-12 number form",
      {
        given: { type: "integer", minimum: 3, exclusiveMinimum: true },
        want: { type: "integer", exclusiveMinimum: 3 },
      },
    ],
    [
      "OAS 3.0 ignores siblings of $ref",
      {
        given: { $ref: "#/components/schemas/A", nullable: true, type: "object" },
        want: { $ref: componentId("A") },
      },
    ],
    [
      "annotations ajv would reject are dropped",
      { given: { type: "string", example: "x", "x-auditable": true }, want: { type: "string" } },
    ],
    [
      "discriminator mapping is dropped (ajv does not support it)",
      {
        given: {
          oneOf: [{ $ref: "#/components/schemas/A" }],
          discriminator: { propertyName: "t", mapping: { a: "#/x" } },
        },
        want: { oneOf: [{ $ref: componentId("A") }], discriminator: { propertyName: "t" } },
      },
    ],
  ])("%s", (_rule, { given, want }) => {
    expect(toJsonSchema(given, v30)).toEqual(want);
  });

  it("keeps siblings of $ref in OAS 3.1", () => {
    expect(toJsonSchema({ $ref: "#/components/schemas/A", description: "d" }, v31)).toEqual({
      $ref: componentId("A"),
      description: "d",
    });
  });

  it("treats property names as data: `x-foo`, `example` and `__proto__` properties survive", () => {
    const given = JSON.parse(
      '{"type":"object","properties":{"x-foo":{"type":"string"},"example":{},"__proto__":{"type":"null"}}}',
    );
    const out = toJsonSchema(given, v31) as { properties: Record<string, unknown> };
    expect(Object.keys(out.properties)).toEqual(["x-foo", "example", "__proto__"]);
    expect(Object.getOwnPropertyDescriptor(out.properties, "__proto__")?.value).toEqual({ type: "null" });
    expect(Object.getPrototypeOf(out.properties)).toBe(Object.prototype);
  });

  it("rewrites refs into components, escaping the pointer", () => {
    expect(toJsonSchema({ $ref: "#/components/schemas/A/properties/a~1b" }, v31)).toEqual({
      $ref: `${componentId("A")}#/properties/a~1b`,
    });
  });

  it("rejects a schema $ref outside #/components/schemas", () => {
    expect(() => toJsonSchema({ $ref: "#/paths/x" }, v31)).toThrowError(
      expect.objectContaining({ code: "unresolved-ref" }),
    );
  });

  it("does not modify its input", () => {
    const given = { type: "object", nullable: true, properties: { a: { type: "string", nullable: true } } };
    const before = JSON.stringify(given);
    toJsonSchema(given, v30);
    expect(JSON.stringify(given)).toBe(before);
  });

  it("handles 100,000 levels of nesting without overflowing the stack", () => {
    let deep: unknown = { type: "string" };
    for (let i = 0; i < 100_000; i++) deep = { not: deep };
    let out = toJsonSchema(deep, v31) as { not?: unknown };
    let depth = 0;
    while (out.not !== undefined) {
      out = out.not as { not?: unknown };
      depth++;
    }
    expect(depth).toBe(100_000);
  });
});
