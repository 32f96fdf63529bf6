import { describe, expect, it } from "vitest";
import type { RequestIssue } from "./errors.js";
import { simplifyIssues } from "./simplify-issues.js";

const i = (pointer: string, keyword: string, message: string): RequestIssue => ({
  pointer,
  keyword,
  message,
});
const show = (x: RequestIssue) => `${x.pointer} ${x.keyword}: ${x.message}`;
const NULL_BRANCH = i("/s/A", "type", "must be null");
const ONE_OF = i("/s/A", "oneOf", "must match exactly one schema in oneOf");
const REQUIRED = i("/s/A/text", "required", "must have required property 'text'");
const TAG = i("/s/A", "discriminator", 'value of tag "type" must be in oneOf');

describe("simplifyIssues (oneOf/if noise from allErrors)", () => {
  it.each([
    [
      "a branch's real problem below P hides the other branch's type mismatch and the summary",
      { given: [REQUIRED, NULL_BRANCH, ONE_OF], want: [show(REQUIRED)] },
    ],
    [
      "a non-type problem at P (discriminator) counts as real",
      { given: [TAG, NULL_BRANCH, ONE_OF], want: [show(TAG)] },
    ],
    [
      "all branches failing on type merge into one issue",
      {
        given: [i("/s/A", "type", "must be object"), NULL_BRANCH, ONE_OF],
        want: ["/s/A type: must be object or null"],
      },
    ],
    [
      "if/then: the summary goes, the then-problems and unrelated problems stay",
      {
        given: [
          i("/s/K/key_jwk", "required", "x"),
          i("/s/K/key_base64", "false schema", "boolean schema is false"),
          i("/s/K", "if", 'must match "then" schema'),
          i("/s/K/usages", "uniqueItems", "y"),
          i("/s/K", "type", "must be null"),
          i("/s/K", "oneOf", "z"),
        ],
        want: [
          "/s/K/key_jwk required: x",
          "/s/K/key_base64 false schema: must not be present",
          "/s/K/usages uniqueItems: y",
        ],
      },
    ],
    [
      "problems elsewhere are untouched",
      {
        given: [i("/a", "type", "must be string"), i("/b", "pattern", "must match pattern")],
        want: ["/a type: must be string", "/b pattern: must match pattern"],
      },
    ],
  ])("%s", (_name, { given, want }) => {
    expect(simplifyIssues(given).map(show)).toEqual(want);
  });

  it("never mutates its input", () => {
    const given = [REQUIRED, NULL_BRANCH, ONE_OF];
    const copy = structuredClone(given);
    simplifyIssues(given);
    expect(given).toEqual(copy);
  });
});
