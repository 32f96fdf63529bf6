import { chmod, mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SecretsStateError } from "./errors.js";
import { loadState, saveState } from "./node.js";
import { createState, updateState } from "./state.js";

const dir = await mkdtemp(join(tmpdir(), "patchbay-state-"));
afterAll(() => rm(dir, { recursive: true, force: true }));

// Skipped on Windows only: file modes (0600, group/other bits) are a POSIX notion that Windows does not report.
describe.skipIf(process.platform === "win32")("state file on disk (POSIX modes)", () => {
  it("saveState writes mode 0600 atomically and loadState reads it back", async () => {
    const path = join(dir, "state.json");
    const s = await updateState(createState(), {
      script: "w",
      desired: new Map([["A", { kind: "text", text: "v" }]]),
    });
    await saveState(path, s);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    const back = await loadState(path);
    expect(back.key).toBe(s.key);
    expect(back.scripts.get("w")?.get("A")).toBe(s.scripts.get("w")?.get("A"));
    expect((await readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("a missing file gives a fresh state only with create", async () => {
    const path = join(dir, "missing.json");
    expect((await loadState(path, { create: true })).scripts.size).toBe(0);
    await expect(loadState(path)).rejects.toSatisfy((e) => e instanceof SecretsStateError && e.code === "io");
  });

  it("a group- or world-readable file is refused", async () => {
    const path = join(dir, "open.json");
    await writeFile(path, "{}");
    await chmod(path, 0o644);
    await expect(loadState(path)).rejects.toSatisfy(
      (e) => e instanceof SecretsStateError && e.code === "insecure-permissions",
    );
  });
});
