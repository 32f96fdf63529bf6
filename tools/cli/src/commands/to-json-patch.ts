/** `patchbay to-json-patch <patch> <doc>`: @patchbay/merge-patch's `toJsonPatch` on two JSON files. */
import type { Io } from "../io.js";
import { runJsonTool } from "./json-tool.js";

export async function run(io: Io, args: string[], opts: Record<string, unknown>): Promise<number> {
  const { toJsonPatch } = await import("@patchbay/merge-patch");
  return runJsonTool(
    {
      command: "to-json-patch",
      inputs: ["patch", "doc"],
      arguments: ["patch", "document"],
      compute: (patch, doc) => toJsonPatch(patch, doc),
    },
    io,
    args,
    opts,
  );
}
