#!/usr/bin/env node
/**
 * Wall time of the built `patchbay` bin against `node -e 0` (the floor any Node CLI pays), in one process,
 * on this machine, now: `patchbay validate` on a 100-secret body and `patchbay plan` on 1,000 names.
 * Target (issue 6): ≤ 3× `node -e 0`. Each run is a real process spawn (spawnSync), timed with
 * performance.now(). `BENCH_ROUNDS=N` sets the number of rounds (default 25).
 * Run: `pnpm --filter @patchbay/cli bench` (needs `dist/`, built by turbo's bench → build).
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const bin = fileURLToPath(new URL("../dist/bin.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "patchbay-bench-"));

// 100 operations (the per-request cap): 95 secret_text values and 5 HMAC raw keys (each goes through
// WebCrypto importKey).
const secrets = {};
for (let i = 0; i < 95; i++) {
  secrets[`TEXT_${i}`] = { name: `TEXT_${i}`, type: "secret_text", text: randomBytes(48).toString("base64") };
}
for (let i = 0; i < 5; i++) {
  secrets[`HMAC_${i}`] = {
    name: `HMAC_${i}`,
    type: "secret_key",
    format: "raw",
    algorithm: { name: "HMAC", hash: "SHA-256" },
    usages: ["sign", "verify"],
    key_base64: randomBytes(32).toString("base64"),
  };
}
const body = join(dir, "body-100.json");
writeFileSync(body, JSON.stringify({ secrets }));

// 1,000 desired names in a .env file; the current list shares 500 of them and has 500 others (pruned).
const env = join(dir, "desired-1000.env");
writeFileSync(
  env,
  Array.from({ length: 1000 }, (_, i) => `NAME_${i}=${randomBytes(24).toString("hex")}`).join("\n"),
);
const current = join(dir, "current-1000.json");
const listed = Array.from({ length: 1000 }, (_, i) => ({ name: `NAME_${i + 500}`, type: "secret_text" }));
writeFileSync(current, JSON.stringify({ success: true, errors: [], messages: [], result: listed }));

// Start-up settings of the calling shell add the same constant to every spawn and so flatten the ratio:
// NODE_EXTRA_CA_CERTS alone (set on the dev box) adds ~40 ms to `node -e 0`, which turned 4.4x into 2.2x.
// Both sides run without them, so the ratio measures patchbay's own cost.
const childEnv = { ...process.env };
for (const name of ["NODE_EXTRA_CA_CERTS", "NODE_OPTIONS"]) delete childEnv[name];

function run(args, status) {
  const r = spawnSync(process.execPath, args, { encoding: "utf8", env: childEnv });
  if (r.status !== status)
    throw new Error(`${args.join(" ")} exited ${r.status}, expected ${status}: ${r.stderr}`);
}

// [arguments, expected exit code]. The 1,000-name plan is computed in full (15 chunked bodies, each
// validated) and then exits 1: 1,000 secrets exceed the 128-per-Worker limit, which plan reports.
const cases = {
  "node -e 0": [["-e", "0"], 0],
  "patchbay --version": [[bin, "--version"], 0],
  "patchbay validate (100 secrets)": [[bin, "validate", body], 0],
  "patchbay plan (1,000 names)": [[bin, "plan", "--from", env, "--current", current, "--prune"], 1],
};
for (const [args, status] of Object.values(cases)) run(args, status); // warm the file cache; fail fast

// Interleaved rounds, not tinybench: tinybench runs one task to completion before the next, and on a shared
// 2-core machine the load drifts between tasks, so its ratios compare different loads. Here every round runs
// each command once, in turn, and the ratio is of medians over the same rounds.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 25);
const samples = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, [args, status]] of Object.entries(cases)) {
    const start = performance.now();
    run(args, status);
    samples[name].push(performance.now() - start);
  }
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const baseline = median(samples["node -e 0"]);
console.log(
  `patchbay wall time, ${ROUNDS} interleaved rounds: ${cpus()[0]?.model ?? "unknown CPU"} ×${cpus().length}, ` +
    `Node ${process.version}, load average ${loadavg()[0].toFixed(1)}, ${new Date().toISOString()}`,
);
console.log("| command | median ms | mean ms | runs/s (median) | × node -e 0 (medians) | target ≤ 3× |");
console.log("|---|---:|---:|---:|---:|---|");
for (const [name, xs] of Object.entries(samples)) {
  const ratio = median(xs) / baseline;
  const target = name === "node -e 0" ? "" : ratio <= 3 ? "met" : "MISSED";
  console.log(
    `| ${name} | ${median(xs).toFixed(1)} | ${mean(xs).toFixed(1)} | ${(1000 / median(xs)).toFixed(1)} | ${ratio.toFixed(2)} | ${target} |`,
  );
}
