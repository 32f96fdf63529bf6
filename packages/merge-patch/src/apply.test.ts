import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { apply } from "./apply.js";
import type { JsonValue } from "./json.js";

interface AppendixVector {
  doc: JsonValue;
  patch: JsonValue;
  expected: JsonValue;
  comment: string;
}

const vectors: AppendixVector[] = JSON.parse(
  readFileSync(new URL("../../../../shared/vectors/rfc7396-appendix-a.json", import.meta.url), "utf8"),
);

describe("RFC 7396 Appendix A", () => {
  it.each(vectors.map((v) => [v.comment, v] as const))("%s", (_name, v) => {
    expect(apply(v.doc, v.patch)).toEqual(v.expected);
  });
});
