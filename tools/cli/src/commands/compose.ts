/** `patchbay compose <p1> <p2>`: @patchbay/merge-patch's `compose` on two JSON files. */
import type { Io } from "../io.js";
import { runJsonTool } from "./json-tool.js";

export async function run(io: Io, args: string[], opts: Record<string, unknown>): Promise<number> {
  const { compose } = await import("@patchbay/merge-patch");
  return runJsonTool(
    {
      command: "compose",
      inputs: ["p1", "p2"],
      arguments: ["first", "second"],
      compute: (p1, p2) => compose(p1, p2),
    },
    io,
    args,
    opts,
  );
}
