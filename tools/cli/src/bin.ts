#!/usr/bin/env node
/** The `patchbay` executable. All logic is in program.ts; this only wires the process in and the exit code out. */
import { processIo } from "./io.js";
import { main } from "./program.js";

// `patchbay plan … | head`: the reader went away. Stop quietly instead of crashing with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await main(process.argv.slice(2), processIo());
