import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createClient } from "./client.js";
import { CloudflareApiError, RequestValidationError, TransportError } from "./errors.js";
import type { ClientLogEvent } from "./log-event.js";
import type { ClientOptions } from "./options.js";
import { envelope, failure, startServer, type TestServer } from "./test-support/server.js";

const ACCOUNT = "023e105f4ecef8ad9ca31a8372d0c353";
const SCRIPT = "my-worker";
const BODY = JSON.parse(`{
  "secrets": {
    "API_TOKEN": { "name": "API_TOKEN", "type": "secret_text", "text": "t0ken-value" },
    "OLD": null
  }
}`);

let server: TestServer;
let delays: number[];
let events: ClientLogEvent[];

beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  delays = [];
  events = [];
});

/** A client whose waits are recorded instead of slept, so retry tests take no wall time. */
function client(extra: Partial<ClientOptions> = {}) {
  return createClient({
    apiToken: "test-token-abcdef",
    baseUrl: server.baseUrl,
    retries: 2,
    sleep: async (ms) => {
      delays.push(ms);
    },
    random: () => 0.5,
    logger: (e) => events.push(e),
    ...extra,
  } as ClientOptions);
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable("expected the call to fail"),
    (error: unknown) => error,
  );
}

describe("createClient against a real HTTP server", () => {
  it("success: sends a merge patch and unwraps result", async () => {
    const result = { API_TOKEN: { name: "API_TOKEN", type: "secret_text" } };
    server.reply({ status: 200, body: envelope(result) });
    await expect(
      client().patchScriptSecrets({ accountId: ACCOUNT, scriptName: SCRIPT, body: BODY }),
    ).resolves.toEqual(result);
    const [sent] = server.requests;
    expect(sent?.method).toBe("PATCH");
    expect(sent?.url).toBe(`/client/v4/accounts/${ACCOUNT}/workers/scripts/${SCRIPT}/secrets-bulk`);
    expect(sent?.headers["content-type"]).toBe("application/merge-patch+json");
    expect(sent?.headers.authorization).toBe("Bearer test-token-abcdef");
    expect(sent?.headers["user-agent"]).toBe("patchbay-cloudflare-api");
    expect(JSON.parse(sent?.body ?? "")).toEqual(BODY);
  });

  it("__proto__ is a secret name like any other, and the body is never mutated (deep-frozen input)", async () => {
    const body = JSON.parse('{"secrets":{"__proto__":{"name":"__proto__","type":"secret_text","text":"p"}}}');
    const freeze = (v: unknown): unknown => {
      if (typeof v === "object" && v !== null)
        for (const child of Object.values(Object.freeze(v))) freeze(child);
      return v;
    };
    freeze(body);
    server.reply({ status: 200, body: envelope({}) });
    await client().patchScriptSecrets({ accountId: ACCOUNT, scriptName: SCRIPT, body });
    expect(server.requests[0]?.body).toBe(JSON.stringify(body));
    const logged = events.find((e) => e.type === "request");
    expect(JSON.stringify(logged?.type === "request" ? logged.body : null)).toBe(
      '{"secrets":{"__proto__":{"name":"__proto__","type":"secret_text","text":"[REDACTED]"}}}',
    );
  });

  it("dispatchNamespace picks the Workers-for-Platforms operation; contentType application/json is sent", async () => {
    server.reply({ status: 200, body: envelope({}) });
    await client().patchScriptSecrets({
      accountId: ACCOUNT,
      scriptName: SCRIPT,
      dispatchNamespace: "tenants",
      body: {},
      contentType: "application/json",
    });
    expect(server.requests[0]?.url).toBe(
      `/client/v4/accounts/${ACCOUNT}/workers/dispatch/namespaces/tenants/scripts/${SCRIPT}/secrets-bulk`,
    );
    expect(server.requests[0]?.headers["content-type"]).toBe("application/json");
  });

  it("listScriptSecrets: GET …/secrets with no body, API key + email auth", async () => {
    const list = [{ name: "API_TOKEN", type: "secret_text" }];
    server.reply({ status: 200, body: envelope(list) });
    const c = client({
      apiToken: undefined,
      apiKey: "global-key-123456",
      email: "ops@example.com",
    } as Partial<ClientOptions>);
    await expect(c.listScriptSecrets({ accountId: ACCOUNT, scriptName: SCRIPT })).resolves.toEqual(list);
    const [sent] = server.requests;
    expect(sent?.method).toBe("GET");
    expect(sent?.url).toBe(`/client/v4/accounts/${ACCOUNT}/workers/scripts/${SCRIPT}/secrets`);
    expect(sent?.headers).toMatchObject({
      "x-auth-key": "global-key-123456",
      "x-auth-email": "ops@example.com",
    });
    expect(sent?.headers.authorization).toBeUndefined();
    expect(sent?.body).toBe("");
  });

  it("success: false on HTTP 200 is an error, with every code and its hint", async () => {
    server.reply({ status: 200, body: failure({ code: 10215, message: "latest version not deployed" }) });
    const error = await rejection(
      client().patchScriptSecrets({ accountId: ACCOUNT, scriptName: SCRIPT, body: BODY }),
    );
    expect(error).toBeInstanceOf(CloudflareApiError);
    expect(error).toMatchObject({ code: "api_error", status: 200, attempts: 1 });
    expect((error as CloudflareApiError).errors).toEqual([
      { code: 10215, message: "latest version not deployed" },
    ]);
    expect((error as CloudflareApiError).hints[0]).toMatch(/not deployed/);
  });

  it("4XX envelope: status, every {code, message}, hints, cf-ray; not retried", async () => {
    server.reply({
      status: 404,
      headers: { "cf-ray": "8f1e2d3c4b5a6978-AMS" },
      body: failure(
        { code: 10007, message: "This Worker does not exist on your account." },
        { code: 10000, message: "Authentication error" },
      ),
    });
    const error = (await rejection(
      client().patchScriptSecrets({ accountId: ACCOUNT, scriptName: SCRIPT, body: BODY }),
    )) as CloudflareApiError;
    expect(error).toMatchObject({
      code: "api_error",
      status: 404,
      attempts: 1,
      rayId: "8f1e2d3c4b5a6978-AMS",
    });
    expect(error.errors.map((e) => e.code)).toEqual([10007, 10000]);
    expect(error.hints).toHaveLength(2);
    expect(error.message).toContain("[10007] This Worker does not exist on your account.");
    expect(server.requests).toHaveLength(1);
  });

  it("429 with Retry-After (seconds), then success: waits exactly Retry-After", async () => {
    server.reply(
      {
        status: 429,
        headers: { "retry-after": "2" },
        body: failure({ code: 10429, message: "Too many requests" }),
      },
      { status: 200, body: envelope({}) },
    );
    await expect(
      client().patchScriptSecrets({ accountId: ACCOUNT, scriptName: SCRIPT, body: BODY }),
    ).resolves.toEqual({});
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]?.body).toBe(server.requests[0]?.body);
    expect(delays).toEqual([2000]);
    expect(events.filter((e) => e.type === "retry")).toEqual([
      {
        type: "retry",
        operationId: "worker-patch-script-secrets-bulk",
        attempt: 1,
        reason: "HTTP 429",
        delayMs: 2000,
      },
    ]);
  });

  it("429 with Retry-After as an HTTP-date is honoured too", async () => {
    const at = new Date(Date.now() + 30_000).toUTCString();
    server.reply(
      { status: 429, headers: { "retry-after": at }, body: failure({ code: 10429, message: "busy" }) },
      { status: 200, body: envelope({}) },
    );
    await client().patchScriptSecrets({ accountId: ACCOUNT, scriptName: SCRIPT, body: BODY });
    expect(delays).toHaveLength(1);
    expect(delays[0]).toBeGreaterThan(25_000);
    expect(delays[0]).toBeLessThanOrEqual(30_000);
  });

  it("429 with a Retry-After beyond the cap ends the call with retryAfterMs instead of waiting", async () => {
    server.reply({
      status: 429,
      headers: { "retry-after": "300" },
      body: failure({ code: 971, message: "rate limited" }),
    });
    const error = (await rejection(
      client().patchScriptSecrets({ accountId: ACCOUNT, scriptName: SCRIPT, body: BODY }),
    )) as CloudflareApiError;
    expect(error).toMatchObject({ status: 429, retryAfterMs: 300_000, attempts: 1 });
    expect(delays).toEqual([]);
  });

  it("5xx until retries run out: 1 + retries attempts, exponential jittered waits, last status reported", async () => {
    const unavailable = { status: 503, body: failure({ code: 10013, message: "unavailable" }) };
    server.reply(unavailable, unavailable, unavailable);
    const error = (await rejection(
      client({ backoff: { baseDelayMs: 100, maxDelayMs: 1000 } }).patchScriptSecrets({
        accountId: ACCOUNT,
        scriptName: SCRIPT,
        body: BODY,
      }),
    )) as CloudflareApiError;
    expect(error).toMatchObject({ code: "api_error", status: 503, attempts: 3 });
    expect(server.requests).toHaveLength(3);
    expect(delays).toEqual([50, 100]); // random 0.5 × ceilings 100, 200
  });

  it("no retry on 400, even with retries left", async () => {
    server.reply({ status: 400, body: failure({ code: 10021, message: "validation error" }) });
    await rejection(
      client({ retries: 5 }).patchScriptSecrets({ accountId: ACCOUNT, scriptName: SCRIPT, body: BODY }),
    );
    expect(server.requests).toHaveLength(1);
    expect(delays).toEqual([]);
  });

  it("non-JSON error body: a clean CloudflareApiError with status and an excerpt", async () => {
    server.reply({ status: 502, body: "<html><body><h1>502 Bad Gateway</h1></body></html>" });
    const error = (await rejection(
      client({ retries: 0 }).patchScriptSecrets({ accountId: ACCOUNT, scriptName: SCRIPT, body: BODY }),
    )) as CloudflareApiError;
    expect(error).toMatchObject({ code: "api_error", status: 502, errors: [], attempts: 1 });
    expect(error.message).toMatch(/HTTP 502 with a non-JSON body \(text\/html/);
    expect(error.bodyExcerpt).toContain("502 Bad Gateway");
  });

  it("a 2xx that is not an envelope is response_invalid", async () => {
    server.reply({ status: 200, body: "OK" });
    const error = await rejection(client().listScriptSecrets({ accountId: ACCOUNT, scriptName: SCRIPT }));
    expect(error).toMatchObject({ code: "response_invalid", status: 200 });
  });

  it("validateResponses: a success body breaking the response schema is response_invalid", async () => {
    server.reply({ status: 200, body: envelope([{ name: "A", type: "plain_text" }]) });
    const error = await rejection(
      client({ validateResponses: true }).listScriptSecrets({ accountId: ACCOUNT, scriptName: SCRIPT }),
    );
    expect(error).toMatchObject({ code: "response_invalid", status: 200 });
  });

  it("timeout: aborts the hanging request", async () => {
    server.reply({ status: 200, hang: true });
    const error = await rejection(
      client({ timeoutMs: 150 }).patchScriptSecrets({ accountId: ACCOUNT, scriptName: SCRIPT, body: BODY }),
    );
    expect(error).toBeInstanceOf(TransportError);
    expect(error).toMatchObject({ code: "timeout", attempts: 1 });
  });

  it("the caller's AbortSignal aborts the call", async () => {
    server.reply({ status: 200, hang: true });
    const controller = new AbortController();
    const pending = client().listScriptSecrets({
      accountId: ACCOUNT,
      scriptName: SCRIPT,
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 50);
    expect(await rejection(pending)).toMatchObject({ code: "aborted" });
  });

  it("network failure is retried, then reported as network_error", async () => {
    const closed = await startServer();
    const baseUrl = closed.baseUrl;
    await closed.close();
    const error = await rejection(
      client({ baseUrl }).listScriptSecrets({ accountId: ACCOUNT, scriptName: SCRIPT }),
    );
    expect(error).toMatchObject({ code: "network_error", attempts: 3 });
    expect(delays).toHaveLength(2);
  });
});

