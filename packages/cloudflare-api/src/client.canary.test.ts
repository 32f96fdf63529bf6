/**
 * Planted canaries: secret values and credentials go out on the wire (asserted, so these tests cannot pass
 * vacuously) and must never come back in an error's message, toString, toJSON, inspect output or stack, nor in
 * any logger event — even when the server echoes them.
 */
import { inspect } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createClient } from "./client.js";
import type { ClientLogEvent } from "./log-event.js";
import type { ClientOptions } from "./options.js";
import { envelope, failure, startServer, type TestServer } from "./test-support/server.js";

const TEXT = "CANARY-text-7f3a9c";
const B64 = "Q0FOQVJZLWI2NC03ZjNhOWM=";
const JWK_D = "CANARY-jwk-d-7f3a9c";
const TOKEN = "CANARY-token-7f3a9c";
const API_KEY = "CANARY-apikey-7f3a9c";
const CANARIES = [TEXT, B64, JWK_D, TOKEN, API_KEY];

const ACCOUNT = "023e105f4ecef8ad9ca31a8372d0c353";
const BODY = JSON.parse(`{
  "secrets": {
    "T": { "name": "T", "type": "secret_text", "text": "${TEXT}" },
    "R": { "name": "R", "type": "secret_key", "format": "raw", "algorithm": { "name": "HMAC", "hash": "SHA-256" },
           "usages": ["sign"], "key_base64": "${B64}" },
    "J": { "name": "J", "type": "secret_key", "format": "jwk", "algorithm": { "name": "ECDSA", "namedCurve": "P-256" },
           "usages": ["sign"], "key_jwk": { "kty": "EC", "crv": "P-256", "d": "${JWK_D}" } }
  }
}`);

let server: TestServer;
let events: ClientLogEvent[];
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  events = [];
});

const options = (extra: Record<string, unknown> = {}): ClientOptions =>
  ({
    apiToken: TOKEN,
    baseUrl: server.baseUrl,
    retries: 1,
    sleep: async () => {},
    logger: (e: ClientLogEvent) => events.push(e),
    ...extra,
  }) as ClientOptions;

function surfaces(error: unknown): string {
  const e = error as Error;
  return [
    e.message,
    String(e),
    JSON.stringify(e),
    inspect(e, { depth: 20 }),
    e.stack,
    JSON.stringify(events),
  ].join("\n");
}

function expectNoCanary(text: string): void {
  for (const canary of CANARIES) expect(text).not.toContain(canary);
}

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable("expected a failure"),
    (e: unknown) => e,
  );
}

const echo = `value ${TEXT} key ${B64} d=${JWK_D} auth ${TOKEN}`;

describe("canaries", () => {
  it("are sent on the wire (so the other tests are meaningful), and the log shows [REDACTED] instead", async () => {
    server.reply({ status: 200, body: envelope({ T: { name: "T", type: "secret_text" } }) });
    await createClient(options()).patchScriptSecrets({ accountId: ACCOUNT, scriptName: "w", body: BODY });
    for (const value of [TEXT, B64, JWK_D]) expect(server.requests[0]?.body).toContain(value);
    expect(server.requests[0]?.headers.authorization).toContain(TOKEN);
    expect(JSON.stringify(events)).toContain("[REDACTED]");
    expectNoCanary(JSON.stringify(events));
  });

  it.each([
    [
      "a 400 envelope echoing them in errors and messages",
      {
        status: 400,
        body: { ...failure({ code: 10021, message: echo }), messages: [{ code: 10021, message: echo }] },
      },
    ],
    [
      "a 200 with success: false echoing them",
      { status: 200, body: failure({ code: 10053, message: echo }) },
    ],
    ["a non-JSON 502 echoing them raw", { status: 502, body: `<pre>${echo}</pre>` }],
    ["a non-JSON 500 echoing them JSON-escaped", { status: 500, body: JSON.stringify(echo).repeat(2) }],
  ])("never leak through %s (after retries)", async (_name, reply) => {
    server.reply(reply, reply);
    const error = await failureOf(
      createClient(options()).patchScriptSecrets({ accountId: ACCOUNT, scriptName: "w", body: BODY }),
    );
    expect(surfaces(error)).toContain("[REDACTED]");
    expectNoCanary(surfaces(error));
  });

  it("never leak through a RequestValidationError of a body that holds them", async () => {
    const bad = structuredClone(BODY);
    bad.secrets.T.type = "secret_txt";
    bad.secrets.R.usages = ["fly"];
    bad.secrets.J.key_base64 = B64;
    const error = await failureOf(
      createClient(options()).patchScriptSecrets({ accountId: ACCOUNT, scriptName: "w", body: bad }),
    );
    expect((error as Error).name).toBe("RequestValidationError");
    expectNoCanary(surfaces(error));
    expect(server.requests).toHaveLength(0);
  });

  it("never leak through a timeout or with Global API key auth", async () => {
    server.reply({ status: 200, hang: true });
    const c = createClient(
      options({ apiToken: undefined, apiKey: API_KEY, email: "ops@example.com", timeoutMs: 100 }),
    );
    const error = await failureOf(c.patchScriptSecrets({ accountId: ACCOUNT, scriptName: "w", body: BODY }));
    expect((error as Error).name).toBe("TransportError");
    expect(server.requests[0]?.headers["x-auth-key"]).toBe(API_KEY);
    expectNoCanary(surfaces(error));
    expect(JSON.stringify(events)).not.toContain("ops@example.com");
  });

  it("the client object itself reveals no credential", () => {
    const c = createClient(options());
    expectNoCanary(`${JSON.stringify(c)} ${inspect(c, { depth: 20, showHidden: true })} ${String(c)}`);
  });
});
