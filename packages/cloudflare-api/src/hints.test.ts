import { describe, expect, it } from "vitest";
import { hintsFor, KNOWN_ERROR_HINTS } from "./hints.js";

describe("hintsFor (docs/cloudflare-secrets-endpoint.md §5)", () => {
  it.each([
    ["10000 authentication error", { given: 10000, want: /token/ }],
    ["9106 missing auth headers", { given: 9106, want: /token/ }],
    ["9109 invalid access token", { given: 9109, want: /token/ }],
    ["10007 Worker not found", { given: 10007, want: /does not exist/ }],
    ["10053 name used by a non-secret binding", { given: 10053, want: /not a secret/ }],
    ["10056 binding not found on delete", { given: 10056, want: /does not have/ }],
    ["10215 latest version not deployed", { given: 10215, want: /not deployed/ }],
    ["100160 too many operations", { given: 100160, want: /batches/ }],
  ])("%s", (_name, { given, want }) => {
    const hints = hintsFor([{ code: given, message: "x" }]);
    expect(hints).toHaveLength(1);
    expect(hints[0]).toMatch(want);
  });

  it("10056 says a retried delete may already have happened (a retry is not always a no-op answer)", () => {
    expect(KNOWN_ERROR_HINTS[10056]).toMatch(/earlier attempt .* may already have deleted it/);
  });

  it("gives nothing for unknown codes and one hint per distinct hint", () => {
    expect(hintsFor([{ code: 7003, message: "no route" }])).toEqual([]);
    const auth = hintsFor([
      { code: 10000, message: "a" },
      { code: 9109, message: "b" },
      { code: 10007, message: "c" },
    ]);
    expect(auth).toEqual([KNOWN_ERROR_HINTS[10000], KNOWN_ERROR_HINTS[10007]]);
  });
});
