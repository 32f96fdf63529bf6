// Validator throughput for @patchbay/cloudflare-api (issue 4), one process, tinybench, interleaved rounds
// (interleave.mjs). Run: pnpm bench.
// Ours: the generated standalone validator (compiled ahead of time by tools/codegen, bundled ESM, no eval).
// Baseline: what users would otherwise pick, ajv compiling the same schema at run time — here straight from
// specs/workers-secrets.openapi.yaml, with the options the generator uses (Ajv2020, allErrors, discriminator).
// Note the baseline cannot run in Workers at all (ajv compiles with `new Function`); it is measured in Node.
import { readFileSync } from "node:fs";
import { cpus } from "node:os";
import { gzipSync } from "node:zlib";
import { Ajv2020 } from "ajv/dist/2020.js";
import { parse } from "yaml";
import { createClient } from "../dist/index.js";
import { validateSecretsPatchRequest } from "../src/generated/workers-secrets/validators.js";
import { hundredSecrets, hundredSecretsWithErrors } from "./data.mjs";
import { interleaved, printGroup } from "./interleave.mjs";

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

const rows = [];
async function group(title, tasks, options) {
  const results = await interleaved(tasks, options);
  printGroup(title, results);
  for (const r of results) rows.push({ group: title, ...r });
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

const bundle = readFileSync(new URL("../src/generated/workers-secrets/validators.js", import.meta.url));
console.log(
  `generated validators.js: ${(bundle.length / 1024).toFixed(0)} kB, ${(gzipSync(bundle, { level: 9 }).length / 1024).toFixed(0)} kB gzip`,
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
  { rounds: 3, time: 500, warmupTime: 50 },
);

// What the client adds per call, network excluded: an in-memory fetch answers at once. The baseline is what
// the official SDK does before sending (JSON.stringify, no validation, no redaction) around the same fetch.
const okText = JSON.stringify({ success: true, errors: [], messages: [], result: {} });
const memoryFetch = async () => new Response(okText, { headers: { "content-type": "application/json" } });
const client = createClient({ apiToken: "bench-token", fetch: memoryFetch });
const target = { accountId: "023e105f4ecef8ad9ca31a8372d0c353", scriptName: "bench-worker" };
const url = `https://api.cloudflare.com/client/v4/accounts/${target.accountId}/workers/scripts/w/secrets-bulk`;
await group("one call with a valid 100-secret body, in-memory fetch (client overhead, no network)", [
  [
    "@patchbay client.patchScriptSecrets (validate, send, unwrap)",
    async () => client.patchScriptSecrets({ ...target, body: valid }),
  ],
  [
    "bare: JSON.stringify + fetch + JSON.parse (SDK-style)",
    async () => {
      const response = await memoryFetch(url, { method: "PATCH", body: JSON.stringify(valid) });
      return JSON.parse(await response.text()).result;
    },
  ],
]);

if (process.env.BENCH_JSON) console.log(JSON.stringify(rows));
