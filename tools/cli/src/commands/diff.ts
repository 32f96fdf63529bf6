/** `patchbay diff <a> <b>`: @patchbay/merge-patch's `diff` on two JSON files. */
import type { Io } from "../io.js";
import { runJsonTool } from "./json-tool.js";

export async function run(io: Io, args: string[], opts: Record<string, unknown>): Promise<number> {
  const { diff } = await import("@patchbay/merge-patch");
  return runJsonTool(
    {
      command: "diff",
      inputs: ["a", "b"],
      arguments: ["source", "target"],
      compute: (a, b) => diff(a, b),
    },
    io,
    args,
    opts,
  );
}
