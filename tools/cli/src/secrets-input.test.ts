import { describe, expect, it } from "vitest";
import { isBulkBodyShape } from "./secrets-input.js";

describe("isBulkBodyShape: which JSON documents validate checks as a body, as they are", () => {
  it.each([
    ["the endpoint body", { given: '{"secrets":{"A":null}}', want: true }],
    ["body with version_tags", { given: '{"secrets":{},"version_tags":{"v":"1"}}', want: true }],
    ["only version_tags (schema-valid, no secrets)", { given: '{"version_tags":{}}', want: true }],
    [
      "broken secrets member stays a body, so the schema reports it",
      { given: '{"secrets":"x"}', want: true },
    ],
    ["a flat file", { given: '{"A":"value","B":null}', want: false }],
    ["an empty object is a (flat) file with no secrets", { given: "{}", want: false }],
    [
      "a flat file with a secret named secrets",
      { given: '{"secrets":{"type":"secret_text","text":"t"}}', want: false },
    ],
    ["a typo at the top level is a flat file", { given: '{"secret":{"A":null}}', want: false }],
    [
      "__proto__ at the top level is data, not a body",
      { given: '{"__proto__":{"secrets":{}}}', want: false },
    ],
  ])("%s", (_name, { given, want }) => {
    expect(isBulkBodyShape(JSON.parse(given) as Record<string, unknown>)).toBe(want);
    expect(({} as Record<string, unknown>).secrets).toBeUndefined();
  });
});
