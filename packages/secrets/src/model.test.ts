/**
 * The library's wire types (model.ts) are written by hand so they stay stable across regenerations;
 * this file fails to type-check (tsc -p tsconfig.json) if they drift from the generated ones.
 */
import type { SecretsPatchRequest } from "@patchbay/cloudflare-api";
import { describe, expect, it } from "vitest";
import type { BulkPatchBody } from "./model.js";
import { toBulkPatch } from "./patch-body.js";

describe("wire types match the generated SecretsPatchRequest", () => {
  it("a BulkPatchBody is a SecretsPatchRequest and passes its validator", async () => {
    const body: BulkPatchBody = toBulkPatch(
      new Map([
        ["A", { kind: "text", text: "x" }],
        ["B", { kind: "delete" }],
      ]),
    );
    const generated: SecretsPatchRequest = body;
    const { validateSecretsPatchRequest } = await import("@patchbay/cloudflare-api");
    expect(validateSecretsPatchRequest(generated)).toBe(true);
  });
});
