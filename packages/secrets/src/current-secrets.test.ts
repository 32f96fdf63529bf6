import { describe, expect, it } from "vitest";
import { parseCurrentSecrets } from "./current-secrets.js";
import { SecretsFileError } from "./errors.js";

const list = [
  { name: "A", type: "secret_text" },
  { name: "K", type: "secret_key" },
];

describe("parseCurrentSecrets accepts what GET …/secrets gives", () => {
  it.each([
    ["API envelope", { given: { success: true, errors: [], messages: [], result: list } }],
    ["bare array (wrangler secret list --format json)", { given: list }],
    [
      "bulk response result map",
      {
        given: {
          success: true,
          errors: [],
          messages: [],
          result: {
            A: { name: "A", type: "secret_text" },
            K: { name: "K", type: "secret_key", format: "raw" },
          },
        },
      },
    ],
    ["JSON text", { given: JSON.stringify(list) }],
  ])("%s", (_rule, { given }) => {
    expect([...parseCurrentSecrets(given)]).toEqual([
      ["A", { name: "A", type: "secret_text" }],
      ["K", { name: "K", type: "secret_key" }],
    ]);
  });

  it("ignores a value if a file holds one", () => {
    const m = parseCurrentSecrets([{ name: "A", type: "secret_text", text: "CANARY" }]);
    expect(m.get("A")).toEqual({ name: "A", type: "secret_text" });
  });

  it("keeps __proto__ as a name", () => {
    expect([...parseCurrentSecrets('[{"name":"__proto__","type":"secret_text"}]').keys()]).toEqual([
      "__proto__",
    ]);
  });
});

describe("parseCurrentSecrets errors", () => {
  it.each([
    [
      "failure envelope",
      {
        given: { success: false, errors: [{ code: 10007, message: "x" }], result: null },
        pointer: "/success",
      },
    ],
    ["not a list", { given: { success: true, result: "x" }, pointer: "/result" }],
    ["item not an object", { given: [1], pointer: "/0" }],
    ["missing name", { given: [{ type: "secret_text" }], pointer: "/0/name" }],
    ["unknown type", { given: [{ name: "A", type: "plain_text" }], pointer: "/0/type" }],
    ["duplicate name", { given: [...list, { name: "A", type: "secret_text" }], pointer: "/2" }],
    [
      "map key differs from name",
      {
        given: { success: true, result: { A: { name: "B", type: "secret_text" } } },
        pointer: "/result/A/name",
      },
    ],
  ])("%s", (_rule, { given, pointer }) => {
    let caught: unknown;
    try {
      parseCurrentSecrets(given);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SecretsFileError);
    expect((caught as SecretsFileError).code).toBe("invalid-shape");
    expect((caught as SecretsFileError).pointer).toBe(pointer);
  });

  it("a failure envelope names its codes", () => {
    expect(() => parseCurrentSecrets({ success: false, errors: [{ code: 10007, message: "m" }] })).toThrow(
      "codes 10007",
    );
  });
});
