import { describe, expect, it } from "vitest";
import { ClientConfigError } from "./errors.js";
import { type ClientOptions, DEFAULT_BASE_URL, resolveOptions } from "./options.js";

const TOKEN = "canary-token-Zq9xW2";

function configError(options: unknown): ClientConfigError {
  try {
    resolveOptions(options as ClientOptions);
  } catch (error) {
    if (error instanceof ClientConfigError) return error;
    throw error;
  }
  throw new Error("expected a ClientConfigError");
}

describe("resolveOptions", () => {
  it("bearer token: Authorization header, defaults filled in", () => {
    const resolved = resolveOptions({ apiToken: TOKEN });
    expect(resolved.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(resolved.baseUrl).toBe(DEFAULT_BASE_URL);
    expect(resolved).toMatchObject({ timeoutMs: 60_000, retries: 3, validateResponses: false });
    expect(resolved.credentials).toEqual([TOKEN]);
  });

  it("Global API key + email: X-Auth-Key and X-Auth-Email", () => {
    const resolved = resolveOptions({ apiKey: TOKEN, email: "ops@example.com" });
    expect(resolved.headers).toMatchObject({ "x-auth-key": TOKEN, "x-auth-email": "ops@example.com" });
    expect(resolved.headers.authorization).toBeUndefined();
  });

  it("strips trailing slashes from baseUrl", () => {
    expect(resolveOptions({ apiToken: TOKEN, baseUrl: "http://127.0.0.1:8787/v4//" }).baseUrl).toBe(
      "http://127.0.0.1:8787/v4",
    );
  });

  it.each([
    ["no options object", { given: undefined, pointer: "" }],
    ["no credentials", { given: {}, pointer: "" }],
    ["token and key together", { given: { apiToken: TOKEN, apiKey: TOKEN, email: "a@b" }, pointer: "" }],
    ["key without email", { given: { apiKey: TOKEN }, pointer: "" }],
    ["empty token", { given: { apiToken: "  " }, pointer: "/apiToken" }],
    ["token not a string", { given: { apiToken: 42 }, pointer: "/apiToken" }],
    ["relative baseUrl", { given: { apiToken: TOKEN, baseUrl: "/client/v4" }, pointer: "/baseUrl" }],
    ["ftp baseUrl", { given: { apiToken: TOKEN, baseUrl: "ftp://x" }, pointer: "/baseUrl" }],
    ["negative retries", { given: { apiToken: TOKEN, retries: -1 }, pointer: "/retries" }],
    ["fractional retries", { given: { apiToken: TOKEN, retries: 1.5 }, pointer: "/retries" }],
    ["zero timeout", { given: { apiToken: TOKEN, timeoutMs: 0 }, pointer: "/timeoutMs" }],
    ["NaN timeout", { given: { apiToken: TOKEN, timeoutMs: Number.NaN }, pointer: "/timeoutMs" }],
    [
      "negative backoff",
      { given: { apiToken: TOKEN, backoff: { baseDelayMs: -1 } }, pointer: "/baseDelayMs" },
    ],
    ["fetch not a function", { given: { apiToken: TOKEN, fetch: "fetch" }, pointer: "/fetch" }],
  ])("rejects %s with a pointer, never echoing the credential", (_name, { given, pointer }) => {
    const error = configError(given);
    expect(error.code).toBe("config_invalid");
    expect(error.pointer).toBe(pointer);
    expect(error.message).toMatch(/expected .+, found .+/);
    expect(`${error.message} ${String(error)} ${JSON.stringify(error)}`).not.toContain(TOKEN);
  });
});
