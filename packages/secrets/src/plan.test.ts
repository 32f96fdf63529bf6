import { fc, test } from "@fast-check/vitest";
import { apply, compose, type JsonValue } from "@patchbay/merge-patch";
import { describe, expect, it } from "vitest";
import { PlanError } from "./errors.js";
import type { CurrentSecrets, DesiredSecret, DesiredSecrets } from "./model.js";
import { planSecrets } from "./plan.js";
import { createState, updateState } from "./state.js";

const t = (text: string): DesiredSecret => ({ kind: "text", text });
const del: DesiredSecret = { kind: "delete" };
const cur = (...names: string[]): CurrentSecrets =>
  new Map(names.map((n) => [n, { name: n, type: "secret_text" as const }]));
const summary = (p: Awaited<ReturnType<typeof planSecrets>>) => ({
  creates: p.creates.map((e) => e.name),
  updates: p.updates.map((e) => `${e.name}:${e.reason}`),
  deletes: p.deletes.map((e) => `${e.name}:${e.reason}`),
  unchanged: p.unchanged.map((e) => `${e.name}:${e.reason}`),
});

describe("planSecrets rules", () => {
  it.each([
    [
      "new name is a create",
      {
        desired: [["A", t("1")]],
        current: cur(),
        prune: false,
        want: { creates: ["A"], updates: [], deletes: [], unchanged: [] },
      },
    ],
    [
      "existing name will overwrite",
      {
        desired: [["A", t("1")]],
        current: cur("A"),
        prune: false,
        want: { creates: [], updates: ["A:will overwrite"], deletes: [], unchanged: [] },
      },
    ],
    [
      "absent name kept without prune",
      {
        desired: [["A", t("1")]],
        current: cur("A", "B"),
        prune: false,
        want: { creates: [], updates: ["A:will overwrite"], deletes: [], unchanged: [] },
      },
    ],
    [
      "absent name deleted with prune",
      {
        desired: [["A", t("1")]],
        current: cur("A", "B"),
        prune: true,
        want: { creates: [], updates: ["A:will overwrite"], deletes: ["B:prune"], unchanged: [] },
      },
    ],
    [
      "explicit delete of an existing name",
      {
        desired: [["B", del]],
        current: cur("B"),
        prune: false,
        want: { creates: [], updates: [], deletes: ["B:explicit"], unchanged: [] },
      },
    ],
    [
      "explicit delete of an absent name is not sent",
      {
        desired: [["B", del]],
        current: cur(),
        prune: false,
        want: { creates: [], updates: [], deletes: [], unchanged: ["B:already absent"] },
      },
    ],
    [
      "no current: sets are current unknown",
      {
        desired: [["A", t("1")]],
        current: undefined,
        prune: false,
        want: { creates: [], updates: ["A:current unknown"], deletes: [], unchanged: [] },
      },
    ],
    [
      "no current: explicit delete is sent",
      {
        desired: [["A", del]],
        current: undefined,
        prune: false,
        want: { creates: [], updates: [], deletes: ["A:explicit"], unchanged: [] },
      },
    ],
  ] as const)("%s", async (_rule, { desired, current, prune, want }) => {
    const plan = await planSecrets({
      desired: new Map(desired as unknown as [string, DesiredSecret][]),
      current,
      prune,
    });
    expect(summary(plan)).toEqual(want);
  });

  it("a type change is an update naming both types", async () => {
    const key: DesiredSecret = {
      kind: "key",
      secret: {
        name: "A",
        type: "secret_key",
        format: "raw",
        algorithm: { name: "HMAC", hash: "SHA-256" },
        usages: ["sign"],
        key_base64: "AAAA",
      },
    };
    const plan = await planSecrets({ desired: new Map([["A", key]]), current: cur("A") });
    expect(plan.updates).toEqual([
      { name: "A", type: "secret_key", from: "secret_text", reason: "type changes" },
    ]);
  });

  it("fingerprints: equal value is unchanged and not sent, a changed one says so", async () => {
    const desired = new Map([
      ["A", t("same")],
      ["B", t("old")],
    ]);
    const state = await updateState(createState(), { script: "w", desired });
    const next = new Map([
      ["A", t("same")],
      ["B", t("new")],
    ]);
    const plan = await planSecrets({ desired: next, current: cur("A", "B"), state, script: "w" });
    expect(summary(plan)).toEqual({
      creates: [],
      updates: ["B:fingerprint differs"],
      deletes: [],
      unchanged: ["A:fingerprint matches"],
    });
    expect(Object.keys(plan.patches[0]?.secrets ?? {})).toEqual(["B"]);
  });

  it("fingerprints of another script do not count", async () => {
    const desired = new Map([["A", t("same")]]);
    const state = await updateState(createState(), { script: "other", desired });
    const plan = await planSecrets({ desired, current: cur("A"), state, script: "w" });
    expect(summary(plan).updates).toEqual(["A:will overwrite"]);
  });

  it.each([
    ["prune without current", { options: { prune: true }, code: "prune-needs-current" }],
    [
      "state without script",
      { options: { state: createState(), current: cur() }, code: "state-needs-script" },
    ],
    ["maxOperations zero", { options: { maxOperations: 0 }, code: "invalid-option" }],
    ["maxOperations fractional", { options: { maxOperations: 1.5 }, code: "invalid-option" }],
  ])("refuses %s", async (_rule, { options, code }) => {
    await expect(planSecrets({ desired: new Map(), ...options })).rejects.toSatisfy(
      (e) => e instanceof PlanError && e.code === code,
    );
  });

  it("chunks to the cap and puts deletes last", async () => {
    const desired = new Map<string, DesiredSecret>(
      Array.from({ length: 120 }, (_, i) => [`S${String(i).padStart(3, "0")}`, t(`v${i}`)]),
    );
    const plan = await planSecrets({ desired, current: cur("OLD"), prune: true, maxOperations: 50 });
    expect(plan.patches.map((p) => Object.keys(p.secrets ?? {}).length)).toEqual([50, 50, 21]);
    expect(Object.entries(plan.patches[2]?.secrets ?? {}).at(-1)).toEqual(["OLD", null]);
  });

  it("deletes go first when creates would overflow the per-script limit", async () => {
    const current = cur(...Array.from({ length: 120 }, (_, i) => `OLD${i}`));
    const desired = new Map<string, DesiredSecret>(Array.from({ length: 20 }, (_, i) => [`NEW${i}`, t("v")]));
    const plan = await planSecrets({ desired, current, prune: true });
    expect(Object.values(plan.patches[0]?.secrets ?? {})[0]).toBeNull();
    expect(plan.resulting).toHaveLength(20);
  });

  it("a null inside a secret object cannot travel in a merge patch (RFC 7396 §1): a located error", async () => {
    const secret = JSON.parse(
      '{"name": "K", "type": "secret_key", "format": "jwk", "algorithm": {"name": "HMAC"}, "usages": ["sign"], "key_jwk": {"kty": "oct", "k": "canary-k", "alg": null}}',
    );
    const error = await planSecrets({ desired: new Map([["K", { kind: "key", secret }]]) }).catch((e) => e);
    expect(error).toMatchObject({ code: "UNREPRESENTABLE", pointer: "/secrets/K/key_jwk/alg" });
    expect(String(error.message)).not.toContain("canary-k");
  });

  it("builds secret objects with the right shape", async () => {
    const plan = await planSecrets({
      desired: new Map([
        ["A", t("x")],
        ["B", del],
      ]),
      current: cur("B"),
    });
    expect(plan.patches).toEqual([
      { secrets: { A: { name: "A", type: "secret_text", text: "x" }, B: null } },
    ]);
  });
});

