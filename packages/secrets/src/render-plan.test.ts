import { describe, expect, it } from "vitest";
import type { DesiredSecret } from "./model.js";
import { planSecrets } from "./plan.js";
import { renderPlan } from "./render-plan.js";

const canary = "CANARY-render-71ad";
const desired = new Map<string, DesiredSecret>([
  ["NEW", { kind: "text", text: canary }],
  ["OLD", { kind: "text", text: `${canary}2` }],
  [
    "KEY",
    {
      kind: "key",
      secret: {
        name: "KEY",
        type: "secret_key",
        format: "raw",
        algorithm: { name: "HMAC", hash: "SHA-256" },
        usages: ["sign"],
        key_base64: `${canary}b64`,
      },
    },
  ],
  ["GONE", { kind: "delete" }],
]);
const current = new Map([
  ["OLD", { name: "OLD", type: "secret_text" as const }],
  ["GONE", { name: "GONE", type: "secret_text" as const }],
  ["EXTRA", { name: "EXTRA", type: "secret_key" as const }],
]);

describe("renderPlan", () => {
  it("lists names, kinds and actions with a summary", async () => {
    const out = renderPlan(await planSecrets({ desired, current, prune: true }));
    expect(out.split("\n")).toEqual([
      "Plan: 2 to create, 1 to update, 2 to delete, 0 unchanged (1 request)",
      "  + KEY    secret_key   create",
      "  + NEW    secret_text  create",
      "  ~ OLD    secret_text  update (will overwrite)",
      "  - GONE   secret_text  delete (explicit)",
      "  - EXTRA  secret_key   delete (prune)",
      "The script will have 3 secrets.",
    ]);
  });

  it("never shows a value (canary)", async () => {
    const plan = await planSecrets({ desired, current, prune: true });
    expect(JSON.stringify(plan)).toContain(canary); // the patches do hold it…
    expect(renderPlan(plan)).not.toContain(canary); // …the rendering does not
    expect(renderPlan(plan, { color: true })).not.toContain(canary);
  });

  it("colours only on request", async () => {
    const plan = await planSecrets({ desired, current });
    expect(renderPlan(plan)).not.toContain("\u001b[");
    expect(renderPlan(plan, { color: true })).toContain("\u001b[32m");
  });

  it("escapes control characters in names", async () => {
    const plan = await planSecrets({
      desired: new Map([["A\u001b[2J", { kind: "text", text: "x" }]]),
      current: new Map(),
    });
    expect(renderPlan(plan)).toContain('"A\\u001b[2J"');
  });
});
