import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { Report } from "./diagnostic.js";
import { PlanError } from "./errors.js";
import { current, hmacSecret, jwkSecret, textSecret } from "./test-support/fixtures.js";
import { type ValidateBulkPatchOptions, validateBulkPatch } from "./validate-bulk-patch.js";

const many = (n: number, prefix = "S") =>
  Object.fromEntries(
    Array.from({ length: n }, (_, i) => [`${prefix}${i}`, textSecret(`${prefix}${i}`, "v")]),
  );
const codes = (r: Report) => r.diagnostics.map((d) => `${d.severity[0]}:${d.code}@${d.pointer}`);

describe("validateBulkPatch rules", () => {
  it.each<[string, { given: unknown; options?: ValidateBulkPatchOptions; want: string[]; ok: boolean }]>([
    ["a valid text secret", { given: { secrets: { A: textSecret("A", "x") } }, want: [], ok: true }],
    ["an empty body is valid", { given: {}, want: [], ok: true }],
    ["null deletes", { given: { secrets: { A: null } }, want: [], ok: true }],
    [
      "map key equals name",
      {
        given: { secrets: { A: textSecret("B", "x") } },
        want: ["e:name-mismatch@/secrets/A/name"],
        ok: false,
      },
    ],
    [
      "names are JavaScript identifiers",
      {
        given: { secrets: { "MY-KEY": textSecret("MY-KEY", "x") } },
        want: ["e:invalid-name@/secrets/MY-KEY"],
        ok: false,
      },
    ],
    [
      "pointer tokens are escaped",
      { given: { secrets: { "a/b~c": null } }, want: ["e:invalid-name@/secrets/a~1b~0c"], ok: false },
    ],
    [
      "reserved words warn",
      {
        given: { secrets: { class: textSecret("class", "x") } },
        want: ["w:reserved-name@/secrets/class"],
        ok: true,
      },
    ],
    [
      "value ≤ 5 KB: 5000 bytes pass",
      { given: { secrets: { A: textSecret("A", "x".repeat(5000)) } }, want: [], ok: true },
    ],
    [
      "value ≤ 5 KB: 5121 bytes fail",
      {
        given: { secrets: { A: textSecret("A", "x".repeat(5121)) } },
        want: ["e:value-too-large@/secrets/A/text"],
        ok: false,
      },
    ],
    [
      "value ≤ 5 KB counts UTF-8 bytes",
      {
        given: { secrets: { A: textSecret("A", "é".repeat(2561)) } },
        want: ["e:value-too-large@/secrets/A/text"],
        ok: false,
      },
    ],
    [
      "value between 5000 and 5120 bytes warns",
      {
        given: { secrets: { A: textSecret("A", "x".repeat(5001)) } },
        want: ["w:value-too-large@/secrets/A/text"],
        ok: true,
      },
    ],
    [
      "≤ 100 operations per request",
      { given: { secrets: many(101) }, want: ["e:too-many-operations@/secrets"], ok: false },
    ],
    ["100 operations pass", { given: { secrets: many(100) }, want: [], ok: true }],
    [
      "operation cap is configurable",
      {
        given: { secrets: many(3) },
        options: { maxOperations: 2 },
        want: ["e:too-many-operations@/secrets"],
        ok: false,
      },
    ],
    [
      "≤ 128 resulting secrets (paid)",
      {
        given: { secrets: many(2, "N") },
        options: { current: current(...Object.keys(many(127))) },
        want: ["e:too-many-secrets@/secrets"],
        ok: false,
      },
    ],
    [
      "deletes make room",
      {
        given: { secrets: { ...many(2, "N"), S0: null } },
        options: { current: current(...Object.keys(many(127))) },
        want: [],
        ok: true,
      },
    ],
    [
      "≤ 64 resulting secrets (free)",
      {
        given: { secrets: many(1, "N") },
        options: { plan: "free", current: current(...Object.keys(many(64))) },
        want: ["e:too-many-secrets@/secrets"],
        ok: false,
      },
    ],
    [
      "deleting an unknown name warns",
      {
        given: { secrets: { A: null } },
        options: { current: current() },
        want: ["w:delete-unknown@/secrets/A"],
        ok: true,
      },
    ],
    ["a valid raw secret_key", { given: { secrets: { K: hmacSecret("K") } }, want: [], ok: true }],
    ["a valid jwk secret_key", { given: { secrets: { K: jwkSecret("K") } }, want: [], ok: true }],
  ])("%s", async (_rule, { given, options, want, ok }) => {
    const report = await validateBulkPatch(JSON.parse(JSON.stringify(given)), options);
    expect(codes(report)).toEqual(want);
    expect(report.ok).toBe(ok);
  });

  it("the operation count is in the message", async () => {
    const report = await validateBulkPatch({ secrets: many(101) });
    expect(report.diagnostics[0]?.message).toContain("found 101");
  });

  it.each<[string, { given: unknown; pointer: string }]>([
    ["body not an object", { given: [], pointer: "" }],
    ["secrets not an object", { given: { secrets: "x" }, pointer: "/secrets" }],
    [
      "text missing",
      { given: { secrets: { A: { name: "A", type: "secret_text" } } }, pointer: "/secrets/A/text" },
    ],
    [
      "text not a string",
      { given: { secrets: { A: { name: "A", type: "secret_text", text: 1 } } }, pointer: "/secrets/A/text" },
    ],
    [
      "unknown type",
      { given: { secrets: { A: { name: "A", type: "plain_text", text: "x" } } }, pointer: "/secrets/A/type" },
    ],
    ["secret neither object nor null", { given: { secrets: { A: 5 } }, pointer: "/secrets/A" }],
    [
      "key_base64 with format jwk",
      {
        given: { secrets: { K: { ...jwkSecret("K"), key_base64: "AAAA" } } },
        pointer: "/secrets/K/key_base64",
      },
    ],
    [
      "bad format",
      { given: { secrets: { K: { ...hmacSecret("K"), format: "pem" } } }, pointer: "/secrets/K/format" },
    ],
  ])("schema: %s", async (_rule, { given, pointer }) => {
    const report = await validateBulkPatch(given);
    expect(report.ok).toBe(false);
    expect(report.diagnostics.filter((d) => d.code === "schema").map((d) => d.pointer)).toContain(pointer);
  });

  it("secret_key goes through validateSecretKey, pointers prefixed", async () => {
    const report = await validateBulkPatch({ secrets: { K: { ...hmacSecret("K"), usages: ["encrypt"] } } });
    expect(report.ok).toBe(false);
    const keyDiags = report.diagnostics.filter((d) => d.code.startsWith("key/"));
    expect(keyDiags.length).toBeGreaterThan(0);
    for (const d of keyDiags) expect(d.pointer.startsWith("/secrets/K")).toBe(true);
  });

  it("reports every problem at once", async () => {
    const body = {
      secrets: {
        A: textSecret("B", "x"),
        "X-Y": textSecret("X-Y", "y".repeat(6000)),
        K: { ...hmacSecret("K"), usages: ["encrypt"] },
        N: { name: "N", type: "secret_text" },
      },
    };
    const report = await validateBulkPatch(body);
    const found = new Set(report.diagnostics.map((d) => d.code));
    expect(
      found.has("name-mismatch") &&
        found.has("invalid-name") &&
        found.has("value-too-large") &&
        found.has("schema"),
    ).toBe(true);
    expect([...found].some((c) => c.startsWith("key/"))).toBe(true);
  });

  it("does not mutate the body; __proto__ is a plain name", async () => {
    const body = JSON.parse(
      '{"secrets": {"__proto__": {"name": "__proto__", "type": "secret_text", "text": "x"}}}',
    );
    const before = structuredClone(body);
    const report = await validateBulkPatch(body);
    expect(body).toEqual(before);
    expect(codes(report)).toEqual(["w:reserved-name@/secrets/__proto__"]);
  });
});

