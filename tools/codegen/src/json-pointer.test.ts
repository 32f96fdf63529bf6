import { describe, expect, it } from "vitest";
import { deref, escapeToken, refTokens, resolveRef, unescapeToken } from "./json-pointer.js";

describe("JSON Pointer tokens (RFC 6901 §3, §4)", () => {
  it.each([
    ["'~' is escaped as ~0", { raw: "a~b", escaped: "a~0b" }],
    ["'/' is escaped as ~1", { raw: "a/b", escaped: "a~1b" }],
    ["~01 means '~1', not '/' (§4: ~1 first, then ~0)", { raw: "~1", escaped: "~01" }],
  ])("%s", (_rule, { raw, escaped }) => {
    expect(escapeToken(raw)).toBe(escaped);
    expect(unescapeToken(escaped)).toBe(raw);
  });

  it("splits a local ref into unescaped tokens", () => {
    expect(refTokens("#/paths/~1a~1{b}/get")).toEqual(["paths", "/a/{b}", "get"]);
  });

  it("rejects remote refs", () => {
    expect(() => refTokens("other.yaml#/x")).toThrowError(
      expect.objectContaining({ code: "unresolved-ref" }),
    );
  });
});

describe("resolveRef / deref", () => {
  const doc = JSON.parse(
    '{"a":{"b":1,"__proto__":{"c":2}},"r1":{"$ref":"#/r2"},"r2":{"$ref":"#/a"},"loop":{"$ref":"#/loop"}}',
  );

  it("resolves own members only, including one named __proto__", () => {
    expect(resolveRef(doc, "#/a/__proto__/c")).toBe(2);
    expect(() => resolveRef(doc, "#/a/toString")).toThrowError(/does not resolve/);
  });

  it("follows ref chains and stops on cycles", () => {
    expect(deref(doc, { $ref: "#/r1" })).toEqual(doc.a);
    expect(() => deref(doc, { $ref: "#/loop" })).toThrowError(/cycle/);
  });
});
