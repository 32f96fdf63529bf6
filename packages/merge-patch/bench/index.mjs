// Benchmark for @patchbay/merge-patch (issue 3), one process, tinybench. Run: pnpm bench (builds dist first).
// Compares against what users would otherwise pick: npm json-merge-patch 1.0.2 (in place, and on a
// structuredClone copy, which is what a caller that must not mutate pays) and fast-json-patch 3.1.1, with a
// plain recursive deep-equal as the floor for diff. Prints ops/s, ms/op and ratios, then the targets.
import { cpus } from "node:os";
import fjp from "fast-json-patch";
import jmp from "json-merge-patch";
import { Bench } from "tinybench";
import { apply, diff, toJsonPatch } from "../dist/index.js";
import { chain, largeDocument, smallPatch, widePair } from "./data.mjs";

/** The floor: a typical recursive deep-equal (fast-deep-equal style). */
function deepEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const k of keys) if (!Object.hasOwn(b, k) || !deepEqual(a[k], b[k])) return false;
  return true;
}

let sink;
const fmt = (n) => (n >= 100 ? Math.round(n).toLocaleString("en-US") : n.toPrecision(3));

/**
 * Runs one workload; the first task is ours, and every ratio is ours ÷ that task (ops/s). The machine this
 * runs on is shared, and a load spike can cover a whole task: so the group runs `rounds` times (each task
 * `time` ms per round, tasks interleaved round by round), a task's time is the median latency of a round,
 * and the table shows its best round ("spread": worst round ÷ best round - 1).
 */
async function group(title, tasks, options = { time: 500, warmupTime: 200 }, rounds = 3) {
  const best = new Map();
  for (let round = 0; round < rounds; round++) {
    const bench = new Bench({ ...options, throws: false });
    for (const [name, fn] of tasks) {
      bench.add(name, () => {
        sink = fn();
      });
    }
    await bench.run();
    for (const task of bench.tasks) {
      const r = task.result;
      const seen = best.get(task.name) ?? { min: Number.POSITIVE_INFINITY, max: 0 };
      if (r.state === "errored") seen.error = `${r.error.name}: ${r.error.message}`;
      else {
        seen.min = Math.min(seen.min, r.latency.p50);
        seen.max = Math.max(seen.max, r.latency.p50);
      }
      best.set(task.name, seen);
    }
  }
  const results = [...best].map(([name, { min, max, error }]) =>
    error ? { name, hz: 0, error } : { name, hz: 1000 / min, ms: min, spread: (max / min - 1) * 100 },
  );
  console.log(
    `\n## ${title}\n| task | ops/s | ms/op | spread | first row ÷ this |\n|---|---:|---:|---:|---:|`,
  );
  for (const r of results) {
    if (r.error) console.log(`| ${r.name} | fails: ${r.error.slice(0, 50)} | | | |`);
    else {
      const ratio = results[0].hz / r.hz;
      console.log(
        `| ${r.name} | ${fmt(r.hz)} | ${r.ms.toFixed(3)} | ${r.spread.toFixed(0)}% | ${ratio.toFixed(2)}× |`,
      );
    }
  }
  return Object.fromEntries(results.map((r) => [r.name, r.hz]));
}

console.log(
  `node ${process.version}, ${cpus().length} CPUs, ${cpus()[0]?.model}, ${new Date().toISOString()}`,
);

// As a caller would have it: parsed from JSON text.
const doc = JSON.parse(JSON.stringify(largeDocument()));
const patch = smallPatch();
const size = `${(JSON.stringify(doc).length / 1024).toFixed(0)} KiB`;
const patchSize = `${(JSON.stringify(patch).length / 1024).toFixed(1)} KiB`;
// Separate copies for libraries that mutate, so ours always sees the pristine document.
const jmpInPlace = structuredClone(doc);
const fjpInPlace = structuredClone(doc);
const ops = toJsonPatch(patch, doc);
const applied = await group(`apply: ${size} document, ${patchSize} patch (52 of 2,400 records)`, [
  ["ours: apply (immutable, whole target checked)", () => apply(doc, patch)],
  ["ours: apply, trustTarget", () => apply(doc, patch, { trustTarget: true })],
  ["json-merge-patch apply (in place, mutates)", () => jmp.apply(jmpInPlace, patch)],
  ["json-merge-patch apply on a structuredClone copy", () => jmp.apply(structuredClone(doc), patch)],
  [
    "fast-json-patch applyPatch of toJsonPatch ops (in place)",
    () => fjp.applyPatch(fjpInPlace, ops, false, true),
  ],
]);

