import { describe, expect, it } from "vitest";
import { loadSpec } from "../load-spec.js";
import { OFFICIAL_MISSING, OFFICIAL_SPEC, officialSpecAvailable } from "../official.js";
import { OUR_SPEC } from "./cli.js";
import { COMPARED_OPERATIONS, compareSpecs } from "./compare.js";
import { formatReport } from "./format.js";

/** A minimal document holding both compared operations with the given request-body schema. */
const specWith = (openapi: string, body: unknown) => ({
  openapi,
  paths: Object.fromEntries(
    COMPARED_OPERATIONS.map((operationId) => [
      `/${operationId}`,
      {
        patch: {
          operationId,
          requestBody: { content: { "application/json": { schema: body } } },
          responses: { "200": { description: "ok" } },
        },
      },
    ]),
  ),
});

describe("compareSpecs", () => {
  it("marks listed differences intended with their reason and the rest UNINTENDED", () => {
    const ours = specWith("3.1.0", { type: "object", properties: { a: { type: "string", minLength: 1 } } });
    const theirs = specWith("3.0.3", { type: "object", properties: { a: { type: "string", maxLength: 9 } } });
    const intended = [
      { part: "request application/json", pointer: "/properties/a", keyword: "minLength", reason: "R" },
    ];
    const report = compareSpecs(ours, theirs, intended);
    expect(report.differences.map((d) => [d.operationId, d.keyword, d.intended])).toEqual([
      ["worker-patch-script-secrets-bulk", "maxLength", undefined],
      ["worker-patch-script-secrets-bulk", "minLength", "R"],
      ["namespace-worker-patch-script-secrets-bulk", "maxLength", undefined],
      ["namespace-worker-patch-script-secrets-bulk", "minLength", "R"],
    ]);
    const { text, unintended } = formatReport(report);
    expect(unintended).toBe(2);
    expect(text).toContain(
      "UNINTENDED worker-patch-script-secrets-bulk request application/json /properties/a maxLength (removed): ours (absent), official 9",
    );
    // Intended: under its reason, once for both operations.
    expect(text).toContain(
      "* R\n    /properties/a minLength (added): ours 1, official (absent)  [request application/json; both operations]",
    );
    expect(text.split("\n").at(-1)).toBe("4 differences, 2 intended, 2 unintended");
  });

  it("reports intended entries that no longer match anything", () => {
    const same = specWith("3.1.0", { type: "object" });
    const stale = { part: "parameters", pointer: "/x", keyword: "pattern", reason: "gone" };
    expect(compareSpecs(same, same, [stale]).unusedIntended).toEqual([stale]);
  });
});

if (!officialSpecAvailable())
  console.warn(`skipping the conformance run against the official spec: ${OFFICIAL_MISSING}`);

describe.skipIf(!officialSpecAvailable())("conformance with the official spec", () => {
  const official = officialSpecAvailable() ? loadSpec(OFFICIAL_SPEC) : {};

  it("leaves no unintended difference and no stale intended entry", () => {
    const report = compareSpecs(loadSpec(OUR_SPEC), official);
    const { text, unintended } = formatReport(report);
    console.log(text.split("\n").at(-1));
    expect(text.split("\n").filter((l) => l.startsWith("UNINTENDED"))).toEqual([]);
    expect(unintended).toBe(0);
    expect(report.unusedIntended).toEqual([]);
    // The comparison really ran over both operations, request and responses.
    expect(new Set(report.differences.map((d) => d.part))).toEqual(
      new Set([
        "parameters",
        "request application/json",
        "request application/merge-patch+json",
        "response 200",
        "response 429",
        "response 4XX",
      ]),
    );
  });

  it("catches a change to our spec that is not in the intended list", () => {
    const ours = loadSpec(OUR_SPEC) as {
      components: { schemas: { SecretText: { properties: { text: object } } } };
    };
    ours.components.schemas.SecretText.properties.text = { type: "string", writeOnly: true, maxLength: 5120 };
    const { text, unintended } = formatReport(compareSpecs(ours as never, official));
    expect(unintended).toBe(4); // 2 operations × 2 media types
    expect(text).toMatch(
      /UNINTENDED worker-patch-script-secrets-bulk request application\/json \S+\/properties\/text maxLength \(added\)/,
    );
  });
});
