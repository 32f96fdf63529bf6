/**
 * `patchbay key check <secret.json>`: run a `secret_key` object through @patchbay/webcrypto-keys'
 * `validateSecretKey` (WebCrypto §14.3.9 importKey, as workerd or the spec applies it). Exit 1 on any error.
 */
import { renderDiagnostics } from "../diagnostics.js";
import type { Io } from "../io.js";
import { readText } from "../io.js";
import { parseJson } from "../json-input.js";
import { createOutput } from "../output.js";

export async function run(io: Io, args: string[], opts: Record<string, unknown>): Promise<number> {
  const [file = ""] = args;
  const secret = await parseJson(await readText(io, file), file);
  const { validateSecretKey } = await import("@patchbay/webcrypto-keys");
  const runtime = opts.runtime === "spec" ? "spec" : "workerd";
  const report = await validateSecretKey(secret, { runtime });
  const out = createOutput(io, opts.json === true);
  renderDiagnostics(out, report.diagnostics, `${file} (${runtime} rules)`);
  if (report.key !== undefined) {
    const { type, algorithm, usages } = report.key;
    out.line(
      out.color.dim(`${type} key, ${JSON.stringify(algorithm)}, usages ${usages.join(",") || "(none)"}`),
    );
  }
  out.document("key check", report.ok, { file, runtime, ...report });
  return report.ok ? 0 : 1;
}
