import { fc, test } from "@fast-check/vitest";
import { apply, type JsonValue } from "@patchbay/merge-patch";
import { describe, expect, it } from "vitest";
import type { SecretPatchValue } from "./model.js";
import { chunkedPatches } from "./patch-body.js";

const value = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 6 }).map((text) => ({ name: "", type: "secret_text" as const, text })),
);
const operations = fc
  .uniqueArray(
    fc.tuple(fc.oneof(fc.string({ maxLength: 3 }), fc.constantFrom("__proto__", "constructor")), value),
    { selector: ([n]) => n, maxLength: 40 },
  )
  .map((ops) => ops.map(([n, v]): [string, SecretPatchValue] => [n, v && { ...v, name: n }]));

describe("chunkedPatches: RFC 7396 §2 diff from the known current names to the desired secrets", () => {
  test.prop([operations, fc.integer({ min: 1, max: 9 })], { numRuns: 200 })(
    "each body is exactly its chunk's operations, as own members, within the cap",
    (ops, max) => {
      const bodies = chunkedPatches(ops, max);
      const sorted = (e: [string, unknown][]) => e.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      expect(bodies).toHaveLength(Math.ceil(ops.length / max));
      bodies.forEach((body, i) => {
        const chunk = ops.slice(i * max, (i + 1) * max);
        expect(sorted(Object.entries(body.secrets ?? {}))).toEqual(sorted([...chunk]));
        expect(Object.keys(body.secrets ?? {}).length).toBeLessThanOrEqual(max);
      });
    },
  );

  test.prop([operations, fc.integer({ min: 1, max: 9 }), fc.boolean()], { numRuns: 100 })(
    "applying the bodies in turn sets and deletes exactly the operations' names, with or without current",
    (ops, max, withCurrent) => {
      const start: JsonValue = { secrets: Object.fromEntries(ops.map(([n]) => [n, "old"])) };
      const current = new Map(ops.map(([n]) => [n, { name: n, type: "secret_text" as const }]));
      const bodies = chunkedPatches(ops, max, withCurrent ? current : undefined);
      expect(bodies).toEqual(chunkedPatches(ops, max));
      const end = bodies.reduce<JsonValue>((doc, b) => apply(doc, b as JsonValue), start);
      const want = Object.fromEntries(ops.filter(([, v]) => v !== null));
      expect(end).toEqual({ secrets: want });
    },
  );

  it("leaves the operations it was given as they were", () => {
    const secret = { name: "A", type: "secret_text" as const, text: "x" };
    const ops: [string, SecretPatchValue][] = [
      ["A", secret],
      ["B", null],
    ];
    const before = structuredClone(ops);
    expect(chunkedPatches(ops, 10)).toEqual([{ secrets: { A: secret, B: null } }]);
    expect(ops).toEqual(before);
  });

  it("no operations, no bodies", () => {
    expect(chunkedPatches([], 100)).toEqual([]);
  });
});