describe("request validation: nothing is sent", () => {
  it("lists every problem with its pointer", async () => {
    const bad = JSON.parse(`{
      "secrets": {
        "A": { "name": "A", "type": "secret_text" },
        "K": { "name": "K", "type": "secret_key", "format": "jwk", "algorithm": { "name": "ECDSA" },
               "usages": ["sign", "sign"], "key_base64": "AAAA" }
      }
    }`);
    const error = (await rejection(
      client().patchScriptSecrets({ accountId: "not-hex", scriptName: "Bad Name", body: bad }),
    )) as RequestValidationError;
    expect(error).toBeInstanceOf(RequestValidationError);
    // Order follows the generated validator's property order, which is not part of the contract.
    expect(error.issues.map((i) => `${i.pointer} ${i.keyword}`).sort()).toEqual([
      "/accountId pattern",
      "/body/secrets/A/text required",
      "/body/secrets/K/key_base64 false schema",
      "/body/secrets/K/key_jwk required",
      "/body/secrets/K/usages uniqueItems",
      "/scriptName pattern",
    ]);
    expect(server.requests).toHaveLength(0);
    expect(events).toEqual([]);
  });

  it("an unknown option (misspelt dispatchNamespace) is an error, not a call to the plain script", async () => {
    const input = { accountId: ACCOUNT, scriptName: SCRIPT, dispatchNamespce: "tenants", body: {} };
    const error = (await rejection(
      client().patchScriptSecrets(
        input as unknown as Parameters<ReturnType<typeof client>["patchScriptSecrets"]>[0],
      ),
    )) as RequestValidationError;
    expect(error.issues).toEqual([
      expect.objectContaining({ pointer: "/dispatchNamespce", keyword: "additionalProperties" }),
    ]);
    expect(server.requests).toHaveLength(0);
  });

  it("a non-object input is a RequestValidationError, not a TypeError", async () => {
    const c = client();
    const error = await rejection(
      c.listScriptSecrets(null as unknown as Parameters<typeof c.listScriptSecrets>[0]),
    );
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(server.requests).toHaveLength(0);
  });

  it("an unsupported content type is an error", async () => {
    const error = (await rejection(
      client().patchScriptSecrets({
        accountId: ACCOUNT,
        scriptName: SCRIPT,
        body: {},
        contentType: "text/plain" as "application/json",
      }),
    )) as RequestValidationError;
    expect(error.issues.map((i) => i.pointer)).toEqual(["/contentType"]);
    expect(server.requests).toHaveLength(0);
  });
});
