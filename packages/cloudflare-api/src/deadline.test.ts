import { describe, expect, it } from "vitest";
import { sleep, startDeadline } from "./deadline.js";

describe("startDeadline", () => {
  it("fires with reason timeout after timeoutMs", async () => {
    const deadline = startDeadline(20, undefined, Date.now);
    await new Promise((r) => deadline.signal.addEventListener("abort", r));
    expect(deadline.reason()).toBe("timeout");
    deadline.dispose();
  });

  it("fires with reason aborted when the caller aborts first, and the timeout then changes nothing", async () => {
    const caller = new AbortController();
    const deadline = startDeadline(30, caller.signal, Date.now);
    caller.abort();
    expect(deadline.signal.aborted).toBe(true);
    expect(deadline.reason()).toBe("aborted");
    await new Promise((r) => setTimeout(r, 40));
    expect(deadline.reason()).toBe("aborted");
    deadline.dispose();
  });

  it("an already aborted caller signal aborts at once", () => {
    const deadline = startDeadline(1000, AbortSignal.abort(), Date.now);
    expect(deadline.reason()).toBe("aborted");
    deadline.dispose();
  });

  it("dispose stops the timer", async () => {
    const deadline = startDeadline(10, undefined, Date.now);
    deadline.dispose();
    await new Promise((r) => setTimeout(r, 30));
    expect(deadline.reason()).toBeUndefined();
  });

  it("remainingMs counts down from timeoutMs and never goes below 0", () => {
    let now = 1000;
    const deadline = startDeadline(500, undefined, () => now);
    now = 1200;
    expect(deadline.remainingMs()).toBe(300);
    now = 9000;
    expect(deadline.remainingMs()).toBe(0);
    deadline.dispose();
  });
});

describe("sleep", () => {
  it("resolves after the delay", async () => {
    await expect(sleep(5, new AbortController().signal)).resolves.toBeUndefined();
  });

  it("rejects as soon as the signal aborts", async () => {
    const controller = new AbortController();
    // Resolving at all proves it: a 10 s wait would exceed vitest's 5 s test timeout.
    const pending = sleep(10_000, controller.signal);
    controller.abort("stop");
    await expect(pending).rejects.toBe("stop");
  });
});
