import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { apply } from "./apply.js";
import { MergePatchError } from "./errors.js";
import {
  canonical,
  deepFreeze,
  expectNoPollution,
  hostileName,
  isObject,
  json,
  plainName,
  snapshot,
} from "./test-support/arbitraries.js";
import { chain, readChain, wide } from "./test-support/deep.js";
import { oracleMergePatch } from "./test-support/oracle.js";
import type { JsonValue } from "./types.js";

const parse = (text: string) => JSON.parse(text) as JsonValue;
/** Reads a member path (for assertions on identity). */
function dig(value: unknown, ...path: (string | number)[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], value);
}
const hostile = json(hostileName);
const plain = json(plainName);

describe("RFC 7396 §2 rules", () => {
  it.each([
    ["non-object patch replaces the target", { target: '{"a":1}', patch: "[1]", want: "[1]" }],
    ["null patch gives null", { target: '{"a":1}', patch: "null", want: "null" }],
    [
      "object patch on a non-object target starts from {}",
      { target: "[1]", patch: '{"a":{"b":null}}', want: '{"a":{}}' },
    ],
    ["null member deletes", { target: '{"a":1,"b":2}', patch: '{"a":null}', want: '{"b":2}' }],
    [
      "null member for an absent name is a no-op",
      { target: '{"a":1}', patch: '{"x":null}', want: '{"a":1}' },
    ],
    [
      "nested objects merge",
      { target: '{"a":{"b":1,"c":2}}', patch: '{"a":{"b":3}}', want: '{"a":{"b":3,"c":2}}' },
    ],
    [
      "arrays are replaced whole, nulls inside are data",
      { target: '{"a":[1,2]}', patch: '{"a":[null]}', want: '{"a":[null]}' },
    ],
    [
      "__proto__ is an own data member",
      { target: "{}", patch: '{"__proto__":{"polluted":1}}', want: '{"__proto__":{"polluted":1}}' },
    ],
    [
      "constructor/prototype are data",
      {
        target: '{"constructor":1}',
        patch: '{"constructor":{"prototype":2}}',
        want: '{"constructor":{"prototype":2}}',
      },
    ],
    [
      "an inherited name is not a member",
      { target: "{}", patch: '{"toString":null,"valueOf":{}}', want: '{"valueOf":{}}' },
    ],
  ])("%s", (_rule, { target, patch, want }) => {
    const result = apply(deepFreeze(parse(target)), deepFreeze(parse(patch)));
    expect(canonical(result)).toBe(canonical(parse(want)));
    expectNoPollution();
  });

  it("absent target (undefined) behaves like a non-object", () => {
    expect(apply(undefined, parse('{"a":{"b":null,"c":1}}'))).toEqual({ a: { c: 1 } });
    expect(apply(undefined, 3)).toBe(3);
  });

  it("keeps existing members in place and appends new ones in patch order", () => {
    const result = apply(parse('{"b":1,"a":2,"d":3}'), parse('{"c":1,"a":5,"e":2,"d":null}'));
    expect(Object.keys(result as object)).toEqual(["b", "a", "c", "e"]);
  });

  // A small copy leaves deleted names out while copying; a large one (> 64 members) deletes afterwards.
  it.each([3, 64, 65, 300])(
    "deletes from a %i-member object: others keep their order, specials stay data",
    (width) => {
      const names = Array.from({ length: width - 2 }, (_, i) => `m${i}`);
      const members = [...names.map((name, i) => `"${name}":${i}`), '"__proto__":{"x":1}', '"constructor":2'];
      const target = deepFreeze(parse(`{${members.join(",")}}`)) as Record<string, JsonValue>;
      const patch = deepFreeze(parse(`{"m1":null,"__proto__":null,"valueOf":null,"m0":{"n":1},"new":3}`));
      const result = apply<JsonValue>(target, patch) as Record<string, JsonValue>;
      const kept = names.filter((name) => name !== "m1");
      expect(Object.keys(result)).toEqual([...kept, "constructor", "new"]);
      expect(Object.hasOwn(result, "__proto__")).toBe(false);
      expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
      expect(result.m0).toEqual({ n: 1 });
      expect(result.constructor).toBe(2);
      expect(Object.keys(target)).toHaveLength(width);
      expectNoPollution();
    },
  );

  it("keeps special names as own members when copying a large (> 64 members) object", () => {
    const names = Array.from({ length: 100 }, (_, i) => `"m${i}":${i}`).join(",");
    const target = deepFreeze(parse(`{${names},"__proto__":{"x":1},"constructor":2}`));
    const result = apply(target, parse('{"__proto__":{"y":2},"m5":null}')) as Record<string, JsonValue>;
    expect(Object.hasOwn(result, "__proto__")).toBe(true);
    expect(canonical(Object.getOwnPropertyDescriptor(result, "__proto__")?.value)).toBe('{"x":1,"y":2}');
    expect(result.constructor).toBe(2);
    expect(Object.keys(result)).toHaveLength(101);
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expectNoPollution();
  });

  it("a __proto__ member neither sets the result's prototype nor pollutes", () => {
    const result = apply<JsonValue>({}, parse('{"__proto__":{"polluted":"yes"}}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect(Object.hasOwn(result, "__proto__")).toBe(true);
    expect((result as { polluted?: unknown }).polluted).toBeUndefined();
    expectNoPollution();
  });
});

describe("structural sharing and aliasing", () => {
  it("returns untouched subtrees by reference and copies patched objects", () => {
    const target = deepFreeze(parse('{"keep":{"deep":[1]},"edit":{"x":1,"y":{"z":1}}}'));
    const result = apply<JsonValue>(target, parse('{"edit":{"x":2}}'));
    expect(dig(result, "keep")).toBe(dig(target, "keep"));
    expect(dig(result, "edit", "y")).toBe(dig(target, "edit", "y"));
    expect(result).not.toBe(target);
    expect(dig(result, "edit")).not.toBe(dig(target, "edit"));
  });

  it("never aliases arrays or objects of the patch", () => {
    const patch = parse('{"a":[{"x":1}],"b":{"c":[2]}}');
    const result = apply<JsonValue>({}, patch);
    expect(dig(result, "a")).toEqual(dig(patch, "a"));
    expect(dig(result, "a")).not.toBe(dig(patch, "a"));
    expect(dig(result, "a", 0)).not.toBe(dig(patch, "a", 0));
    expect(dig(result, "b", "c")).not.toBe(dig(patch, "b", "c"));
    const root = parse("[[1]]") as JsonValue[];
    const replaced = apply({}, root) as JsonValue[];
    expect(replaced).not.toBe(root);
    expect(replaced[0]).not.toBe(root[0]);
  });
});

describe("NOT_JSON", () => {
  const nan = { a: [1, { b: Number.NaN }] };
  it.each([
    ["NaN in the patch", () => apply({}, nan as never), "patch", "/a/1/b"],
    ["Infinity in the target", () => apply({ x: -Infinity } as never, {}), "target", "/x"],
    ["undefined member", () => apply({}, { u: undefined } as never), "patch", "/u"],
    ["undefined patch", () => apply({}, undefined as never), "patch", ""],
    ["a Date", () => apply({ d: new Date(0) } as never, {}), "target", "/d"],
    ["a function", () => apply({}, { f: () => 1 } as never), "patch", "/f"],
    ["a bigint", () => apply({}, [1n] as never), "patch", "/0"],
    ["a symbol", () => apply({}, { s: Symbol("s") } as never), "patch", "/s"],
    // biome-ignore lint/suspicious/noSparseArray: the hole is the case under test
    ["a sparse-array hole", () => apply({}, [1, , 3] as never), "patch", "/1"],
  ])("%s → NOT_JSON with the pointer", (_name, run, argument, pointer) => {
    const error = (() => {
      try {
        run();
      } catch (e) {
        return e;
      }
    })() as MergePatchError;
    expect(error).toBeInstanceOf(MergePatchError);
    expect(error).toMatchObject({ code: "NOT_JSON", argument, pointer });
    expect(error.message).toContain("expected a JSON value");
  });

  it("trustTarget skips untouched target parts but still checks the patch and copied objects", () => {
    const target = { bad: Number.NaN, edit: { x: 1 } } as never;
    expect(() => apply(target, { edit: { x: 2 } })).toThrow(MergePatchError);
    expect(apply(target, { edit: { x: 2 } }, { trustTarget: true })).toMatchObject({ edit: { x: 2 } });
    expect(() => apply({ edit: new Date(0) } as never, { edit: { x: 1 } }, { trustTarget: true })).toThrow(
      expect.objectContaining({ code: "NOT_JSON", pointer: "/edit" }),
    );
    expect(() => apply({}, { bad: Number.NaN } as never, { trustTarget: true })).toThrow(MergePatchError);
  });
});

describe("properties", () => {
  it("never mutates (deep-frozen inputs) and never pollutes, with hostile names", () => {
    fc.assert(
      fc.property(hostile.value, hostile.value, (target, patch) => {
        const before = canonical([target, patch]);
        apply(deepFreeze(target), deepFreeze(patch));
        expect(canonical([target, patch])).toBe(before);
        expectNoPollution();
      }),
      { numRuns: 300 },
    );
  });

  it("is idempotent: apply(apply(t, p), p) = apply(t, p)", () => {
    fc.assert(
      fc.property(hostile.value, hostile.value, (target, patch) => {
        const once = apply(target, patch);
        expect(canonical(apply(once, patch))).toBe(canonical(once));
      }),
      { numRuns: 300 },
    );
  });

  it("agrees with the RFC pseudocode oracle on inputs without special names", () => {
    fc.assert(
      fc.property(fc.option(plain.value, { nil: undefined }), plain.value, (target, patch) => {
        const want = oracleMergePatch(snapshot(target), patch);
        const got = apply(target, patch);
        expect(got).toEqual(want);
        expect(JSON.stringify(got)).toBe(JSON.stringify(want)); // same member order, too
      }),
      { numRuns: 400 },
    );
  });

  it("keeps hostile names as own members exactly where the patch puts them", () => {
    fc.assert(
      fc.property(hostile.object, hostile.object, (target, patch) => {
        const result = apply(target, patch) as Record<string, JsonValue>;
        for (const name of Object.keys(patch)) {
          if (patch[name] === null) expect(Object.hasOwn(result, name)).toBe(false);
          else expect(Object.hasOwn(result, name)).toBe(true);
        }
        for (const name of Object.keys(target)) {
          if (!Object.hasOwn(patch, name)) expect(result[name]).toBe(target[name]); // shared, not copied
        }
        expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
        expect(isObject(result)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("scale", () => {
  it("depth 100,000: patches the leaf of a deep target", () => {
    const result = apply(chain(100_000, 0), chain(100_000, 1));
    expect(readChain(result)).toEqual({ depth: 100_000, leaf: 1 });
  });

  it("depth 100,000: reports NOT_JSON at the bottom with the full pointer", () => {
    try {
      apply({}, chain(100_000, Number.NaN as never));
      expect.unreachable();
    } catch (error) {
      expect((error as MergePatchError).pointer).toBe(`${"/a".repeat(100_000)}/leaf`);
    }
  });

  it("50,000 members: updates every member and deletes half", () => {
    const target = wide(50_000, (i) => i);
    const result = apply(
      target,
      wide(50_000, (i) => (i % 2 ? null : -i)),
    ) as Record<string, JsonValue>;
    expect(Object.keys(result)).toHaveLength(25_000);
    expect(result.k0).toBe(-0);
    expect(result.k2).toBe(-2);
    expect(Object.hasOwn(result, "k1")).toBe(false);
  });
});
