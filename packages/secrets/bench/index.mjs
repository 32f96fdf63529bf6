// Bench for @patchbay/secrets (runs on dist/: `pnpm bench` builds first). One process, tinybench,
// ops/s and ratios against what users would otherwise write or pick:
// - validateBulkPatch (schema + rules + key checks) vs the generated schema validator alone;
// - planSecrets on 1,000 names vs a hand-rolled Set diff + chunking (what DIY sync scripts do);
// - parseDotenv vs dotenv.parse (the package users already use; it has none of our errors/rules);
// - parseJsonText (JSON.parse + the duplicate-member scan, RFC 8259 §4) vs bare JSON.parse.
import { validateSecretsPatchRequest } from "@patchbay/cloudflare-api";
import dotenv from "dotenv";
import { Bench } from "tinybench";
import {
  createState,
  parseDotenv,
  parseJsonText,
  planSecrets,
  serializeDotenv,
  updateState,
  validateBulkPatch,
} from "../dist/index.js";

const hmac = btoa(String.fromCharCode(...Array.from({ length: 32 }, (_, i) => i)));
const body100 = {
  secrets: Object.fromEntries(
    Array.from({ length: 100 }, (_, i) => [
      `SECRET_${i}`,
      { name: `SECRET_${i}`, type: "secret_text", text: `value-${i}-${"x".repeat(40)}` },
    ]),
  ),
};
const body100keys = structuredClone(body100);
for (let i = 0; i < 10; i++) {
  body100keys.secrets[`SECRET_${i}`] = {
    name: `SECRET_${i}`,
    type: "secret_key",
    format: "raw",
    algorithm: { name: "HMAC", hash: "SHA-256" },
    usages: ["sign"],
    key_base64: hmac,
  };
}
const desired1000 = new Map(
  Array.from({ length: 1000 }, (_, i) => [`S${i}`, { kind: "text", text: `v${i}` }]),
);
const current1000 = new Map(
  Array.from({ length: 1000 }, (_, i) => [`S${i + 500}`, { name: `S${i + 500}`, type: "secret_text" }]),
);
const state = await updateState(createState(), { script: "w", desired: desired1000 });
const body100Text = JSON.stringify(body100, null, 2);
const envText = serializeDotenv(new Map([...desired1000].slice(0, 100)));

function naivePlan(desired, current) {
  const ops = [];
  for (const [name, s] of desired) ops.push([name, { name, type: "secret_text", text: s.text }]);
  for (const name of current.keys()) if (!desired.has(name)) ops.push([name, null]);
  const chunks = [];
  for (let i = 0; i < ops.length; i += 100)
    chunks.push({ secrets: Object.fromEntries(ops.slice(i, i + 100)) });
  return chunks;
}

const bench = new Bench({ time: 700, warmup: true });
bench
  .add("schema only: validateSecretsPatchRequest, 100 secrets", () => validateSecretsPatchRequest(body100))
  .add("validateBulkPatch, 100 text secrets", () => validateBulkPatch(body100))
  .add("validateBulkPatch, 90 text + 10 secret_key", () => validateBulkPatch(body100keys))
  .add("naive Set diff + chunking, 1,000 names", () => naivePlan(desired1000, current1000))
  .add("planSecrets, 1,000 names, prune", () =>
    planSecrets({ desired: desired1000, current: current1000, prune: true }),
  )
  .add("planSecrets, 1,000 names, prune + fingerprints", () =>
    planSecrets({ desired: desired1000, current: current1000, prune: true, state, script: "w" }),
  )
  .add("dotenv.parse, 100 lines", () => dotenv.parse(envText))
  .add("parseDotenv, 100 lines", () => parseDotenv(envText))
  .add("JSON.parse, 100-secret body", () => JSON.parse(body100Text))
  .add("parseJsonText (+ duplicate scan), 100-secret body", () => parseJsonText(body100Text));
await bench.run();

const hz = (name) => bench.tasks.find((t) => t.name === name)?.result?.throughput?.mean ?? Number.NaN;
const rows = bench.tasks.map((t) => ({
  task: t.name,
  "ops/s": Math.round(hz(t.name)).toLocaleString("en-US"),
  "mean ms": (1000 / hz(t.name)).toFixed(3),
}));
console.table(rows);
const ratio = (a, b) => {
  const r = hz(b) / hz(a);
  return r >= 1
    ? `${r.toFixed(1)}× slower than ${b.split(",")[0]}`
    : `${(1 / r).toFixed(1)}× faster than ${b.split(",")[0]}`;
};
console.log(
  `validateBulkPatch (100 text): ${ratio("validateBulkPatch, 100 text secrets", "schema only: validateSecretsPatchRequest, 100 secrets")}`,
);
console.log(
  `planSecrets (1,000): ${ratio("planSecrets, 1,000 names, prune", "naive Set diff + chunking, 1,000 names")}`,
);
console.log(`parseDotenv: ${ratio("parseDotenv, 100 lines", "dotenv.parse, 100 lines")}`);
console.log(
  `parseJsonText: ${ratio("parseJsonText (+ duplicate scan), 100-secret body", "JSON.parse, 100-secret body")}`,
);
console.log(`node ${process.version}, ${process.platform}/${process.arch}, ${new Date().toISOString()}`);
