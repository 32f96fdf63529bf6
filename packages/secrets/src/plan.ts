/**
 * Desired state + current state (+ fingerprints) → a plan: what each name will undergo, and the
 * RFC 7396 bodies that do it, chunked to the per-request operation cap. Each body is built with
 * @patchbay/merge-patch: the `diff` from the known current state to the desired one (`chunkedPatches`).
 *
 * Values cannot be read back from Cloudflare, so an existing name is "will overwrite" unless the
 * state file's fingerprint proves the value equal. Explicit deletes (`null`, `# patchbay:delete`) are
 * always planned; names merely absent from the file are deleted only with `prune`.
 */
import { PlanError } from "./errors.js";
import { type AccountPlan, checkLimitOptions, MAX_OPERATIONS, MAX_SECRETS } from "./limits.js";
import type { CurrentSecrets, DesiredSecret, DesiredSecrets, SecretPatchValue, SecretType } from "./model.js";
import { chunkedPatches, toPatchValue } from "./patch-body.js";
import type { Plan } from "./plan-types.js";
import { fingerprint, type SecretsState, type SettableSecret } from "./state.js";

export interface PlanOptions {
  desired: DesiredSecrets;
  /** From parseCurrentSecrets; without it, sets are "current unknown" and prune is refused. */
  current?: CurrentSecrets | undefined;
  prune?: boolean;
  /** Fingerprint state; needs `script`. */
  state?: SecretsState | undefined;
  script?: string | undefined;
  /** Operations per request (default 100). */
  maxOperations?: number;
  /** Used to order deletes first when creates would otherwise overflow the per-script limit. */
  plan?: AccountPlan;
}

/**
 * @throws PlanError for option combinations that cannot give an honest plan; MergePatchError `NOT_JSON`
 * (with a pointer, no value) when a desired secret object holds something JSON cannot carry.
 */
export async function planSecrets(options: PlanOptions): Promise<Plan> {
  const { desired, current, state, script } = options;
  const max = options.maxOperations ?? MAX_OPERATIONS;
  checkLimitOptions(options);
  if (options.prune && !current)
    throw new PlanError(
      "prune-needs-current",
      "prune needs the current secrets (a GET …/secrets response) to know what to delete",
    );
  if (state && script === undefined)
    throw new PlanError("state-needs-script", "a fingerprint state needs the script name it records");
  const plan: Plan = { creates: [], updates: [], deletes: [], unchanged: [], patches: [] };
  const sets: [string, DesiredSecret][] = [];
  const recordedOf = (name: string) =>
    script === undefined ? undefined : state?.scripts.get(script)?.get(name);
  // Fingerprints only where one is recorded, computed concurrently (WebCrypto is async per call).
  const fingerprints = new Map(
    await Promise.all(
      [...desired]
        .filter(([name, s]) => s.kind !== "delete" && recordedOf(name) !== undefined)
        .map(async ([name, secret]) => {
          const fp = await fingerprint(state as SecretsState, {
            script: script as string,
            name,
            secret: secret as SettableSecret,
          });
          return [name, fp] as const;
        }),
    ),
  );
  const names = [...desired.keys()].sort();
  for (const name of names) {
    const secret = desired.get(name) as DesiredSecret;
    const now = current?.get(name);
    if (secret.kind === "delete") {
      if (current && !now) plan.unchanged.push({ name, reason: "already absent" });
      else plan.deletes.push({ name, ...(now ? { type: now.type } : {}), reason: "explicit" });
      continue;
    }
    const type: SecretType = secret.kind === "text" ? "secret_text" : "secret_key";
    if (current && !now) {
      plan.creates.push({ name, type });
      sets.push([name, secret]);
      continue;
    }
    const recorded = recordedOf(name);
    const same = recorded !== undefined && recorded === fingerprints.get(name);
    if (now && now.type !== type) plan.updates.push({ name, type, from: now.type, reason: "type changes" });
    else if (same && now) plan.unchanged.push({ name, type, reason: "fingerprint matches" });
    else if (!now) plan.updates.push({ name, type, reason: "current unknown" });
    else
      plan.updates.push({
        name,
        type,
        reason: recorded === undefined ? "will overwrite" : "fingerprint differs",
      });
    if (!(same && now && now.type === type)) sets.push([name, secret]);
  }
  if (options.prune && current) {
    for (const name of [...current.keys()].sort()) {
      if (!desired.has(name))
        plan.deletes.push({ name, type: (current.get(name) as { type: SecretType }).type, reason: "prune" });
    }
  }
  const setOps = sets.map(([name, secret]) => [name, toPatchValue(name, secret)] as const);
  const deleteOps = plan.deletes.map((d) => [d.name, null] as const);
  // Deletes go last (a failed later chunk then leaves old values in place), unless the creates
  // would overflow the per-script limit before the deletes make room.
  const limit = MAX_SECRETS[options.plan ?? "paid"];
  const deletesFirst = current !== undefined && current.size + plan.creates.length > limit;
  const ops = deletesFirst ? [...deleteOps, ...setOps] : [...setOps, ...deleteOps];
  plan.patches = chunkedPatches(ops, max, current); // built with @patchbay/merge-patch's diff
  if (current) plan.resulting = resultingNames(current, ops);
  return plan;
}

/**
 * RFC 7396 §2 on the top level of the name document: what the script holds once every chunk is applied.
 * Each name occurs in one operation only, so applying all operations at once equals applying the chunks in
 * order (the plan tests check that law with `compose`). At the top level a merge patch is just "null removes
 * the name, anything else sets it", so a Set does it. Building the two 1,000-member objects `apply` needed
 * was most of planSecrets' cold cost on 1,000 names (V8 adds a map transition per new member): 20 → 11 ms.
 */
function resultingNames(current: CurrentSecrets, ops: (readonly [string, SecretPatchValue])[]): string[] {
  const names = new Set(current.keys());
  for (const [name, value] of ops) {
    if (value === null) names.delete(name);
    else names.add(name);
  }
  return [...names].sort();
}
