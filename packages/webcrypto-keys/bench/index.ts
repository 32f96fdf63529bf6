/**
 * validateSecretKey vs the bare importKey it wraps (what users would otherwise do: decode base64, import),
 * for HMAC-SHA256 raw, ECDSA P-256 pkcs8, RSA-2048 pkcs8 and Ed25519 jwk. One process, tinybench.
 * Overhead ratio = bare ops/s ÷ validate ops/s (target ≤ 1.2×).
 */
import { Bench } from "tinybench";
import { validateSecretKey } from "../src/index.js";

const subtle = globalThis.crypto.subtle;
const b64 = (b: ArrayBuffer | Uint8Array) => btoa(String.fromCharCode(...new Uint8Array(b)));
/** The baseline's decoding: atob plus a plain loop (the fastest portable way; no Buffer). */
const unb64 = (s: string) => {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
};

const hmacKey = b64(crypto.getRandomValues(new Uint8Array(32)));
const ec = (await subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, [
  "sign",
  "verify",
])) as CryptoKeyPair;
const rsa = (await subtle.generateKey(
  {
    name: "RSASSA-PKCS1-v1_5",
    modulusLength: 2048,
    publicExponent: new Uint8Array([1, 0, 1]),
    hash: "SHA-256",
  },
  true,
  ["sign", "verify"],
)) as CryptoKeyPair;
const ed = (await subtle.generateKey({ name: "Ed25519" }, true, ["sign", "verify"])) as CryptoKeyPair;
const ecPkcs8 = b64(await subtle.exportKey("pkcs8", ec.privateKey));
const rsaPkcs8 = b64(await subtle.exportKey("pkcs8", rsa.privateKey));
const edJwk = await subtle.exportKey("jwk", ed.privateKey);
delete edJwk.key_ops;
delete edJwk.ext;
edJwk.alg = "EdDSA"; // Node exports "Ed25519", which workerd rejects (validateSecretKey says so)

interface Subject {
  name: string;
  secret: Record<string, unknown>;
  bare: () => Promise<CryptoKey>;
}
const subjects: Subject[] = [
  {
    name: "HMAC-SHA256 raw",
    secret: {
      format: "raw",
      key_base64: hmacKey,
      algorithm: { name: "HMAC", hash: "SHA-256" },
      usages: ["sign"],
    },
    bare: () => subtle.importKey("raw", unb64(hmacKey), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]),
  },
  {
    name: "ECDSA P-256 pkcs8",
    secret: {
      format: "pkcs8",
      key_base64: ecPkcs8,
      algorithm: { name: "ECDSA", namedCurve: "P-256" },
      usages: ["sign"],
    },
    bare: () =>
      subtle.importKey("pkcs8", unb64(ecPkcs8), { name: "ECDSA", namedCurve: "P-256" }, false, ["sign"]),
  },
  {
    name: "RSA-2048 pkcs8",
    secret: {
      format: "pkcs8",
      key_base64: rsaPkcs8,
      algorithm: { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" },
      usages: ["sign"],
    },
    bare: () =>
      subtle.importKey("pkcs8", unb64(rsaPkcs8), { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" }, false, [
        "sign",
      ]),
  },
  {
    name: "Ed25519 jwk",
    secret: { format: "jwk", key_jwk: edJwk, algorithm: { name: "Ed25519" }, usages: ["sign"] },
    bare: () => subtle.importKey("jwk", edJwk, { name: "Ed25519" }, false, ["sign"]),
  },
];

for (const s of subjects) {
  const check = await validateSecretKey(s.secret);
  if (!check.ok)
    throw new Error(`bench subject ${s.name} does not validate: ${JSON.stringify(check.diagnostics)}`);
}

// The machine is shared, so load drifts: run the pairs in several rounds and report the median of each
// round's ratio (and the spread), rather than one long run whose halves saw different loads.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const ratios = new Map<string, number[]>();
const rates = new Map<string, { bare: number[]; ours: number[] }>();
for (let round = 0; round < ROUNDS; round++) {
  for (const s of subjects) {
    const bench = new Bench({ time: Number(process.env.BENCH_MS ?? 400), warmupTime: 100 });
    bench.add("importKey", () => s.bare().then(() => undefined));
    bench.add("validateSecretKey", () => validateSecretKey(s.secret).then(() => undefined));
    await bench.run();
    const hz = (name: string) => {
      const result = bench.tasks.find((t) => t.name === name)?.result;
      if (result?.state !== "completed")
        throw new Error(`${s.name} ${name}: ${result?.state ?? "no result"}`);
      return result.throughput.mean;
    };
    const r = rates.get(s.name) ?? { bare: [], ours: [] };
    r.bare.push(hz("importKey"));
    r.ours.push(hz("validateSecretKey"));
    rates.set(s.name, r);
    ratios.set(s.name, [...(ratios.get(s.name) ?? []), hz("importKey") / hz("validateSecretKey")]);
  }
}

const median = (xs: number[]) => {
  const a = [...xs].sort((x, y) => x - y);
  return a[Math.floor(a.length / 2)] ?? Number.NaN;
};
console.log(
  `node ${process.version}, ${process.platform}/${process.arch}, ${ROUNDS} rounds, ${new Date().toISOString()}`,
);
console.table(
  subjects.map((s) => {
    const r = ratios.get(s.name) ?? [];
    const m = median(r);
    return {
      case: s.name,
      "importKey ops/s": Math.round(median(rates.get(s.name)?.bare ?? [])),
      "validateSecretKey ops/s": Math.round(median(rates.get(s.name)?.ours ?? [])),
      "overhead × (median)": m.toFixed(2),
      "range ×": `${Math.min(...r).toFixed(2)}–${Math.max(...r).toFixed(2)}`,
      "≤ 1.2×": m <= 1.2 ? "yes" : "no",
    };
  }),
);
