/**
 * One AbortSignal per call that fires on the caller's signal or on the call's timeout, whichever comes first,
 * and remembers which. Built from AbortController + setTimeout only (no `AbortSignal.any`/`timeout`), the
 * common subset of Node 20, browsers and workerd.
 */

export interface Deadline {
  readonly signal: AbortSignal;
  /** Why the signal fired, or `undefined` while it has not. */
  reason(): "timeout" | "aborted" | undefined;
  remainingMs(): number;
  /** Clears the timer and the listener on the caller's signal. Call in `finally`. */
  dispose(): void;
}

export function startDeadline(
  timeoutMs: number,
  callerSignal: AbortSignal | undefined,
  now: () => number,
): Deadline {
  const controller = new AbortController();
  const endsAt = now() + timeoutMs;
  let why: "timeout" | "aborted" | undefined;
  const fire = (reason: "timeout" | "aborted") => {
    if (why !== undefined) return;
    why = reason;
    controller.abort(reason);
  };
  const timer = setTimeout(() => fire("timeout"), timeoutMs);
  const onCallerAbort = () => fire("aborted");
  if (callerSignal?.aborted) fire("aborted");
  else callerSignal?.addEventListener("abort", onCallerAbort, { once: true });
  return {
    signal: controller.signal,
    reason: () => why,
    remainingMs: () => Math.max(0, endsAt - now()),
    dispose() {
      clearTimeout(timer);
      callerSignal?.removeEventListener("abort", onCallerAbort);
    },
  };
}

/** The default `sleep`: resolves after `ms`, rejects as soon as `signal` aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
