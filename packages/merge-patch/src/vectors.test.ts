// Every vector of shared/vectors (copied to fixtures/), by kind. Where our answer differs from what an
// upstream test suite expected, the case is listed in UPSTREAM_DIFFERENCES with the reason, and a test
// checks that the list is exactly the set of such cases.
import { applyPatch } from "fast-json-patch";
import { describe, expect, it } from "vitest";
import { apply } from "./apply.js";
import { compose } from "./compose.js";
import { diff } from "./diff.js";
import { MergePatchError } from "./errors.js";
import { canonical, deepFreeze, expectNoPollution, snapshot } from "./test-support/arbitraries.js";
import { chain, readChain } from "./test-support/deep.js";
import { appendix, ofKind, type SuiteVector, suites } from "./test-support/fixtures.js";
import { toJsonPatch } from "./to-json-patch.js";
import type { JsonValue } from "./types.js";

/** Cases (by the start of their `comment`) where we answer differently from an upstream expectation. */
const UPSTREAM_DIFFERENCES: Record<string, string> = {
  TestCreateMergePatchComplexAddAll:
    "evanphx expects a patch holding the target's null members; applied, it deletes them instead of " +
    "creating them (expectedRoundTrips: false). No exact patch exists, so diff throws UNREPRESENTABLE at /n.",
  TestCreateMergePatchSameOuterArray:
    "evanphx returns per-element patches [{}], which under RFC 7396 replace the document with [{}]; we " +
    "return the array itself. (The vector's alsoAcceptable {} does not round-trip either: an object patch " +
    "turns an array document into {}.)",
  TestCreateMergePatchModifiedOuterArray:
    'evanphx returns [{"name":"Jane"},{}], which would replace the document with that array; we return ' +
    "the target array.",
  TestCreateMergePatchMismatchedOuterArray:
    "evanphx errors; RFC 7396 replaces arrays whole: we return the target.",
  TestCreateMergePatchMismatchedOuterTypes: "evanphx errors; the target object itself is the exact patch.",
  "json-merge-patch generate: unchanged (upstream":
    "json-merge-patch returns undefined (and apply(doc, undefined) loses the document); we return {}.",
  "json-merge-patch generate: unchanged array":
    "json-merge-patch returns undefined; for a non-object document the only exact patch is the value.",
  'TestMergeMergePatches "object overrides array"':
    'evanphx expects {"del":null,"add":"a"}, which keeps other members of an object target; after [] ' +
    'the result is always exactly {"add":"a"}, which no merge patch forces: compose throws UNREPRESENTABLE.',
  'json-merge-patch merge() test "should replace an array':
    'json-merge-patch expects {a:"b"}, which keeps other members of an object target: compose throws ' +
    "UNREPRESENTABLE at the root.",
};

function differenceKey(comment: string): string | undefined {
  return Object.keys(UPSTREAM_DIFFERENCES).find((prefix) => comment.startsWith(prefix));
}

function unrepresentable(fn: () => unknown): MergePatchError {
  try {
    fn();
  } catch (error) {
    if (error instanceof MergePatchError && error.code === "UNREPRESENTABLE") return error;
    throw error;
  }
  throw new Error("expected UNREPRESENTABLE, but it returned");
}

describe("RFC 7396 Appendix A (and the §1, §3 examples)", () => {
  it("has the 17 documented vectors", () => expect(appendix).toHaveLength(17));
  it.each(appendix.map((v) => [v.comment, v] as const))("%s", (_name, v) => {
    const doc = deepFreeze(snapshot(v.doc));
    const patch = deepFreeze(snapshot(v.patch));
    expect(apply(doc, patch)).toEqual(v.expected);
    expect(doc).toEqual(v.doc);
    expectNoPollution();
  });
});

describe("merge-patch-suites: apply", () => {
  const vectors = ofKind("apply");
  it("has the 61 documented vectors", () => expect(vectors).toHaveLength(61));
  it.each(vectors.map((v, i) => [`${i} ${v.comment}`, v] as const))("%s", (_name, v) => {
    const doc = deepFreeze(snapshot(v.doc));
    const patch = deepFreeze(snapshot(v.patch));
    const result = apply(doc, patch);
    expect(result).toEqual(v.expected);
    // toEqual does not see a "__proto__" member turned into a prototype; canonical() does (order-free:
    // key order is only prescribed where the vector says so).
    expect(canonical(result)).toBe(canonical(v.expected));
    if (v.expectedKeyOrder) expect(Object.keys(result as object)).toEqual(v.expectedKeyOrder);
    expect(doc).toEqual(v.doc);
    expectNoPollution();
  });
});

