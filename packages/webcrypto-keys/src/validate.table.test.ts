import { beforeAll, describe, expect, it } from "vitest";
import type { KeyReport } from "./diagnostics.js";
import { CASES, type Want } from "./test-support/cases.js";
import { type KeySet, keys } from "./test-support/keys.js";
import { validateSecretKey } from "./validate.js";

let k: KeySet;
beforeAll(async () => {
  k = await keys();
});

const codes = (r: KeyReport, severity: "error" | "warning") =>
  [...new Set(r.diagnostics.filter((d) => d.severity === severity).map((d) => d.code))].sort();

function check(report: KeyReport, want: Want): void {
  expect({ ok: report.ok, errors: codes(report, "error"), warnings: codes(report, "warning") }).toEqual({
    ok: want.ok,
    errors: [...(want.errors ?? [])].sort(),
    warnings: [...(want.warnings ?? [])].sort(),
  });
  if (report.ok) expect(report.key).toBeDefined();
  else expect(report.key).toBeUndefined();
}

describe("validateSecretKey table", () => {
  it("has at least 150 uniquely named cases", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(150);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  it.each(CASES.map((c) => [c.name, c] as const))("%s (runtime workerd)", async (_name, c) => {
    check(await validateSecretKey(c.secret(k)), c.want);
  });

  it.each(CASES.map((c) => [c.name, c] as const))("%s (runtime spec)", async (_name, c) => {
    check(await validateSecretKey(c.secret(k), { runtime: "spec" }), c.spec ?? c.want);
  });
});
