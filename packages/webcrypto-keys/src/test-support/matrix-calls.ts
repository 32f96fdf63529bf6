/**
 * importKey calls generated from the algorithm matrix: every algorithm (spec and workerd extras) × every
 * format × natural key data × usages (none, each usage alone, the full allowed set), as secrets.
 */
import { ALGORITHMS, type AlgorithmSpec, FORMATS, type KeyFormat, USAGES } from "../algorithms.js";
import { encodeBase64Url } from "../base64.js";
import type { Asym, KeySet } from "./keys.js";
import { sk } from "./secret.js";

export interface NamedSecret {
  name: string;
  secret: unknown;
}

function asymFor(spec: AlgorithmSpec, k: KeySet): Asym {
  if (spec.family === "rsa") return k.rsa;
  if (spec.family === "ec") return k.ec["P-256"];
  return spec.name === "X25519" ? k.x25519 : k.ed25519;
}

function dataFor(spec: AlgorithmSpec, format: KeyFormat, k: KeySet): [string, Uint8Array | JsonWebKey][] {
  const symmetric = spec.family === "aes" || spec.family === "hmac" || spec.family === "kdf";
  if (symmetric) {
    const bytes = k.secret(32);
    if (format === "jwk") return [["oct", { kty: "oct", k: encodeBase64Url(bytes) }]];
    if (format === "raw") return [["32 bytes", bytes]];
    return [[format, format === "spki" ? k.ec["P-256"].spki : k.ec["P-256"].pkcs8]];
  }
  const a = asymFor(spec, k);
  if (format === "jwk")
    return [
      ["private", a.jwkPriv],
      ["public", a.jwkPub],
    ];
  if (format === "raw") return [["public", a.raw ?? k.secret(32)]];
  return [[format, a[format]]];
}

function params(spec: AlgorithmSpec): Record<string, unknown> {
  const out: Record<string, unknown> = { name: spec.name };
  if (spec.params.includes("hash")) out.hash = "SHA-256";
  if (spec.params.includes("namedCurve"))
    out.namedCurve = spec.name === "NODE-ED25519" ? "NODE-ED25519" : "P-256";
  return out;
}

export function matrixSecrets(k: KeySet): NamedSecret[] {
  const out: NamedSecret[] = [];
  for (const spec of ALGORITHMS) {
    for (const format of FORMATS) {
      for (const [label, data] of dataFor(spec, format, k)) {
        const allowed = [...new Set(Object.values(spec.usages).flat())];
        const variants: KeyUsage[][] = [[], ...USAGES.map((u) => [u]), allowed];
        variants.forEach((usages, i) => {
          out.push({
            name: `matrix ${spec.name} ${format} ${label} usages#${i}[${usages.join(",")}]`,
            secret: sk(format, data, params(spec), usages),
          });
        });
      }
    }
  }
  return out;
}
