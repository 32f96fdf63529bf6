/**
 * `patchbay plan --from <file> [--current <list.json>] [--prune] [--state <file>] [--out <dir>]`: what a
 * secrets file would do to a script (create / update / delete / unchanged, by name and type, never a value),
 * via @patchbay/secrets' `planSecrets` and `renderPlan`. Every chunked body is run through
 * `validateBulkPatch` first; with `--out` the bodies are written (mode 0600) only when all are valid.
 */
import { join } from "node:path";
import { CliError } from "../cli-error.js";
import { type DiagnosticLike, renderDiagnostics } from "../diagnostics.js";
import { assertSingleStdin, type Io } from "../io.js";
import { stringifyJson } from "../json-text.js";
import { createOutput } from "../output.js";
import { InputFailure } from "../report-error.js";
import { type InputFormat, readCurrent, readDesired } from "../secrets-input.js";
import { ensureDirectory, writePrivateFile } from "../write-private.js";

export async function run(io: Io, _args: string[], opts: Record<string, unknown>): Promise<number> {
  const from = String(opts.from);
  const stateFile = typeof opts.state === "string" ? opts.state : undefined;
  if (stateFile === "-") {
    throw new CliError("USAGE", "expected a file path for --state (it is read and written), found -");
  }
  assertSingleStdin([from, ...[opts.current, opts.state].filter((s) => typeof s === "string")]);
  const { desired, locate } = await readDesired(io, from, opts.format as InputFormat | undefined);
  const current = typeof opts.current === "string" ? await readCurrent(io, opts.current) : undefined;
  const secrets = await import("@patchbay/secrets");
  const script = String(opts.script);
  const stateIo = stateFile === undefined ? undefined : await import("@patchbay/secrets/node");
  // A missing state file is an empty one: no fingerprints yet, so nothing can be proven unchanged.
  const state =
    stateFile === undefined
      ? undefined
      : await stateIo?.loadState(stateFile, { create: true }).catch((error: unknown) => {
          throw new InputFailure(error, stateFile); // its pointer is into the state file
        });
  const accountPlan = opts.free === true ? "free" : "paid";
  const maxOperations = typeof opts.maxOperations === "number" ? opts.maxOperations : undefined;
  const plan = await secrets
    .planSecrets({
      desired,
      current,
      prune: opts.prune === true,
      state,
      script,
      plan: accountPlan,
      ...(maxOperations === undefined ? {} : { maxOperations }),
    })
    .catch((error: unknown) => {
      // A MergePatchError (a value that no merge patch can carry) points into the body built from --from.
      throw (error as { argument?: unknown }).argument === undefined ? error : new InputFailure(error, from);
    });

  // Each body is validated as it will be sent, without `current`: request k runs after requests 1…k-1, so
  // the per-script limit is checked once, on the names the script holds after all of them.
  const reports = await Promise.all(
    plan.patches.map((body) =>
      secrets.validateBulkPatch(body, {
        plan: accountPlan,
        runtime: opts.runtime === "spec" ? "spec" : "workerd",
        ...(maxOperations === undefined ? {} : { maxOperations }),
      }),
    ),
  );
  // Each finding also gets where its secret is in the --from file (`file:line:column`).
  const diagnostics: DiagnosticLike[] = reports.flatMap((r, i) =>
    r.diagnostics.map((d) => {
      const at = locate(d.pointer);
      return { ...d, request: i + 1, ...(at === undefined ? {} : { source: from, ...at }) };
    }),
  );
  const limit = secrets.MAX_SECRETS[accountPlan];
  if (plan.resulting !== undefined && plan.resulting.length > limit) {
    diagnostics.push({
      severity: "error",
      code: "too-many-secrets",
      pointer: "",
      message: `expected at most ${limit} secrets per Worker on the ${accountPlan} plan, found ${plan.resulting.length} after all ${plan.patches.length} requests (plain-text vars count too)`,
    });
  }
  const ok = diagnostics.every((d) => d.severity !== "error");

  const out = createOutput(io, opts.json === true);
  out.line(secrets.renderPlan(plan, { color: out.color.isColorSupported }));
  if (diagnostics.length > 0) renderDiagnostics(out, diagnostics, "the plan");

  const written: string[] = [];
  if (ok && typeof opts.out === "string") {
    await ensureDirectory(opts.out);
    for (const [i, body] of plan.patches.entries()) {
      const path = join(opts.out, `patch-${String(i + 1).padStart(3, "0")}.json`);
      await writePrivateFile(path, `${stringifyJson(body)}\n`);
      written.push(path);
    }
    out.note(
      out.color.dim(
        `wrote ${written.length} request bod${written.length === 1 ? "y" : "ies"} to ${opts.out} (mode 0600: they hold the secret values)`,
      ),
    );
  }
  if (ok && stateFile !== undefined && state !== undefined && stateIo !== undefined && opts.record === true) {
    const next = await secrets.updateState(state, {
      script,
      desired,
      deleted: plan.deletes.map((d) => d.name),
    });
    await stateIo.saveState(stateFile, next);
    out.note(out.color.dim(`recorded fingerprints for ${script} in ${stateFile}`));
  }

  out.document("plan", ok, {
    from,
    ...(typeof opts.current === "string" ? { current: opts.current } : {}),
    prune: opts.prune === true,
    ...(stateFile === undefined ? {} : { state: stateFile, script }),
    creates: plan.creates,
    updates: plan.updates,
    deletes: plan.deletes,
    unchanged: plan.unchanged,
    ...(plan.resulting === undefined ? {} : { resulting: plan.resulting }),
    requests: plan.patches.length,
    patches: plan.patches,
    diagnostics,
    written,
  });
  return ok ? 0 : 1;
}
