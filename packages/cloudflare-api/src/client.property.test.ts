/**
 * Laws of the retry loop and of redaction, checked over generated response sequences and secret values with an
 * in-memory `fetch` (the real-socket behaviour is covered by client.test.ts).
 */

import { inspect } from "node:util";
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { createClient } from "./client.js";
import type { ClientLogEvent } from "./log-event.js";

const ACCOUNT = "023e105f4ecef8ad9ca31a8372d0c353";
const ok = () => new Response(JSON.stringify({ success: true, errors: [], messages: [], result: {} }));
const fail = (status: number, message = "failed") =>
  new Response(
    JSON.stringify({
      success: false,
      errors: [{ code: 10000 + status, message }],
      messages: [],
      result: null,
    }),
    {
      status,
    },
  );

type Step = { status: number; retryable: boolean };
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.constantFrom(429, 500, 502, 503, 599).map((status) => ({ status, retryable: true })),
  fc.constantFrom(400, 401, 403, 404, 409, 422).map((status) => ({ status, retryable: false })),
  fc.constant({ status: 200, retryable: false }), // success: false on 200
);

function harness(replies: Array<() => Response>) {
  const calls: number[] = [];
  const client = createClient({
    apiToken: "property-token",
    retries: 0,
    fetch: async () => {
      calls.push(calls.length);
      return (replies[calls.length - 1] ?? ok)();
    },
    sleep: async () => {},
  });
  return { client, calls };
}

describe("retry loop", () => {
  test.prop([fc.array(step, { maxLength: 6 }), fc.nat({ max: 5 })], { numRuns: 150 })(
    "stops at the first non-retryable answer or when retries run out; attempts = requests made",
    async (steps, retries) => {
      const calls: number[] = [];
      const client = createClient({
        apiToken: "property-token",
        retries,
        fetch: async () => {
          const s = steps[calls.length];
          calls.push(calls.length);
          return s === undefined ? ok() : fail(s.status);
        },
        sleep: async () => {},
      });
      // Reference model: walk the steps as the spec says.
      let expected: { requests: number; outcome: "ok" | number } = { requests: 0, outcome: "ok" };
      for (let i = 0; ; i++) {
        const s = steps[i];
        if (s === undefined) {
          expected = { requests: i + 1, outcome: "ok" };
          break;
        }
        if (!s.retryable || i === retries) {
          expected = { requests: i + 1, outcome: s.status };
          break;
        }
      }
      const outcome = await client.listScriptSecrets({ accountId: ACCOUNT, scriptName: "w" }).then(
        () => "ok" as const,
        (e: { status: number; attempts: number }) => {
          expect(e.attempts).toBe(calls.length);
          return e.status;
        },
      );
      expect({ requests: calls.length, outcome }).toEqual(expected);
    },
  );

  test.prop([fc.nat({ max: 3 })])("a valid call with retries 0 makes exactly one request", async (n) => {
    const { client, calls } = harness(Array.from({ length: n }, () => () => fail(503)));
    await client.listScriptSecrets({ accountId: ACCOUNT, scriptName: "w" }).catch(() => undefined);
    expect(calls).toHaveLength(1);
  });
});

describe("no secret leaves", () => {
  // A fixed prefix keeps a generated value from coinciding with the client's own words ("HTTP", "patch").
  const secret = fc.string({ maxLength: 30 }).map((s) => `S3cr3t:${s}`);
  test.prop([secret, fc.constantFrom(400, 200, 503), fc.boolean()], { numRuns: 100 })(
    "whatever the value, an echoing server cannot get it into the error or the log (with or without a logger)",
    async (value, status, withLogger) => {
      const events: ClientLogEvent[] = [];
      const client = createClient({
        apiToken: "property-token",
        retries: 1,
        sleep: async () => {},
        ...(withLogger ? { logger: (e: ClientLogEvent) => events.push(e) } : {}),
        fetch: async (_url, init) => {
          expect(String(init?.body)).toContain(JSON.stringify(value).slice(1, -1));
          return fail(status, `rejected ${value} (${JSON.stringify(value)})`);
        },
      });
      const body = { secrets: { S: { name: "S", type: "secret_text" as const, text: value } } };
      const error = (await client
        .patchScriptSecrets({ accountId: ACCOUNT, scriptName: "w", body })
        .catch((e: unknown) => e)) as Error;
      const surfaces = [
        error.message,
        String(error),
        JSON.stringify(error),
        inspect(error),
        JSON.stringify(events),
      ];
      for (const text of surfaces) expect(text).not.toContain(value);
    },
  );
});
