import { describe, expect, it } from "vitest";
import { NameRegistry, pascalCase } from "./naming.js";

describe("pascalCase", () => {
  it.each([
    ["separators start words", { given: "workers_secret-patch request", want: "WorkersSecretPatchRequest" }],
    ["existing capitals stay", { given: "SecretsPatchRequest", want: "SecretsPatchRequest" }],
    [
      "a leading digit gets an underscore (identifiers cannot start with one)",
      { given: "4xx", want: "_4xx" },
    ],
    ["nothing usable becomes _", { given: "---", want: "_" }],
  ])("%s", (_rule, { given, want }) => {
    expect(pascalCase(given)).toBe(want);
  });
});

describe("NameRegistry", () => {
  it("never hands out one name twice", () => {
    const names = new NameRegistry();
    expect([names.take("a"), names.take("a"), names.take("a"), names.take("a2")]).toEqual([
      "a",
      "a2",
      "a3",
      "a22",
    ]);
  });
});
