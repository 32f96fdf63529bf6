import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningWorker, startWorker, workerdConfig } from "./index.js";

describe("startWorker", () => {
  let worker: RunningWorker;
  beforeAll(async () => {
    worker = await startWorker({
      entry: fileURLToPath(new URL("./fixtures/echo-worker.ts", import.meta.url)),
    });
  }, 30_000);
  afterAll(async () => worker?.close());

  it("serves the bundled module from a real workerd", async () => {
    const response = await fetch(worker.url, { method: "POST", body: "hello" });
    expect(await response.json()).toEqual({ runtime: "Cloudflare-Workers", bytes: 32 });
  });
});

describe("workerdConfig", () => {
  it("quotes flags and the module file", () => {
    const text = workerdConfig({
      moduleFile: "w.js",
      port: 1,
      compatibilityDate: "2024-09-23",
      compatibilityFlags: ["nodejs_compat"],
    });
    expect(text).toContain('embed "w.js"');
    expect(text).toContain('compatibilityFlags = [ "nodejs_compat" ]');
    expect(text).toContain('address = "127.0.0.1:1"');
  });
});
