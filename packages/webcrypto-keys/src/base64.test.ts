import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { decodeBase64, decodeBase64Url, encodeBase64, encodeBase64Url } from "./base64.js";

describe("decodeBase64 (RFC 4648 §4, strict)", () => {
  it.each([
    ["empty", { given: "", want: [] }],
    ["one byte", { given: "AA==", want: [0] }],
    ["two bytes", { given: "//8=", want: [255, 255] }],
    ["three bytes", { given: "AQID", want: [1, 2, 3] }],
  ])("decodes %s", (_name, { given, want }) => {
    expect(decodeBase64(given)).toEqual({ bytes: new Uint8Array(want) });
  });

  it.each([
    ["PEM armour", { given: "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----", want: "pem" }],
    ["base64url alphabet", { given: "-_8=", want: "base64url" }],
    ["line breaks", { given: "AAAA\nAAAA", want: "whitespace" }],
    ["missing padding", { given: "AA", want: "padding" }],
    ["padding in the middle", { given: "AA==AAAA", want: "padding" }],
    ["three = signs", { given: "A===", want: "padding" }],
    ["foreign characters", { given: "AA*A", want: "characters" }],
    ["non-zero trailing bits", { given: "AB==", want: "non-canonical" }],
    ["a single character group", { given: "AAAAA===", want: "padding" }],
  ])("names the problem: %s", (_name, { given, want }) => {
    expect(decodeBase64(given)).toEqual({ problem: want });
  });

  test.prop([fc.uint8Array({ maxLength: 100 })])("encode then decode is the identity", (bytes) => {
    expect(decodeBase64(encodeBase64(bytes))).toEqual({ bytes });
  });

  test.prop([fc.uint8Array({ maxLength: 100 })])("agrees with atob on canonical input", (bytes) => {
    const s = encodeBase64(bytes);
    expect(Array.from(atob(s), (c) => c.charCodeAt(0))).toEqual([...bytes]);
  });

  test.prop([fc.string({ maxLength: 60 })])(
    "never throws; accepts only what it re-encodes identically",
    (s) => {
      const r = decodeBase64(s);
      if ("bytes" in r) expect(encodeBase64(r.bytes)).toBe(s);
    },
  );
});

describe("decodeBase64Url (RFC 7515 §2)", () => {
  test.prop([fc.uint8Array({ maxLength: 100 })])("encode then decode is the identity, strictly", (bytes) => {
    expect(decodeBase64Url(encodeBase64Url(bytes))).toEqual({ bytes, lenient: false });
  });
  it("flags padding and the standard alphabet as lenient", () => {
    expect(decodeBase64Url("_-8=")?.lenient).toBe(true);
    expect(decodeBase64Url("+/8")?.lenient).toBe(true);
  });
  it.each([["!!!!"], ["AA=A"], ["A==="], ["AA*A"], ["AAAAB"], ["AAAAA="], ["AAAAAA="]])("rejects %s", (s) => {
    expect(decodeBase64Url(s)).toBeUndefined();
  });
  it.each([
    ["non-zero pad bits", { given: "AB", want: [0] }],
    ["padding", { given: "AA==", want: [0] }],
    ["single padding", { given: "AAA=", want: [0, 0] }],
  ])("decodes %s the way workerd does, flagged lenient", (_name, { given, want }) => {
    expect(decodeBase64Url(given)).toEqual({ bytes: new Uint8Array(want), lenient: true });
  });
});
