/** `patchbay apply-patch <doc> <patch>`: @patchbay/merge-patch's `apply` on two JSON files. */
import type { Io } from "../io.js";
import { runJsonTool } from "./json-tool.js";

export async function run(io: Io, args: string[], opts: Record<string, unknown>): Promise<number> {
  const { apply } = await import("@patchbay/merge-patch");
  return runJsonTool(
    {
      command: "apply-patch",
      inputs: ["doc", "patch"],
      arguments: ["target", "patch"],
      compute: (doc, patch) => apply(doc, patch),
    },
    io,
    args,
    opts,
  );
}
