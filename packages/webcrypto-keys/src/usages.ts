/**
 * Check 6: usages allowed for the resulting key type (WebCrypto §"<ALG> > Import Key": "if usages contains
 * an entry which is not …, throw a SyntaxError"; §14.3.9 step 9: secret/private keys need ≥ 1 usage).
 */
import type { AlgorithmSpec } from "./algorithms.js";
import { oneOf, pointer } from "./describe.js";
import type { Collector, KeyType } from "./diagnostics.js";

export function checkUsages(
  spec: AlgorithmSpec,
  keyType: KeyType,
  usages: readonly KeyUsage[],
  raw: unknown,
  c: Collector,
): void {
  const allowed = spec.usages[keyType] ?? [];
  const indexOf = (u: KeyUsage) => (Array.isArray(raw) ? raw.indexOf(u) : -1);
  for (const u of usages) {
    if (allowed.includes(u)) continue;
    const want = allowed.length === 0 ? "no usages" : `usages among ${oneOf(allowed)}`;
    c.error(
      "usage-not-allowed",
      pointer("usages", indexOf(u)),
      `expected ${want} for a ${spec.name} ${keyType} key, found "${u}"`,
    );
  }
  if (usages.length === 0 && keyType !== "public") {
    c.error(
      "usages-empty",
      "/usages",
      `expected at least one usage (${oneOf(allowed)}) for a ${spec.name} ${keyType} key, found none`,
    );
  }
}
