import { describe, expect, it } from "vitest";
import { detectFormat, parseSecretsFile } from "./parse-secrets-file.js";

describe("format detection", () => {
  it.each([
    ["*.json by name", { text: "A=1", filename: "x.json", want: "json" }],
    [".env by name", { text: "{", filename: "/p/.env", want: "dotenv" }],
    [".dev.vars by name", { text: "{", filename: ".dev.vars", want: "dotenv" }],
    [".env.production by name", { text: "{", filename: "app/.env.production", want: "dotenv" }],
    ["JSON by content", { text: ' \n{"A": "1"}', filename: undefined, want: "json" }],
    ["dotenv by content", { text: "A=1", filename: undefined, want: "dotenv" }],
    ["stdin name '-' sniffs", { text: "{}", filename: "-", want: "json" }],
  ])("%s", (_rule, { text, filename, want }) => {
    expect(detectFormat(text, filename)).toBe(want);
  });

  it("an explicit format wins", () => {
    expect(() => parseSecretsFile("A=1", { format: "json" })).toThrow(/invalid JSON/);
    expect([...parseSecretsFile('{"A":"1"}', { format: "json", filename: ".env" })]).toEqual([
      ["A", { kind: "text", text: "1" }],
    ]);
  });
});
