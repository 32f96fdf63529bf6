import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { SecretsStateError } from "./errors.js";
import type { DesiredSecret } from "./model.js";
import { createState, fingerprint, parseState, serializeState, updateState } from "./state.js";

const t = (text: string): DesiredSecret & { kind: "text" } => ({ kind: "text", text });

describe("fingerprint state", () => {
  it("fingerprint is an HMAC-SHA256 under the state's key: stable, and key-, name- and script-bound", async () => {
    const s = createState();
    const a = await fingerprint(s, { script: "w", name: "A", secret: t("v") });
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await fingerprint(s, { script: "w", name: "A", secret: t("v") })).toBe(a);
    expect(await fingerprint(s, { script: "w", name: "B", secret: t("v") })).not.toBe(a);
    expect(await fingerprint(s, { script: "x", name: "A", secret: t("v") })).not.toBe(a);
    expect(await fingerprint(createState(), { script: "w", name: "A", secret: t("v") })).not.toBe(a);
  });

  it("key secrets hash the same whatever the member order", async () => {
    const s = createState();
    const k1 = {
      name: "K",
      type: "secret_key",
      format: "raw",
      algorithm: { name: "HMAC", hash: "SHA-256" },
      usages: ["sign"],
      key_base64: "AAAA",
    } as const;
    const k2 = JSON.parse(
      '{"key_base64":"AAAA","usages":["sign"],"algorithm":{"hash":"SHA-256","name":"HMAC"},"format":"raw","type":"secret_key","name":"K"}',
    );
    const f = (secret: object) =>
      fingerprint(s, { script: "w", name: "K", secret: { kind: "key", secret: secret as never } });
    expect(await f(k2)).toBe(await f({ ...k1, usages: [...k1.usages] }));
    expect(await f({ ...k2, key_base64: "AAAB" })).not.toBe(await f(k2));
  });

  it("updateState records sets, removes deletes and extra names, keeps the input", async () => {
    const s0 = createState();
    const s1 = await updateState(s0, {
      script: "w",
      desired: new Map([
        ["A", t("1")],
        ["B", t("2")],
        ["C", t("3")],
      ]),
    });
    const s2 = await updateState(s1, {
      script: "w",
      desired: new Map([["A", { kind: "delete" }]]),
      deleted: ["C"],
    });
    expect([...(s1.scripts.get("w")?.keys() ?? [])]).toEqual(["A", "B", "C"]);
    expect([...(s2.scripts.get("w")?.keys() ?? [])]).toEqual(["B"]);
    expect(s0.scripts.size).toBe(0);
    expect(s2.key).toBe(s0.key);
  });

  it("the serialized state holds fingerprints, never values", async () => {
    const canary = "CANARY-state-9f2c1";
    const s = await updateState(createState(), { script: "w", desired: new Map([["A", t(canary)]]) });
    const text = serializeState(s);
    expect(text).not.toContain(canary);
    expect(text).toContain('"A"');
  });

  test.prop(
    [fc.dictionary(fc.string(), fc.dictionary(fc.string(), fc.string(), { maxKeys: 4 }), { maxKeys: 4 })],
    { numRuns: 100 },
  )("serializeState / parseState round trip (hostile names are data)", (scripts) => {
    const s = {
      version: 1 as const,
      key: createState().key,
      scripts: new Map(Object.entries(scripts).map(([k, v]) => [k, new Map(Object.entries(v))])),
    };
    const back = parseState(serializeState(s));
    expect(back.key).toBe(s.key);
    expect([...back.scripts].map(([k, v]) => [k, [...v]])).toEqual(
      [...s.scripts].map(([k, v]) => [k, [...v]]),
    );
  });

  it.each([
    ["not JSON", { given: "{", pointer: undefined }],
    ["wrong version", { given: '{"version":2}', pointer: "/version" }],
    ["bad key", { given: '{"version":1,"key":"c2VjcmV0","scripts":{}}', pointer: "/key" }],
    [
      "bad fingerprint",
      {
        given: `{"version":1,"key":"${"A".repeat(43)}=","scripts":{"w":{"a/b":1}}}`,
        pointer: "/scripts/w/a~1b",
      },
    ],
  ])("parseState refuses %s", (_rule, { given, pointer }) => {
    let caught: unknown;
    try {
      parseState(given);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SecretsStateError);
    expect((caught as SecretsStateError).pointer).toBe(pointer);
    expect((caught as Error).message).not.toContain("c2VjcmV0");
  });
});