describe("validateBulkPatch on hostile nesting", () => {
  it("a cyclic key_jwk or a BigInt from a JS caller gets a report, not a hang or a throw", async () => {
    const jwk: Record<string, unknown> = { kty: "oct", k: "AAAA" };
    jwk.self = jwk;
    const report = await validateBulkPatch({
      secrets: { K: jwkSecret("K", jwk), T: { name: "T", type: "secret_text", text: 1n } },
    });
    expect(report.ok).toBe(false);
  });

  it("a key_jwk and version_tags nested 100,000 deep still get a report", async () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    const body = JSON.parse(
      `{"version_tags": {"t": ${deep}}, "secrets": {"K": {"name": "K", "type": "secret_key", "format": "jwk", "algorithm": {"name": "HMAC", "hash": "SHA-256"}, "usages": ["sign"], "key_jwk": {"kty": "oct", "k": ${deep}}}}}`,
    );
    const report = await validateBulkPatch(body);
    expect(report.ok).toBe(false);
    expect(
      report.diagnostics.some((d) => d.code === "value-too-large" && d.pointer === "/secrets/K/key_jwk"),
    ).toBe(true);
  });
});

const name = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom("__proto__", "constructor", "A", "class"));
const secretish = fc.oneof(
  fc.constant(null),
  fc.jsonValue({ maxDepth: 3 }),
  fc.record(
    { name, type: fc.constantFrom("secret_text", "secret_key", "x"), text: fc.jsonValue({ maxDepth: 1 }) },
    { requiredKeys: [] },
  ),
  fc.record(
    {
      name,
      type: fc.constant("secret_key"),
      format: fc.constantFrom("raw", "jwk", "pkcs8", "spki", "x"),
      algorithm: fc.oneof(
        fc.jsonValue({ maxDepth: 2 }),
        fc.record({
          name: fc.constantFrom("HMAC", "AES-GCM", "Ed25519", "ECDSA"),
          hash: fc.constantFrom("SHA-256", "MD5"),
        }),
      ),
      usages: fc.oneof(
        fc.array(fc.constantFrom("sign", "verify", "encrypt", "x")),
        fc.jsonValue({ maxDepth: 1 }),
      ),
      key_base64: fc.oneof(fc.base64String({ maxLength: 64 }), fc.jsonValue({ maxDepth: 1 })),
      key_jwk: fc.jsonValue({ maxDepth: 2 }),
    },
    { requiredKeys: [] },
  ),
);
const bodyish = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.record(
    { secrets: fc.dictionary(name, secretish, { maxKeys: 6 }), version_tags: fc.jsonValue({ maxDepth: 2 }) },
    { requiredKeys: [] },
  ),
);

describe("validateBulkPatch on any JSON", () => {
  test.prop([bodyish], { numRuns: 200 })(
    "never throws and always returns a well-formed report",
    async (body) => {
      const report = await validateBulkPatch(JSON.parse(JSON.stringify(body)));
      expect(typeof report.ok).toBe("boolean");
      expect(report.ok).toBe(report.diagnostics.every((d) => d.severity !== "error"));
      for (const d of report.diagnostics) {
        expect(["error", "warning"]).toContain(d.severity);
        expect(typeof d.code).toBe("string");
        expect(d.message.length).toBeGreaterThan(0);
        expect(d.pointer === "" || d.pointer.startsWith("/")).toBe(true);
      }
    },
  );
});

describe("validateBulkPatch options", () => {
  it.each([
    ["maxOperations zero", { maxOperations: 0 }],
    ["maxOperations NaN", { maxOperations: Number.NaN }],
    ["unknown plan", { plan: "gold" as never }],
  ])("refuses %s instead of switching a check off", async (_rule, options) => {
    await expect(validateBulkPatch({}, options)).rejects.toSatisfy(
      (e) => e instanceof PlanError && e.code === "invalid-option",
    );
  });
});
