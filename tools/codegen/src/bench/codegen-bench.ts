/**
 * Codegen benchmark, one process: what patchbay does (cut the official spec to the four secrets paths,
 * then generate types + standalone validators + operation table) against what users would otherwise run
 * (openapi-typescript on the whole official spec, types only). Both start from the parsed document, so the
 * shared cost of reading 12.5 MB of JSON is measured once, separately.
 *   pnpm --filter @patchbay/codegen bench        (BENCH_ITERATIONS=n to change the sample count, default 3)
 */
import { cpus } from "node:os";
import { performance } from "node:perf_hooks";
import openapiTS, { astToString } from "openapi-typescript";
import { Bench } from "tinybench";
import { cutSpec } from "../cut.js";
import { generateSpec } from "../generate.js";
import { type JsonObject, loadSpec } from "../load-spec.js";
import { OFFICIAL_MISSING, OFFICIAL_SPEC, officialSpecAvailable, SECRETS_PATHS } from "../official.js";

if (!officialSpecAvailable()) {
  console.log(`bench skipped: ${OFFICIAL_MISSING}`);
  process.exit(0);
}

const iterations = Number(process.env.BENCH_ITERATIONS ?? 3);
const t0 = performance.now();
const official = loadSpec(OFFICIAL_SPEC);
const loadMs = performance.now() - t0;

let copy: JsonObject = official;
let typesLines = 0;
let cutFiles = 0;
const CUT = "patchbay: cut secrets paths + types + validators + table";
const WHOLE = "openapi-typescript: whole spec, types only";

const bench = new Bench({ name: "codegen", iterations, time: 0, warmupIterations: 1, warmupTime: 0 });
bench
  .add(CUT, async () => {
    const result = await generateSpec(cutSpec(official, SECRETS_PATHS), { strict: false });
    cutFiles = result.files.size;
  })
  .add(
    WHOLE,
    async () => {
      const ast = await openapiTS(copy as unknown as Parameters<typeof openapiTS>[0], {
        emptyObjectsUnknown: true,
        silent: true,
      });
      typesLines = astToString(ast).split("\n").length;
    },
    // openapi-typescript may annotate its input; each run gets a fresh copy, made outside the timing.
    {
      beforeEach: () => {
        copy = structuredClone(official);
      },
    },
  );
await bench.run();

const row = (name: string) => {
  const task = bench.getTask(name);
  const r = task?.result;
  if (!r || !("latency" in r)) throw new Error(`task ${name} did not finish: ${JSON.stringify(r)}`);
  return {
    name,
    mean: r.latency.mean,
    min: r.latency.min,
    ops: r.throughput.mean,
    samples: r.latency.samples?.length ?? iterations,
  };
};
const cut = row(CUT);
const whole = row(WHOLE);
console.log(
  `machine: ${cpus()[0]?.model ?? "?"} ×${cpus().length}, node ${process.version}, ${new Date().toISOString()}`,
);
console.log(
  `official spec: ${OFFICIAL_SPEC} (load: gunzip + JSON.parse ${loadMs.toFixed(0)} ms, not in the timings below)`,
);
console.table(
  [cut, whole].map((r) => ({
    task: r.name,
    "mean ms": r.mean.toFixed(0),
    "min ms": r.min.toFixed(0),
    "ops/s": r.ops.toFixed(3),
    runs: iterations,
  })),
);
console.log(`patchbay wrote ${cutFiles} files; openapi-typescript produced ${typesLines} lines of types`);
console.log(
  `ratio: cut+generate is ${(whole.mean / cut.mean).toFixed(1)}× faster than openapi-typescript on the whole spec`,
);