const names = fc.oneof(
  fc.stringMatching(/^[A-Z]{1,3}$/),
  fc.constantFrom("__proto__", "constructor", "toString"),
);
const desiredArb: fc.Arbitrary<DesiredSecrets> = fc
  .uniqueArray(fc.tuple(names, fc.oneof(fc.string({ maxLength: 4 }).map(t), fc.constant(del))), {
    selector: ([n]) => n,
    maxLength: 30,
  })
  .map((e) => new Map(e));
const currentArb = fc.uniqueArray(names, { maxLength: 30 }).map((n) => cur(...n));

describe("planSecrets laws", () => {
  test.prop([desiredArb, currentArb, fc.boolean(), fc.integer({ min: 1, max: 7 })], { numRuns: 150 })(
    "chunks compose to the whole patch, each within the cap, and every name lands in one bucket",
    async (desired, current, prune, max) => {
      const plan = await planSecrets({ desired, current, prune, maxOperations: max });
      for (const p of plan.patches) expect(Object.keys(p.secrets ?? {}).length).toBeLessThanOrEqual(max);
      const whole = plan.patches.reduce<JsonValue>(
        (a, p) => compose(a, p as unknown as JsonValue) as JsonValue,
        {},
      );
      const seq = plan.patches.reduce<JsonValue>((doc, p) => apply(doc, p as unknown as JsonValue), {});
      expect(apply<JsonValue>({}, whole)).toEqual(seq);
      const all = [...plan.creates, ...plan.updates, ...plan.deletes, ...plan.unchanged]
        .map((e) => e.name)
        .sort();
      const expected = new Set([...desired.keys(), ...(prune ? current.keys() : [])]);
      expect(all).toEqual([...expected].sort());
    },
  );

  test.prop([desiredArb, currentArb, fc.boolean()], { numRuns: 150 })(
    "resulting names = current, plus sets, minus deletes; inputs untouched",
    async (desired, current, prune) => {
      const before = [...desired].map(([n, s]) => [n, { ...s }]);
      const plan = await planSecrets({ desired, current, prune });
      const want = new Set(current.keys());
      for (const [n, s] of desired) s.kind === "delete" ? want.delete(n) : want.add(n);
      if (prune) for (const n of current.keys()) if (!desired.has(n)) want.delete(n);
      expect(plan.resulting).toEqual([...want].sort());
      expect([...desired]).toEqual(before);
    },
  );
});
