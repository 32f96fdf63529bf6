/**
 * Test-only worker, bundled by @patchbay/workerd-harness and run inside a real workerd:
 * - `POST /validate/<exportName>` runs that generated standalone validator on the posted JSON;
 * - `GET /eval` shows that code generation from strings (what run-time ajv compiles with) is refused;
 * - `POST /client/<scenario>` runs the real client against an in-worker fake `fetch` (workerd's default
 *   outbound service cannot reach 127.0.0.1), exercising AbortController, setTimeout and the retry loop.
 */
import { createClient } from "../client.js";
import * as validators from "../generated/workers-secrets/validators.js";
import type { ClientLogEvent } from "../log-event.js";

const ACCOUNT = "023e105f4ecef8ad9ca31a8372d0c353";
const json = (value: unknown, status = 200) =>
  new Response(JSON.stringify(value), { status, headers: { "content-type": "application/json" } });

type Scenario = (signal: AbortSignal | null | undefined, attempt: number) => Promise<Response>;

const SCENARIOS: Record<string, Scenario> = {
  // 429 (envelope), then 503 (HTML), then success.
  "retry-then-success": async (_signal, attempt) =>
    attempt === 1
      ? json({ success: false, errors: [{ code: 10429, message: "busy" }], messages: [], result: null }, 429)
      : attempt === 2
        ? new Response("<h1>503</h1>", { status: 503 })
        : json({
            success: true,
            errors: [],
            messages: [],
            result: { A: { name: "A", type: "secret_text" } },
          }),
  // Never answers; resolves only through the client's AbortSignal.
  hang: (signal) =>
    new Promise((_resolve, reject) => signal?.addEventListener("abort", () => reject(signal.reason))),
};

async function runClient(name: string, body: unknown): Promise<Response> {
  const scenario = SCENARIOS[name];
  if (scenario === undefined) return json({ error: `unknown scenario ${name}` }, 404);
  let attempt = 0;
  const events: ClientLogEvent[] = [];
  const client = createClient({
    apiToken: "workerd-token",
    fetch: async (_url, init) => scenario(init?.signal, ++attempt),
    timeoutMs: 200,
    backoff: { baseDelayMs: 1, maxDelayMs: 2 },
    logger: (e) => events.push(e),
  });
  try {
    const result = await client.patchScriptSecrets({
      accountId: ACCOUNT,
      scriptName: "w",
      body: body as never,
    });
    return json({ ok: true, result, attempts: attempt, events });
  } catch (error) {
    return json({
      ok: false,
      error: (error as Error & { toJSON(): unknown }).toJSON(),
      attempts: attempt,
      events,
    });
  }
}

export default {
  async fetch(request: Request): Promise<Response> {
    const [, kind, name = ""] = new URL(request.url).pathname.split("/");
    if (kind === "eval") {
      // What run-time ajv needs and Workers forbid: code generation from strings.
      try {
        return json({ compiled: typeof new Function("return 1") });
      } catch (error) {
        return json({ refused: (error as Error).name });
      }
    }
    if (request.method !== "POST") return json({ runtime: navigator.userAgent });
    const data: unknown = await request.json();
    if (kind === "client") return runClient(name, data);
    const validator = (validators as Record<string, unknown>)[name];
    if (typeof validator !== "function") return json({ error: `no validator ${name}` }, 404);
    const valid = (validator as (d: unknown) => boolean)(data);
    const errors = (validator as { errors?: unknown }).errors ?? null;
    return json({ valid, errors });
  },
};
