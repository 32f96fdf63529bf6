// Type-level tests: checked by `tsc -p tsconfig.json --noEmit` (tsconfig includes src/**), and run by
// vitest so that the runtime halves of the examples hold too.
import { describe, expect, expectTypeOf, it } from "vitest";
import { apply } from "./apply.js";
import { compose } from "./compose.js";
import { diff } from "./diff.js";
import { toJsonPatch } from "./to-json-patch.js";
import type { JsonObject, JsonPatchOperation, JsonValue, MergePatch } from "./types.js";

interface Secret {
  name: string;
  type: "secret_text" | "secret_key";
  text?: string;
  usages?: string[];
  meta: { created: number; tags: { label: string }[] };
}
type Secrets = Record<string, Secret>;

describe("MergePatch<T>", () => {
  it("makes members optional and nullable, recursively", () => {
    expectTypeOf<MergePatch<Secret>>().toEqualTypeOf<{
      name?: string | null;
      type?: "secret_text" | "secret_key" | null;
      text?: string | null;
      usages?: string[] | null;
      meta?: { created?: number | null; tags?: { label: string }[] | null } | null;
    }>();
    const patch: MergePatch<Secret> = { meta: { created: 2 }, text: null };
    expect(patch.text).toBeNull();
  });

  it("keeps arrays and scalars whole", () => {
    expectTypeOf<MergePatch<number[]>>().toEqualTypeOf<number[]>();
    expectTypeOf<MergePatch<"a" | "b">>().toEqualTypeOf<"a" | "b">();
    // @ts-expect-error array elements are not patched member-wise
    const partialElement: MergePatch<Secret> = { meta: { tags: [{}] } };
    expect(partialElement).toBeDefined();
  });

  it("rejects wrong member types and undefined (JSON has no undefined)", () => {
    // @ts-expect-error a number is not a string
    const wrongType: MergePatch<Secret> = { name: 1 };
    // @ts-expect-error not one of the literal types
    const wrongLiteral: MergePatch<Secret> = { type: "other" };
    // @ts-expect-error exactOptionalPropertyTypes: absent is spelled by leaving the member out
    const undefinedMember: MergePatch<Secret> = { text: undefined };
    expect([wrongType, wrongLiteral, undefinedMember]).toHaveLength(3);
  });

  it("works for index signatures (the secrets-bulk body shape)", () => {
    const body: MergePatch<Secrets> = { OLD: null, NEW: { name: "NEW", type: "secret_text", text: "x" } };
    expectTypeOf(body).toEqualTypeOf<MergePatch<Secrets>>();
    // @ts-expect-error a member value must be an object patch or null
    const bad: MergePatch<Secrets> = { OLD: "delete" };
    expect([body, bad]).toHaveLength(2);
  });
});

describe("function types", () => {
  const doc: Secret = { name: "A", type: "secret_text", meta: { created: 1, tags: [] } };

  it("apply(T, MergePatch<T>) is typed T", () => {
    const result = apply(doc, { text: "t", meta: { created: 2 } });
    expectTypeOf(result).toEqualTypeOf<Secret>();
    expect(result.meta.created).toBe(2);
    // @ts-expect-error the patch must fit the target's type
    apply(doc, { meta: { created: "late" } });
  });

  it("apply on plain JSON, and on an absent target, gives JsonValue", () => {
    const json: JsonValue = JSON.parse('{"a":1}');
    expectTypeOf(apply(json, { a: null })).toEqualTypeOf<JsonValue>();
    expectTypeOf(apply(undefined, { a: 1 })).toEqualTypeOf<JsonValue>();
    expectTypeOf(apply<JsonObject>({}, { a: { b: null } })).toEqualTypeOf<JsonObject>();
  });

  it("diff, compose and toJsonPatch carry the document type", () => {
    const next: Secret = { ...doc, text: "t" };
    expectTypeOf(diff(doc, next)).toEqualTypeOf<MergePatch<Secret>>();
    expectTypeOf(compose<Secret>({ text: "a" }, { text: null })).toEqualTypeOf<MergePatch<Secret>>();
    expectTypeOf(compose({ a: 1 }, null)).toEqualTypeOf<MergePatch<JsonValue>>();
    expectTypeOf(toJsonPatch({ text: null }, doc)).toEqualTypeOf<JsonPatchOperation[]>();
    // @ts-expect-error diff compares two documents of the same type
    diff(doc, { other: 1 });
    expect(diff(doc, next)).toEqual({ text: "t" });
  });
});
