import { describe, expect, it } from "vitest";
import { parseBody } from "./envelope.js";

describe("parseBody (v4 envelope)", () => {
  it.each([
    [
      "success envelope",
      {
        given: '{"success":true,"errors":[],"messages":[],"result":{"A":{"name":"A","type":"secret_text"}}}',
        want: {
          kind: "envelope",
          success: true,
          errors: [],
          messages: [],
          result: { A: { name: "A", type: "secret_text" } },
        },
      },
    ],
    [
      "failure envelope keeps every {code, message} in order",
      {
        given:
          '{"success":false,"errors":[{"code":10007,"message":"nope"},{"code":10000,"message":"auth"}],"messages":[],"result":null}',
        want: {
          kind: "envelope",
          success: false,
          errors: [
            { code: 10007, message: "nope" },
            { code: 10000, message: "auth" },
          ],
          messages: [],
          result: null,
        },
      },
    ],
    [
      "documentation_url and source.pointer survive",
      {
        given:
          '{"success":false,"errors":[{"code":10021,"message":"bad","documentation_url":"https://x","source":{"pointer":"/secrets"}}]}',
        want: {
          kind: "envelope",
          success: false,
          errors: [
            { code: 10021, message: "bad", documentation_url: "https://x", source: { pointer: "/secrets" } },
          ],
          messages: [],
          result: undefined,
        },
      },
    ],
    [
      "malformed entries are made explicit, not dropped",
      {
        given: '{"success":false,"errors":["boom",{"code":"7"}]}',
        want: {
          kind: "envelope",
          success: false,
          errors: [
            { code: 0, message: "(malformed entry: string)" },
            { code: 0, message: "(no message)" },
          ],
          messages: [],
          result: undefined,
        },
      },
    ],
    [
      "HTML from a proxy is not JSON",
      { given: "<html><body>502 Bad Gateway</body></html>", want: { kind: "not_json" } },
    ],
    ["truncated JSON is not JSON", { given: '{"success":fa', want: { kind: "not_json" } }],
    ["whitespace only is empty", { given: " \n", want: { kind: "empty" } }],
    ["JSON without success is not an envelope", { given: '{"error":"x"}', want: { kind: "not_envelope" } }],
    ["success must be boolean", { given: '{"success":"true","errors":[]}', want: { kind: "not_envelope" } }],
    ["a JSON array is not an envelope", { given: "[]", want: { kind: "not_envelope" } }],
  ])("%s", (_name, { given, want }) => {
    expect(parseBody(given)).toMatchObject(want);
  });

  it("keeps __proto__ in result as data", () => {
    const parsed = parseBody('{"success":true,"errors":[],"result":{"__proto__":{"name":"__proto__"}}}');
    expect(parsed.kind).toBe("envelope");
    const result = parsed.kind === "envelope" ? (parsed.result as object) : {};
    expect(Object.keys(result)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
  });
});
