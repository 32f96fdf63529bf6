import { afterEach, describe, expect, it, vi } from "vitest";
import { Collector } from "./diagnostics.js";
import { type ImportPlan, trialImport } from "./trial-import.js";

const raw32 = new Uint8Array(32).fill(3);
const nodeEd: ImportPlan = {
  format: "raw",
  data: raw32,
  algorithm: { name: "NODE-ED25519", namedCurve: "NODE-ED25519" },
  usages: ["verify"],
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("trialImport maps the runtime's verdict", () => {
  it("a NotSupportedError becomes a warning: this runtime cannot confirm", async () => {
    const c = new Collector("workerd");
    expect(await trialImport(nodeEd, c)).toBeUndefined();
    expect(c.diagnostics.map((d) => [d.severity, d.code, d.pointer])).toEqual([
      ["warning", "import-unsupported-here", "/key_base64"],
    ]);
  });

  it("the portable fallback runs when the runtime lacks a workerd extension", async () => {
    const c = new Collector("workerd");
    const key = await trialImport(
      { ...nodeEd, fallback: { ...nodeEd, algorithm: { name: "Ed25519" }, when: ["NotSupportedError"] } },
      c,
    );
    expect(key?.type).toBe("public");
    expect(c.diagnostics).toEqual([]);
  });

  it("a DataError becomes an import-rejected error naming the DOMException", async () => {
    const c = new Collector("spec");
    await trialImport(
      { format: "raw", data: new Uint8Array(5), algorithm: { name: "AES-GCM" }, usages: ["encrypt"] },
      c,
    );
    expect(c.diagnostics).toHaveLength(1);
    expect(c.diagnostics[0]).toMatchObject({
      severity: "error",
      code: "import-rejected",
      pointer: "/key_base64",
    });
    expect(c.diagnostics[0]?.message).toMatch(/found DataError/);
  });

  it("no crypto.subtle at all: a warning, not a crash", async () => {
    vi.stubGlobal("crypto", undefined);
    const c = new Collector("workerd");
    expect(await trialImport(nodeEd, c)).toBeUndefined();
    expect(c.diagnostics.map((d) => d.code)).toEqual(["import-unsupported-here"]);
  });
});
