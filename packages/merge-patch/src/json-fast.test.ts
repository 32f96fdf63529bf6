import { runInNewContext } from "node:vm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MergePatchError } from "./errors.js";
import { assertJson } from "./json.js";
import { isJsonTree, RECURSION_LIMIT } from "./json-fast.js";
import { hostileName, json, poisonedLeaf } from "./test-support/arbitraries.js";
import { chain } from "./test-support/deep.js";
import { isJsonOracle } from "./test-support/json-oracle.js";

function failure(value: unknown): MergePatchError | undefined {
  try {
    assertJson(value, "value");
  } catch (error) {
    if (error instanceof MergePatchError) return error;
    throw error;
  }
  return undefined;
}

/** Resolves an RFC 6901 pointer (test helper; names here never need unescaping beyond ~0/~1). */
function resolve(root: unknown, pointer: string): unknown {
  if (pointer === "") return root;
  return pointer
    .slice(1)
    .split("/")
    .map((token) => token.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce<unknown>((node, token) => (node as Record<string, unknown>)[token], root);
}

const rejectAll = () => {
  throw new Error("the iterative walk is not expected here");
};

describe("fast JSON walk (json-fast.ts) against the precise walk", () => {
  const poisoned = json(hostileName, poisonedLeaf).value;

  it("answers exactly like an independent oracle, hostile names and non-JSON leaves included", () => {
    fc.assert(
      fc.property(poisoned, (value) => {
        if (typeof value !== "object" || value === null) return;
        expect(isJsonTree(value, rejectAll)).toBe(isJsonOracle(value));
      }),
      { numRuns: 400 },
    );
  });

  it("assertJson throws exactly when the oracle says no, at a pointer that names a non-JSON value", () => {
    fc.assert(
      fc.property(poisoned, (value) => {
        const error = failure(value);
        expect(error === undefined).toBe(isJsonOracle(value));
        if (error) expect(isJsonOracle(resolve(value, error.pointer))).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it.each([RECURSION_LIMIT - 2, RECURSION_LIMIT - 1, RECURSION_LIMIT, RECURSION_LIMIT + 1, 1_000])(
    "depth %i around the recursion limit: exact pointer for a bad leaf, JSON accepted",
    (depth) => {
      expect(failure(chain(depth, 1))).toBeUndefined();
      for (const bad of [new Date(0), Number.NaN, undefined, [1, undefined]]) {
        const error = failure(chain(depth, bad as never));
        const tail = Array.isArray(bad) ? "/leaf/1" : "/leaf";
        expect(error).toMatchObject({ code: "NOT_JSON", pointer: `${"/a".repeat(depth)}${tail}` });
      }
    },
  );

  it("a class instance exactly where the fast walk hands over is still refused", () => {
    const top = chain(RECURSION_LIMIT - 1, 1) as Record<string, unknown>;
    let node = top;
    for (let i = 0; i < RECURSION_LIMIT - 1; i++) node = node.a as Record<string, unknown>;
    node.leaf = new Map();
    expect(isJsonTree(top, (subtree) => assertJson(subtree, "x"))).toBe(false);
    expect(failure(top)?.pointer).toBe(`${"/a".repeat(RECURSION_LIMIT - 1)}/leaf`);
  });

  it("catches a cycle that spans the recursion limit", () => {
    const top = chain(RECURSION_LIMIT + 100, 1) as Record<string, unknown>;
    let node = top;
    for (let i = 0; i < RECURSION_LIMIT + 50; i++) node = node.a as Record<string, unknown>;
    let target = top;
    for (let i = 0; i < 5; i++) target = target.a as Record<string, unknown>;
    node.loop = target;
    const pointer = `${"/a".repeat(RECURSION_LIMIT + 50)}/loop`;
    expect(failure(top)).toMatchObject({ code: "NOT_JSON", pointer });
  });

  it("stays correct when Object.prototype has an enumerable member (polluted by someone else)", () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.injected = { nested: 1 };
    try {
      expect(isJsonTree({ a: [1] }, rejectAll)).toBe(false); // left to the precise walk
      expect(failure({ a: [1, { b: "c" }] })).toBeUndefined();
      expect(failure({ a: { b: Number.NaN } })?.pointer).toBe("/a/b");
    } finally {
      delete proto.injected;
    }
    expect(isJsonTree({ a: [1] }, rejectAll)).toBe(true);
  });

  it("plain objects of another realm are JSON; its class instances and objects with a custom prototype are not", () => {
    expect(failure(runInNewContext('({ a: [1, { b: "c" }] })'))).toBeUndefined();
    expect(failure({ x: runInNewContext("new Date(0)") })?.pointer).toBe("/x");
    expect(failure({ y: [Object.create({ inherited: 1 })] })?.pointer).toBe("/y/0");
    expect(failure({ z: Object.create(null) })).toBeUndefined();
  });
});
