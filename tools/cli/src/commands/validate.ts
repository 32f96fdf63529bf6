/**
 * `patchbay validate <file|->`: check a `secrets-bulk` body before it reaches Cloudflare, with
 * @patchbay/secrets' `validateBulkPatch` (schema, names, 5 KB values, the per-request and per-script limits,
 * every secret_key through WebCrypto). A secrets file is first turned into the body it stands for.
 * Exit 1 when any diagnostic is an error.
 */
import { renderDiagnostics } from "../diagnostics.js";
import { assertSingleStdin, type Io } from "../io.js";
import { createOutput } from "../output.js";
import { type InputFormat, readCurrent, readValidateInput } from "../secrets-input.js";

export async function run(io: Io, args: string[], opts: Record<string, unknown>): Promise<number> {
  const [file = ""] = args;
  if (typeof opts.current === "string") assertSingleStdin([file, opts.current]);
  const input = await readValidateInput(io, file, opts.format as InputFormat | undefined);
  const current = typeof opts.current === "string" ? await readCurrent(io, opts.current) : undefined;
  const { validateBulkPatch } = await import("@patchbay/secrets");
  const report = await validateBulkPatch(input.body, {
    plan: opts.free === true ? "free" : "paid",
    runtime: opts.runtime === "spec" ? "spec" : "workerd",
    ...(current === undefined ? {} : { current }),
    ...(typeof opts.maxOperations === "number" ? { maxOperations: opts.maxOperations } : {}),
  });
  // Each pointer into the body also gets the line:column of what it is about in the file read
  // (for a .env file: the line of `NAME=`), shown as `file:line:column`.
  const diagnostics = report.diagnostics.map((d) => {
    const at = input.locate(d.pointer);
    return at === undefined ? d : { ...d, source: file, ...at };
  });
  const out = createOutput(io, opts.json === true);
  const what = input.kind === "body" ? "bulk body" : `bulk body built from ${input.kind} secrets file`;
  renderDiagnostics(out, diagnostics, `${file === "-" ? "stdin" : file} (${what})`);
  out.document("validate", report.ok, { file, input: input.kind, diagnostics });
  return report.ok ? 0 : 1;
}
