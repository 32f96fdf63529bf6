import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MergePatchError } from "./errors.js";
import { assertJson } from "./json.js";
import { json } from "./test-support/arbitraries.js";
import { chain, wide } from "./test-support/deep.js";

function failure(value: unknown): MergePatchError | undefined {
  try {
    assertJson(value, "value");
  } catch (error) {
    if (error instanceof MergePatchError) return error;
    throw error;
  }
  return undefined;
}

describe("the JSON check (RFC 8259)", () => {
  class Point {
    x = 1;
  }
  it.each([
    ["NaN", { a: Number.NaN }, "/a", "NaN"],
    ["Infinity", [Number.POSITIVE_INFINITY], "/0", "Infinity"],
    ["undefined member", { a: { b: undefined } }, "/a/b", "undefined"],
    // biome-ignore lint/suspicious/noSparseArray: the hole is the case under test
    ["sparse-array hole", { a: [1, , 2] }, "/a/1", "hole"],
    ["function", { f() {} }, "/f", "a function"],
    ["symbol", { s: Symbol.iterator }, "/s", "a symbol"],
    ["bigint", { n: 10n }, "/n", "a bigint"],
    ["Date", { d: new Date(0) }, "/d", "an instance of Date"],
    ["Map", { m: new Map() }, "/m", "an instance of Map"],
    ["class instance", [{ p: new Point() }], "/0/p", "an instance of Point"],
    ["typed array", { t: new Uint8Array(1) }, "/t", "an instance of Uint8Array"],
    ["root undefined", undefined, "", "undefined"],
    ["escaped names in the pointer", { "a/b": { "~": Number.NaN } }, "/a~1b/~0", "NaN"],
  ])("%s → NOT_JSON at the pointer", (_name, value, pointer, found) => {
    const error = failure(value);
    expect(error?.code).toBe("NOT_JSON");
    expect(error?.pointer).toBe(pointer);
    expect(error?.message).toContain(found);
  });

  it("names the kind, never the value (inputs may be secrets)", () => {
    const error = failure({ secret_text: "hunter2-canary", bad: 1n << 70n });
    expect(error?.message).not.toContain("hunter2");
    expect(error?.message).not.toContain(String(1n << 70n));
  });

  it("accepts JSON: null-prototype objects, shared subtrees (DAG), special names", () => {
    const shared = { s: 1 };
    const bare = Object.assign(Object.create(null) as object, { a: 1 });
    expect(failure({ x: shared, y: [shared, shared], bare })).toBeUndefined();
    expect(failure(JSON.parse('{"__proto__":{"constructor":{"prototype":1}}}'))).toBeUndefined();
  });

  it("rejects a shallow cycle at its first repetition", () => {
    const a: Record<string, unknown> = { b: {} };
    (a.b as Record<string, unknown>).back = a;
    expect(failure(a)).toMatchObject({ code: "NOT_JSON", pointer: "/b/back" });
    const self: unknown[] = [];
    self.push(self);
    expect(failure(self)).toMatchObject({ code: "NOT_JSON", pointer: "/0" });
  });

  it("rejects a cycle that closes below the ancestor-tracking depth", () => {
    const top = chain(200, null) as Record<string, unknown>;
    let node = top;
    for (let i = 0; i < 150; i++) node = node.a as Record<string, unknown>;
    node.loop = top.a;
    expect(failure(top)).toMatchObject({ code: "NOT_JSON", pointer: `${"/a".repeat(150)}/loop` });
  });

  it("accepts everything the arbitrary JSON generator makes", () => {
    fc.assert(
      fc.property(json().value, (value) => {
        expect(failure(value)).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });

  it("handles depth 100,000 and 50,000 members", () => {
    expect(failure(chain(100_000, 1))).toBeUndefined();
    expect(failure(chain(100_000, [undefined] as never))?.pointer).toBe(`${"/a".repeat(100_000)}/leaf/0`);
    expect(failure(wide(50_000, (i) => i))).toBeUndefined();
    expect(failure(wide(50_000, (i) => (i === 49_999 ? Number.NaN : i)))?.pointer).toBe("/k49999");
  });
});