// Independent parses: no shared references, so nothing can short-cut on identity.
const docText = JSON.stringify(largeDocument());
const before = JSON.parse(docText);
const beforeCopy = JSON.parse(docText);
const after = JSON.parse(JSON.stringify(apply(before, patch)));
const sharedAfter = apply(before, patch);
const diffed = await group("diff: the 1 MB document before/after the patch (independently parsed)", [
  ["ours: diff", () => diff(before, after)],
  ["json-merge-patch generate", () => jmp.generate(before, after)],
  ["fast-json-patch compare (RFC 6902)", () => fjp.compare(before, after)],
  ["deep-equal, before vs an equal copy (full walk: the floor)", () => deepEqual(before, beforeCopy)],
  ["deep-equal of the pair itself (stops at the 1st difference)", () => deepEqual(before, after)],
  ["ours: diff of a pair sharing structure (after = apply(before, p))", () => diff(before, sharedAfter)],
]);

const wide = widePair(50000);
const wideCopy = structuredClone(wide.before);
const wideDiffed = await group("diff: 50,000-member flat object (1% edited, 0.5% deleted, 0.5% added)", [
  ["ours: diff", () => diff(wide.before, wide.after)],
  ["fast-json-patch compare (RFC 6902)", () => fjp.compare(wide.before, wide.after)],
  ["deep-equal, before vs an equal copy (full walk: the floor)", () => deepEqual(wide.before, wideCopy)],
]);
// json-merge-patch generate is quadratic in width (seconds per call here): 3 iterations, no warmup.
const wideJmp = await group(
  "diff: 50,000-member flat object, json-merge-patch generate (3 iterations)",
  [["json-merge-patch generate", () => jmp.generate(wide.before, wide.after)]],
  { time: 0, iterations: 3, warmup: false },
  1,
);

for (const depth of [10_000, 100_000]) {
  const target = chain(depth, 0);
  const deepPatch = chain(depth, 1);
  const inPlace = chain(depth, 0);
  await group(
    `apply: depth ${depth.toLocaleString("en-US")}`,
    [
      ["ours: apply", () => apply(target, deepPatch)],
      ["json-merge-patch apply (in place)", () => jmp.apply(inPlace, deepPatch)],
      [
        "json-merge-patch apply on a structuredClone copy",
        () => jmp.apply(structuredClone(target), deepPatch),
      ],
    ],
    { time: 400, warmupTime: 100 },
  );
}

console.log("\n## Targets (issue 3)\n| target | measured | goal | |\n|---|---:|---:|---|");
const check = (label, value, goal) =>
  console.log(`| ${label} | ${value.toFixed(2)} | ≥ ${goal} | ${value >= goal ? "met" : "**missed**"} |`);
const inPlace = applied["json-merge-patch apply (in place, mutates)"];
const onCopy = applied["json-merge-patch apply on a structuredClone copy"];
for (const [mode, label] of [
  ["ours: apply (immutable, whole target checked)", "apply 1 MB (checked)"],
  ["ours: apply, trustTarget", "apply 1 MB (trustTarget)"],
]) {
  check(`${label} ÷ json-merge-patch in place`, applied[mode] / inPlace, 1);
  check(`${label} ÷ json-merge-patch on a copy`, applied[mode] / onCopy, 20);
}
check("diff 1 MB ÷ json-merge-patch generate", diffed["ours: diff"] / diffed["json-merge-patch generate"], 1);
check(
  "diff 50k ÷ json-merge-patch generate",
  wideDiffed["ours: diff"] / wideJmp["json-merge-patch generate"],
  100,
);
const floor = "deep-equal, before vs an equal copy (full walk: the floor)";
check("diff 1 MB ÷ deep-equal floor, × 2 (within 2×)", (2 * diffed["ours: diff"]) / diffed[floor], 1);
check("diff 50k ÷ deep-equal floor, × 2 (within 2×)", (2 * wideDiffed["ours: diff"]) / wideDiffed[floor], 1);
void sink;
