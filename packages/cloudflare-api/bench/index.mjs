// Validator throughput for @patchbay/cloudflare-api (issue 4), one process, tinybench. Run: pnpm bench.
// Ours: the generated standalone validator (compiled ahead of time by tools/codegen, bundled ESM, no eval).
// Baseline: what users would otherwise pick, ajv compiling the same schema at run time — here straight from
// specs/workers-secrets.openapi.yaml, with the options the generator uses (Ajv2020, allErrors, discriminator).
// Note the baseline cannot run in Workers at all (ajv compiles with `new Function`); it is measured in Node.
import { readFileSync } from "node:fs";
import { cpus } from "node:os";
import { Ajv2020 } from "ajv/dist/2020.js";
import { Bench } from "tinybench";
import { parse } from "yaml";
import { createClient } from "../dist/index.js";
import { validateSecretsPatchRequest } from "../src/generated/workers-secrets/validators.js";
import { hundredSecrets, hundredSecretsWithErrors } from "./data.mjs";

const SPEC = new URL("../../../specs/workers-secrets.openapi.yaml", import.meta.url);
const spec = withoutDiscriminatorMappings(parse(readFileSync(SPEC, "utf8")));
const SCHEMA_REF = "patchbay-spec#/components/schemas/SecretsPatchRequest";

/**
 * ajv rejects `discriminator.mapping` ("mapping is not supported"); the spec needs it for openapi-typescript.
 * Any runtime-ajv user has to strip it, exactly as the generator does; it does not change what validates.
 */
function withoutDiscriminatorMappings(node) {
  if (Array.isArray(node)) return node.map(withoutDiscriminatorMappings);
  if (typeof node !== "object" || node === null) return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "discriminator" && typeof value === "object" && value !== null) {
      out[key] = { propertyName: value.propertyName };
    } else {
      out[key] = withoutDiscriminatorMappings(value);
    }
  }
  return out;
}

/** ajv at run time on the OpenAPI document itself: its `#/components/schemas/…` refs resolve in place. */
function runtimeAjv() {
  // strict: false because an OpenAPI document has non-JSON-Schema members (openapi, info, paths, x-sensitive).
  const ajv = new Ajv2020({ allErrors: true, discriminator: true, strict: false });
  ajv.addSchema({ ...spec, $id: "patchbay-spec" });
  const validate = ajv.getSchema(SCHEMA_REF);
  if (validate === undefined) throw new Error(`ajv found no ${SCHEMA_REF}`);
  return validate;
}

let sink;
const rows = [];
const fmt = (n) => (n >= 100 ? Math.round(n).toLocaleString("en-US") : n.toPrecision(3));

async function group(title, tasks, options = { time: 1500, warmupTime: 300 }) {
  const bench = new Bench({ ...options, throws: false });
  for (const [name, fn] of tasks)
    bench.add(name, () => {
      sink = fn();
    });
  await bench.run();
  const results = bench.tasks.map((task) => {
    const r = task.result;
    if (r.state === "errored")
      return { name: task.name, hz: 0, error: `${r.error.name}: ${r.error.message}` };
    return { name: task.name, hz: r.throughput.mean, ms: r.latency.mean, rme: r.latency.rme };
  });
  const ours = results[0].hz;
  console.log(`\n## ${title}`);
  for (const r of results) {
    console.log(
      r.error
        ? `  ${r.name.padEnd(56)} fails: ${r.error.slice(0, 60)}`
        : `  ${r.name.padEnd(56)} ${fmt(r.hz).padStart(10)} ops/s ${r.ms.toFixed(4).padStart(9)} ms  ±${r.rme.toFixed(1)}%  ours/this ${(ours / r.hz).toFixed(2)}×`,
    );
    rows.push({ group: title, ...r });
  }
}

const valid = hundredSecrets();
const invalid = hundredSecretsWithErrors();
const compiled = runtimeAjv();

// Same verdicts, or the comparison means nothing.
for (const [name, body, want] of [
  ["valid", valid, true],
  ["invalid", invalid, false],
]) {
  const ours = validateSecretsPatchRequest(body);
  const theirs = compiled(body);
  if (ours !== want || theirs !== want)
    throw new Error(`${name} body: generated ${ours}, ajv ${theirs}, want ${want}`);
  const a = validateSecretsPatchRequest.errors?.length ?? 0;
  const b = compiled.errors?.length ?? 0;
  console.log(
    `${name} 100-secret body (${JSON.stringify(body).length} bytes): ${a} errors generated, ${b} errors ajv`,
  );
}
console.log(
  `node ${process.version}, ${cpus().length} CPUs, ${cpus()[0]?.model}, ${new Date().toISOString()}`,
);

await group("validate a valid 100-secret body", [
  ["generated standalone validateSecretsPatchRequest", () => validateSecretsPatchRequest(valid)],
  ["ajv 8.20 Ajv2020, compiled at run time (warm)", () => compiled(valid)],
]);
await group("validate a 100-secret body with 5 errors (allErrors)", [
  ["generated standalone validateSecretsPatchRequest", () => validateSecretsPatchRequest(invalid)],
  ["ajv 8.20 Ajv2020, compiled at run time (warm)", () => compiled(invalid)],
]);
await group(
  "cold start: first validation (what a fresh Worker isolate pays)",
  [
    ["generated standalone (already compiled: just validate)", () => validateSecretsPatchRequest(valid)],
    ["ajv: new Ajv2020 + compile spec + validate", () => runtimeAjv()(valid)],
  ],
  { time: 1500, warmupTime: 100 },
);

// What the client adds per call, network excluded: an in-memory fetch answers at once. The baseline is what
// the official SDK does before sending (JSON.stringify, no validation, no redaction) around the same fetch.
const okText = JSON.stringify({ success: true, errors: [], messages: [], result: {} });
const memoryFetch = async () => new Response(okText, { headers: { "content-type": "application/json" } });
const client = createClient({ apiToken: "bench-token", fetch: memoryFetch });
const target = { accountId: "023e105f4ecef8ad9ca31a8372d0c353", scriptName: "bench-worker" };
const url = `https://api.cloudflare.com/client/v4/accounts/${target.accountId}/workers/scripts/w/secrets-bulk`;
const bench = new Bench({ time: 1500, warmupTime: 300, throws: false });
bench.add("@patchbay client.patchScriptSecrets (validate, redact, send)", async () => {
  sink = await client.patchScriptSecrets({ ...target, body: valid });
});
bench.add("bare: JSON.stringify + fetch + JSON.parse (SDK-style)", async () => {
  const response = await memoryFetch(url, { method: "PATCH", body: JSON.stringify(valid) });
  sink = JSON.parse(await response.text()).result;
});
await bench.run();
console.log("\n## one call with a valid 100-secret body, in-memory fetch (client overhead, no network)");
const [oursTask, bareTask] = bench.tasks.map((t) => t.result);
for (const [name, r] of [
  ["@patchbay client.patchScriptSecrets", oursTask],
  ["bare JSON.stringify + fetch + JSON.parse", bareTask],
])
  console.log(
    `  ${name.padEnd(56)} ${fmt(r.throughput.mean).padStart(10)} ops/s ${r.latency.mean.toFixed(4).padStart(9)} ms  ±${r.latency.rme.toFixed(1)}%  ours/this ${(oursTask.throughput.mean / r.throughput.mean).toFixed(2)}×`,
  );

if (process.env.BENCH_JSON) console.log(JSON.stringify(rows));
void sink;
