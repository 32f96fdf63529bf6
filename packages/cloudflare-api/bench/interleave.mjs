// Interleaved A/B measurement for a shared, noisy machine. Why not one tinybench run per task: the task that
// runs first pays for JIT tier-up and whatever the neighbours are doing at that moment, which on a 2-core VM
// shared by several jobs moved the ratio by ±10 %. Here each group runs several short rounds, alternating which
// task goes first, and reports medians: per task the median over rounds of its median-latency throughput, and
// the median of the per-round ratios (both tasks measured back to back, so a slow moment hits both).
import { Bench } from "tinybench";

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

let sink;

/**
 * tasks: [[name, fn], …], the first is "ours"; fn may be async. Returns
 * [{ name, hz, ms, ratio, ratioMin, ratioMax }] where ratio = ours ÷ this task (> 1: ours is faster).
 */
export async function interleaved(tasks, { rounds = 7, time = 300, warmupTime = 100 } = {}) {
  const hz = tasks.map(() => []);
  const ratios = tasks.map(() => []);
  // Round -1 only warms up (JIT tiers, inline caches) and is not counted.
  for (let round = -1; round < rounds; round++) {
    const order = round % 2 === 0 ? tasks : [...tasks].reverse();
    // The warm-up round is longer: on a loaded 2-core machine V8's background compiler needs a while to
    // optimise a large validator, and rounds measured before that were up to 2× off.
    const bench = new Bench({ time: round < 0 ? 4 * time : time, warmupTime, throws: true });
    for (const [name, fn] of order)
      bench.add(
        name,
        fn.constructor.name === "AsyncFunction"
          ? async () => {
              sink = await fn();
            }
          : () => {
              sink = fn();
            },
      );
    await bench.run();
    // Median latency: robust against the odd sample a neighbour's burst or a GC pause stretches.
    const byName = new Map(bench.tasks.map((t) => [t.name, 1000 / t.result.latency.p50]));
    if (round < 0) continue;
    if (process.env.BENCH_ROUNDS)
      console.log(
        `    round ${round}: ${[...byName].map(([n, h]) => `${n.slice(0, 20)} ${Math.round(h)}`).join(", ")}`,
      );
    const roundHz = tasks.map(([name]) => byName.get(name));
    roundHz.forEach((h, i) => {
      hz[i].push(h);
      ratios[i].push(roundHz[0] / h);
    });
  }
  void sink;
  return tasks.map(([name], i) => ({
    name,
    hz: median(hz[i]),
    ms: 1000 / median(hz[i]),
    ratio: median(ratios[i]),
    ratioMin: Math.min(...ratios[i]),
    ratioMax: Math.max(...ratios[i]),
  }));
}

const fmt = (n) => (n >= 100 ? Math.round(n).toLocaleString("en-US") : n.toPrecision(3));

export function printGroup(title, results) {
  console.log(`\n## ${title}`);
  for (const r of results) {
    const spread = `(rounds ${r.ratioMin.toFixed(2)}–${r.ratioMax.toFixed(2)})`;
    console.log(
      `  ${r.name.padEnd(58)} ${fmt(r.hz).padStart(10)} ops/s ${r.ms.toFixed(4).padStart(9)} ms  ours/this ${r.ratio.toFixed(2)}× ${r === results[0] ? "" : spread}`,
    );
  }
}
