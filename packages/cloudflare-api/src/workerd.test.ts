/**
 * The generated validators and the client inside a real workerd (npm `workerd`, via @patchbay/workerd-harness):
 * proof that they are Workers-safe (no eval/new Function, no require, no Node API), not an assumption.
 * Validation results inside workerd must equal the same validators' results in Node.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type RunningWorker, startWorker } from "@patchbay/workerd-harness";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import * as validators from "./generated/workers-secrets/validators.js";

const SPEC = new URL("../../../specs/workers-secrets.openapi.yaml", import.meta.url);
type Json = Record<string, unknown>;

/** Every example in the spec, paired with the validator of the schema it illustrates. */
function specExamples(): Array<[string, string, unknown]> {
  const doc = parse(readFileSync(SPEC, "utf8")) as Json;
  const components = doc.components as Record<string, Record<string, Json>>;
  const out: Array<[string, string, unknown]> = [];
  const refName = (schema: unknown) =>
    String((schema as Json | undefined)?.$ref ?? "")
      .split("/")
      .pop() ?? "";
  const fromMedia = (where: string, media: Json) => {
    const name = refName(media.schema);
    if (media.example !== undefined) out.push([`${where} example`, `validate${name}`, media.example]);
    for (const [key, ex] of Object.entries((media.examples ?? {}) as Record<string, Json>))
      out.push([`${where} ${key}`, `validate${name}`, ex.value]);
  };
  for (const group of ["requestBodies", "responses"])
    for (const [name, def] of Object.entries(components[group] ?? {}))
      for (const [type, media] of Object.entries((def.content ?? {}) as Record<string, Json>))
        fromMedia(`${group}/${name} ${type}`, media);
  for (const [name, schema] of Object.entries(components.schemas ?? {}))
    for (const [i, ex] of ((schema.examples ?? []) as unknown[]).entries())
      out.push([`schemas/${name} #${i}`, `validate${name}`, ex]);
  return out;
}

const secretKey = {
  name: "K",
  type: "secret_key",
  format: "raw",
  algorithm: { name: "HMAC", hash: "SHA-256" },
  usages: ["sign"],
  key_base64: "AAAA",
};
const WRONG: Array<[string, unknown]> = [
  ["secrets is not an object", { secrets: [] }],
  ["unknown secret type", { secrets: { A: { name: "A", type: "secret_txt", text: "x" } } }],
  ["secret_text without text", { secrets: { A: { name: "A", type: "secret_text" } } }],
  ["a bare string value (wrangler's input format)", { secrets: { A: "value" } }],
  ["jwk format with key_base64", { secrets: { K: { ...secretKey, format: "jwk" } } }],
  ["raw format with key_jwk", { secrets: { K: { ...secretKey, key_jwk: { kty: "oct" } } } }],
  ["duplicate usages", { secrets: { K: { ...secretKey, usages: ["sign", "sign"] } } }],
  ["unknown usage", { secrets: { K: { ...secretKey, usages: ["fly"] } } }],
  ["algorithm without name", { secrets: { K: { ...secretKey, algorithm: {} } } }],
];

let worker: RunningWorker;
beforeAll(async () => {
  worker = await startWorker({
    entry: fileURLToPath(new URL("./test-support/workerd-worker.ts", import.meta.url)),
  });
}, 60_000);
afterAll(async () => worker?.close());

async function post(path: string, body: unknown): Promise<Json> {
  const response = await fetch(`${worker.url}${path}`, { method: "POST", body: JSON.stringify(body) });
  return (await response.json()) as Json;
}

function inNode(name: string, data: unknown): { valid: boolean; errors: unknown } {
  const validator = (validators as Record<string, ((d: unknown) => boolean) & { errors?: unknown }>)[name];
  if (validator === undefined) throw new Error(`no generated validator ${name}`);
  const valid = validator(data);
  return { valid, errors: JSON.parse(JSON.stringify(validator.errors ?? null)) };
}

describe("inside workerd", () => {
  it("really is workerd", async () => {
    expect(await (await fetch(worker.url)).json()).toEqual({ runtime: "Cloudflare-Workers" });
  });

  it("refuses new Function, so run-time ajv could not compile here: the validators must be standalone", async () => {
    expect(await (await fetch(`${worker.url}/eval`)).json()).toEqual({ refused: "EvalError" });
  });

  const examples = specExamples();
  it(`found the spec's examples (${examples.length})`, () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
  });

  it.each(examples)("spec example %s passes %s, as in Node", async (_where, name, data) => {
    const result = await post(`/validate/${name}`, data);
    expect(result).toEqual(inNode(name, data));
    expect(result.valid).toBe(true);
  });

  it.each(WRONG)("wrong body (%s) fails with the same errors as in Node", async (_name, data) => {
    const result = await post("/validate/validateSecretsPatchRequest", data);
    expect(result).toEqual(inNode("validateSecretsPatchRequest", data));
    expect(result.valid).toBe(false);
    expect((result.errors as unknown[]).length).toBeGreaterThan(0);
  });

  it("the client retries 429 and an HTML 503, then unwraps the result", async () => {
    const result = await post("/client/retry-then-success", {
      secrets: { A: { name: "A", type: "secret_text", text: "v4lue-in-workerd" } },
    });
    expect(result).toMatchObject({
      ok: true,
      attempts: 3,
      result: { A: { name: "A", type: "secret_text" } },
    });
    const retries = (result.events as Json[]).filter((e) => e.type === "retry").map((e) => e.reason);
    expect(retries).toEqual(["HTTP 429", "HTTP 503"]);
    expect(JSON.stringify(result.events)).not.toContain("v4lue-in-workerd");
  });

  it("the client's timeout fires through AbortController + setTimeout", async () => {
    const result = await post("/client/hang", {});
    expect(result).toMatchObject({
      ok: false,
      attempts: 1,
      error: { code: "timeout", name: "TransportError" },
    });
  });

  it("the client rejects an invalid body inside workerd without calling fetch", async () => {
    const result = await post("/client/hang", { secrets: { A: { name: "A", type: "secret_text" } } });
    expect(result).toMatchObject({ ok: false, attempts: 0, error: { code: "request_invalid" } });
  });
});
