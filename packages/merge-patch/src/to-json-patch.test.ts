import fc from "fast-check";
import { applyPatch } from "fast-json-patch";
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
import { chain, wide } from "./test-support/deep.js";
import { appendix } from "./test-support/fixtures.js";
import { toJsonPatch } from "./to-json-patch.js";
import type { JsonObject, JsonPatchOperation, JsonValue } from "./types.js";

/** fast-json-patch with validation on, on a copy of the document. */
function viaFastJsonPatch(document: JsonValue, ops: JsonPatchOperation[]): JsonValue {
  return applyPatch(snapshot(document), snapshot(ops), true, false).newDocument;
}

/**
 * A minimal, prototype-safe RFC 6902 applier for add/replace/remove (the operations toJsonPatch emits).
 * fast-json-patch cannot serve for "__proto__": it refuses such paths, or with the ban lifted assigns to
 * the prototype. Strict: remove/replace need an existing member, add an existing parent (RFC 6902 §4).
 */
function viaStrictApplier(document: JsonValue, ops: JsonPatchOperation[]): JsonValue {
  let root = snapshot(document);
  for (const op of ops) {
    if (op.path === "") {
      if (op.op === "remove") throw new Error("remove of the root");
      root = snapshot(op.value);
      continue;
    }
    if (!op.path.startsWith("/")) throw new Error(`bad pointer ${op.path}`);
    const tokens = op.path
      .slice(1)
      .split("/")
      .map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
    const last = tokens.pop() as string;
    let parent: JsonValue = root;
    for (const token of tokens) {
      if (!isObject(parent) || !Object.hasOwn(parent, token)) throw new Error(`unresolvable ${op.path}`);
      parent = parent[token] as JsonValue;
    }
    if (!isObject(parent)) throw new Error(`parent of ${op.path} is not an object`);
    if (op.op !== "add" && !Object.hasOwn(parent, last)) throw new Error(`${op.op} of a missing ${op.path}`);
    if (op.op === "remove") delete parent[last];
    else
      Object.defineProperty(parent, last, {
        value: snapshot(op.value),
        writable: true,
        enumerable: true,
        configurable: true,
      });
  }
  return root;
}

describe("toJsonPatch on RFC 7396 Appendix A", () => {
  it.each(appendix.map((v) => [v.comment, v] as const))("%s, applied with fast-json-patch", (_name, v) => {
    const ops = toJsonPatch(deepFreeze(snapshot(v.patch)), deepFreeze(snapshot(v.doc)));
    expect(viaFastJsonPatch(v.doc, ops)).toEqual(v.expected);
  });
});

describe("toJsonPatch rules", () => {
  it.each([
    [
      "non-object patch: replace the root",
      { doc: '{"a":1}', patch: "[1]", want: '[{"op":"replace","path":"","value":[1]}]' },
    ],
    [
      "non-object document: replace the root with the pruned patch",
      { doc: "3", patch: '{"a":{"b":null}}', want: '[{"op":"replace","path":"","value":{"a":{}}}]' },
    ],
    [
      "remove only existing members",
      { doc: '{"a":1}', patch: '{"a":null,"b":null}', want: '[{"op":"remove","path":"/a"}]' },
    ],
    [
      "missing parent: add the pruned value",
      { doc: "{}", patch: '{"a":{"b":{"c":null}}}', want: '[{"op":"add","path":"/a","value":{"b":{}}}]' },
    ],
    [
      "escape ~ and /",
      {
        doc: '{"a/b":{"~":1}}',
        patch: '{"a/b":{"~":2}}',
        want: '[{"op":"replace","path":"/a~1b/~0","value":2}]',
      },
    ],
  ])("%s", (_rule, { doc, patch, want }) => {
    expect(toJsonPatch(JSON.parse(patch), JSON.parse(doc))).toEqual(JSON.parse(want));
  });

  it("rejects non-JSON with the pointer", () => {
    expect(() => toJsonPatch<JsonValue>({ a: Number.NaN } as never, {})).toThrow(
      expect.objectContaining({ code: "NOT_JSON", pointer: "/a", argument: "patch" }),
    );
    expect(() => toJsonPatch<JsonValue>({}, { d: new Date(0) } as never)).toThrow(MergePatchError);
  });
});

describe("toJsonPatch properties", () => {
  it("fast-json-patch applying toJsonPatch(p, d) to d gives apply(d, p) (names fast-json-patch supports)", () => {
    const { value } = json(plainName);
    fc.assert(
      fc.property(value, value, (document, patch) => {
        const ops = toJsonPatch(deepFreeze(patch), deepFreeze(document));
        expect(canonical(viaFastJsonPatch(document, ops))).toBe(canonical(apply(document, patch)));
      }),
      { numRuns: 400 },
    );
  });

  it("a strict prototype-safe applier agrees with apply, hostile names included", () => {
    const { value } = json(hostileName);
    fc.assert(
      fc.property(value, value, (document, patch) => {
        const ops = toJsonPatch(deepFreeze(patch), deepFreeze(document));
        expect(canonical(viaStrictApplier(document, ops))).toBe(canonical(apply(document, patch)));
        expectNoPollution();
      }),
      { numRuns: 400 },
    );
  });
});

describe("toJsonPatch scale", () => {
  it("depth 100,000: one operation with the full path, accepted by fast-json-patch", () => {
    const document = chain(100_000, 0);
    const ops = toJsonPatch(chain(100_000, 1), document);
    expect(ops).toEqual([{ op: "replace", path: `${"/a".repeat(100_000)}/leaf`, value: 1 }]);
    // In place: fast-json-patch's copying mode recurses (JSON round trip) and would overflow at this depth.
    const result = applyPatch(document, ops as never, true, true).newDocument as JsonObject;
    let node: JsonValue = result;
    for (let i = 0; i < 100_000; i++) node = (node as JsonObject).a as JsonValue;
    expect(node).toEqual({ leaf: 1 });
  });

  it("50,000 members: one operation per changed member", () => {
    const ops = toJsonPatch(
      wide(50_000, (i) => (i % 2 ? null : i + 1)),
      wide(50_000, (i) => i),
    );
    expect(ops).toHaveLength(50_000);
    expect(ops[0]).toEqual({ op: "replace", path: "/k0", value: 1 });
    expect(ops[1]).toEqual({ op: "remove", path: "/k1" });
  });
});
