import { describe, expect, it } from "vitest";
import { RequestValidationError } from "./errors.js";
import {
  assertValidRequest,
  type OperationLike,
  toRequestIssues,
  type ValidatorIssue,
  type ValidatorLike,
} from "./request-validation.js";

const issue = (
  instancePath: string,
  keyword: string,
  params: Record<string, unknown>,
  message?: string,
): ValidatorIssue => ({
  instancePath,
  keyword,
  params,
  ...(message === undefined ? {} : { message }),
});

describe("toRequestIssues (ajv errors → RFC 6901 pointers into the caller's input)", () => {
  it.each([
    [
      "instancePath is kept under the prefix",
      {
        given: issue("/secrets/A/type", "const", {}, "must be equal to constant"),
        want: "/body/secrets/A/type",
      },
    ],
    [
      "required names the missing member",
      { given: issue("/secrets/A", "required", { missingProperty: "text" }), want: "/body/secrets/A/text" },
    ],
    [
      "additionalProperties names the extra member",
      { given: issue("", "additionalProperties", { additionalProperty: "x" }), want: "/body/x" },
    ],
    [
      "member names are escaped (RFC 6901 §3)",
      { given: issue("/secrets", "required", { missingProperty: "a/b~c" }), want: "/body/secrets/a~1b~0c" },
    ],
  ])("%s", (_name, { given, want }) => {
    expect(toRequestIssues([given], "/body")[0]?.pointer).toBe(want);
  });

  it("renames the first token for parameter sets and lists allowed values", () => {
    const [out] = toRequestIssues(
      [
        issue(
          "/account_id",
          "enum",
          { allowedValues: ["a", "b"] },
          "must be equal to one of the allowed values",
        ),
      ],
      "",
      (t) => (t === "account_id" ? "accountId" : t),
    );
    expect(out).toEqual({
      pointer: "/accountId",
      keyword: "enum",
      message: 'must be equal to one of the allowed values (["a","b"])',
    });
  });

  it("drops exact duplicates", () => {
    const twice = issue("/a", "type", {}, "must be string");
    expect(toRequestIssues([twice, twice], "")).toHaveLength(1);
  });
});

function validator(fn: (data: unknown) => ValidatorIssue[]): ValidatorLike {
  const v: ValidatorLike = (data: unknown) => {
    v.errors = fn(data);
    return v.errors.length === 0;
  };
  return v;
}

const op: OperationLike = {
  operationId: "op",
  method: "PATCH",
  path: "/x/{account_id}",
  pathParams: ["account_id"],
  requestContentTypes: ["application/json"],
  validateParams: validator((d) =>
    (d as { account_id: string }).account_id === "ok"
      ? []
      : [issue("/account_id", "pattern", {}, "must match pattern")],
  ),
  validateBody: validator((d) => (d === "good" ? [] : [issue("", "type", {}, "must be object")])),
  validateResponse: {},
};

describe("assertValidRequest", () => {
  it("passes a valid request", () => {
    expect(() =>
      assertValidRequest(op, {
        params: { account_id: "ok" },
        paramNames: {},
        body: "good",
        contentType: "application/json",
      }),
    ).not.toThrow();
  });

  it("lists every problem at once: params, body and content type", () => {
    let caught: unknown;
    try {
      assertValidRequest(op, {
        params: { account_id: "bad" },
        paramNames: { account_id: "accountId" },
        body: 1,
        contentType: "text/plain",
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RequestValidationError);
    const error = caught as RequestValidationError;
    expect(error.code).toBe("request_invalid");
    expect(error.issues.map((i) => i.pointer)).toEqual(["/accountId", "/body", "/contentType"]);
    expect(error.message).toContain("3 problem(s)");
  });
});
