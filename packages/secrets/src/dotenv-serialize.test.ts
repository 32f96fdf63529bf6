import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { parseDotenv } from "./dotenv.js";
import { serializeDotenv } from "./dotenv-serialize.js";
import { SecretsFileError } from "./errors.js";
import type { DesiredSecret } from "./model.js";

const name = fc.oneof(
  fc.stringMatching(/^[A-Za-z_$][A-Za-z0-9_$]{0,12}$/),
  fc.constantFrom("__proto__", "constructor", "prototype", "export", "CAFÉ", "π_1"),
);
const tricky = fc.constantFrom(
  "\n",
  "\r",
  "\r\n",
  '"',
  "'",
  "`",
  "\\",
  "\\n",
  "#",
  " #",
  " ",
  "\t",
  "=",
  "$",
  "\u00e9",
  "😀",
  "\ud800",
);
const value = fc.string({
  unit: fc.oneof(tricky, fc.string({ minLength: 1, maxLength: 1, unit: "binary" })),
  maxLength: 40,
});
const secret: fc.Arbitrary<DesiredSecret> = fc.oneof(
  { weight: 5, arbitrary: value.map((text) => ({ kind: "text" as const, text })) },
  { weight: 1, arbitrary: fc.constant({ kind: "delete" as const }) },
);
const desired = fc
  .uniqueArray(fc.tuple(name, secret), { selector: ([n]) => n, maxLength: 8 })
  .map((e) => new Map(e));

describe("serializeDotenv", () => {
  test.prop([desired], { numRuns: 300 })("round trip: parseDotenv(serializeDotenv(m)) equals m", (m) => {
    expect([...parseDotenv(serializeDotenv(m))]).toEqual([...m]);
  });

  it.each([
    ["bare when plain", { given: "abc-1.2", want: "A=abc-1.2\n" }],
    ["empty is explicit", { given: "", want: 'A=""\n' }],
    [
      "PEM uses single quotes",
      {
        given: "-----BEGIN X-----\nAB\n-----END X-----",
        want: "A='-----BEGIN X-----\nAB\n-----END X-----'\n",
      },
    ],
    ["quotes and backslashes escaped", { given: `it's "x" \\`, want: 'A="it\'s \\"x\\" \\\\"\n' }],
    ["CR escaped", { given: "a\r\nb", want: 'A="a\\r\\nb"\n' }],
  ])("%s", (_rule, { given, want }) => {
    expect(serializeDotenv(new Map([["A", { kind: "text", text: given }]]))).toBe(want);
  });

  it("writes deletes as the directive", () => {
    expect(serializeDotenv(new Map([["OLD", { kind: "delete" }]]))).toBe("# patchbay:delete OLD\n");
  });

  it.each([
    [
      "a non-identifier name",
      { given: new Map([["A-B", { kind: "text", text: "x" } as DesiredSecret]]), code: "invalid-key" },
    ],
    [
      "a secret_key",
      {
        given: new Map<string, DesiredSecret>([
          [
            "K",
            {
              kind: "key",
              secret: {
                name: "K",
                type: "secret_key",
                format: "raw",
                algorithm: { name: "HMAC" },
                usages: ["sign"],
                key_base64: "CANARYkb64",
              },
            },
          ],
        ]),
        code: "unsupported-kind",
      },
    ],
  ])("refuses %s", (_rule, { given, code }) => {
    expect(() => serializeDotenv(given)).toThrow(SecretsFileError);
    try {
      serializeDotenv(given);
    } catch (error) {
      expect((error as SecretsFileError).code).toBe(code);
      expect((error as Error).message).not.toContain("CANARY");
    }
  });
});