describe("merge-patch-suites: generate (diff)", () => {
  const vectors = ofKind("generate");
  it("has the 56 documented vectors", () => expect(vectors).toHaveLength(56));
  it.each(vectors.map((v, i) => [`${i} ${v.comment}`, v] as const))("%s", (_name, v) => {
    if (!v.roundTripPossible) {
      // Both the 3 "UNREPRESENTABLE" vectors and the evanphx vector whose expected patch cannot round-trip.
      const error = unrepresentable(() => diff(v.doc, v.target));
      expect(error.pointer).toMatch(/^\//);
      if (v.expected !== "UNREPRESENTABLE") expect(differenceKey(v.comment)).toBeDefined();
      return;
    }
    const patch = diff(deepFreeze(snapshot(v.doc)), deepFreeze(snapshot(v.target)));
    expect(patch).toEqual(v.expected);
    // Member order in a patch is free; canonical() also sees a "__proto__" member toEqual would miss.
    expect(canonical(patch)).toBe(canonical(v.expected));
    expect(apply(v.doc, patch)).toEqual(v.target);
  });

  it("the alsoAcceptable {} of TestCreateMergePatchSameOuterArray does not round-trip (why we ignore it)", () => {
    const v = vectors.find((x) => x.alsoAcceptable !== undefined);
    expect(v?.alsoAcceptable).toEqual([{}]);
    expect(apply(v?.doc, {})).not.toEqual(v?.target);
  });
});

describe("merge-patch-suites: compose", () => {
  const vectors = ofKind("compose");
  it("has the 33 documented vectors", () => expect(vectors).toHaveLength(33));
  it.each(vectors.map((v, i) => [`${i} ${v.comment}`, v] as const))("%s", (_name, v) => {
    const first = deepFreeze(snapshot(v.patch1));
    const second = deepFreeze(snapshot(v.patch2));
    if (v.expected === "UNREPRESENTABLE") {
      unrepresentable(() => compose(first, second));
      return;
    }
    expect(compose(first, second)).toEqual(v.expected);
  });
});

describe("merge-patch-suites: toJsonPatch", () => {
  const vectors = ofKind("toJsonPatch");
  it("has the 3 documented vectors", () => expect(vectors).toHaveLength(3));
  it.each(vectors.map((v) => [v.expected, v] as const))("→ %j, applied with fast-json-patch", (_name, v) => {
    const ops = toJsonPatch(v.patch, deepFreeze(snapshot(v.doc)));
    const { newDocument } = applyPatch(snapshot(v.doc), ops, true, false);
    expect(newDocument).toEqual(v.expected);
  });
});

describe("merge-patch-suites: apply-deep", () => {
  const vectors = ofKind("apply-deep");
  it.each(vectors.map((v) => [v.depth, v] as const))("depth %i applied to {}", (depth) => {
    const patch = chain(depth, 1);
    const result = apply({}, patch);
    // Plain booleans: vitest would deep-compare (recursively) to explain a failing toBe.
    expect(result === patch).toBe(false);
    expect(readChain(result)).toEqual({ depth, leaf: 1 });
  });
});

describe("upstream differences", () => {
  function ourAnswerDiffers(v: SuiteVector): boolean {
    if (v.kind === "generate") {
      const upstream =
        v.nonRFCUpstreamOutput ??
        v.upstreamOutput ??
        (v.expectedRoundTrips === false ? v.expected : undefined);
      if (upstream === undefined) return false;
      try {
        return JSON.stringify(diff(v.doc, v.target)) !== JSON.stringify(upstream);
      } catch {
        return true;
      }
    }
    if (v.kind === "compose" && v.upstreamExpected !== undefined) {
      try {
        return JSON.stringify(compose(v.patch1, v.patch2)) !== JSON.stringify(v.upstreamExpected);
      } catch {
        return true;
      }
    }
    return false;
  }

  it("lists exactly the cases where we differ from an upstream expectation", () => {
    const differing = suites.filter(ourAnswerDiffers).map((v) => differenceKey(v.comment) ?? v.comment);
    expect(differing.sort()).toEqual(Object.keys(UPSTREAM_DIFFERENCES).sort());
  });

  it("every listed prefix names exactly one vector", () => {
    for (const prefix of Object.keys(UPSTREAM_DIFFERENCES)) {
      expect(
        suites.filter((v) => v.comment.startsWith(prefix)),
        prefix,
      ).toHaveLength(1);
    }
  });
});

export type { JsonValue };
