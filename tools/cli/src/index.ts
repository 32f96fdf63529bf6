/** Programmatic entry: run the CLI in-process with your own streams (the bin is `patchbay`). */
export { CliError, type CliErrorCode, EXIT_INVALID, EXIT_OK, EXIT_USAGE } from "./cli-error.js";
export { type Io, processIo } from "./io.js";
export { main } from "./program.js";
