/**
 * The shared shape of the four generic merge-patch commands (diff, apply-patch, compose, to-json-patch):
 * read two JSON inputs, run one @patchbay/merge-patch function, print the result (redacted) and optionally
 * write it unredacted with `--out`. The RFC 7396 logic itself lives only in @patchbay/merge-patch.
 */
import type { JsonValue } from "@patchbay/merge-patch";
import { assertSingleStdin, type Io, readText } from "../io.js";
import { parseJson } from "../json-input.js";
import { stringifyJson } from "../json-text.js";
import { createOutput } from "../output.js";
import { InputFailure } from "../report-error.js";
import { writePrivateFile } from "../write-private.js";

export interface JsonToolSpec {
  readonly command: string;
  /** Names of the two inputs in the `--json` document, e.g. ["a", "b"]. */
  readonly inputs: readonly [string, string];
  /** The @patchbay/merge-patch parameter names of the two inputs (MergePatchError `argument`), in order. */
  readonly arguments: readonly [string, string];
  readonly compute: (first: JsonValue, second: JsonValue) => unknown;
}

export async function runJsonTool(
  spec: JsonToolSpec,
  io: Io,
  args: readonly string[],
  opts: Record<string, unknown>,
): Promise<number> {
  const [firstPath = "", secondPath = ""] = args;
  assertSingleStdin([firstPath, secondPath]);
  const first = await parseJson(await readText(io, firstPath), firstPath);
  const second = await parseJson(await readText(io, secondPath), secondPath);
  let result: unknown;
  try {
    result = spec.compute(first, second);
  } catch (error) {
    // A MergePatchError's pointer is into one argument: name that argument's file in the report.
    const argument = (error as { argument?: unknown }).argument;
    const index = spec.arguments.indexOf(argument as string);
    throw index === -1 ? error : new InputFailure(error, index === 0 ? firstPath : secondPath);
  }
  const out = createOutput(io, opts.json === true);
  if (typeof opts.out === "string") {
    await writePrivateFile(opts.out, `${stringifyJson(result)}\n`);
    out.note(out.color.dim(`wrote ${opts.out}`));
  }
  out.value(result);
  out.document(spec.command, true, {
    inputs: { [spec.inputs[0]]: firstPath, [spec.inputs[1]]: secondPath },
    ...(typeof opts.out === "string" ? { written: opts.out } : {}),
    result,
  });
  return 0;
}
