/**
 * The `patchbay` program (commander): help, usage errors, exit codes. Only commander, this file and the
 * command table load at start-up; each command's module, and the libraries it needs (@patchbay/secrets,
 * webcrypto-keys, merge-patch), are imported when that command runs, so `patchbay diff` never pays for the
 * bulk-body validators and `--help` pays for none of them.
 */
import { readFileSync } from "node:fs";
import { Command, CommanderError } from "commander";
import { CliError } from "./cli-error.js";
import { type Define, examples, type Loader, registerCommands } from "./commands.js";
import type { Io } from "./io.js";
import { type ErrorContext, reportError } from "./report-error.js";

const ENV_HELP = `
Environment:
  NO_COLOR               disable colours (https://no-color.org); --json output is never coloured
  CLOUDFLARE_API_TOKEN   reserved for the sending step (not used yet: every command here is offline)
  CLOUDFLARE_ACCOUNT_ID  reserved for the sending step (not used yet)

Exit codes: 0 ok, 1 invalid input or failed check, 2 usage error.
Secret values (text, key_base64, key_jwk) are never printed: they show as "[REDACTED]".`;

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
    version: string;
  };
  return pkg.version;
}

/** What a failure is reported against: set when commander picks a command, before it parses its options. */
export interface RunState {
  exitCode: number;
  context: ErrorContext;
}

function quiet(command: Command, io: Io): Command {
  // commander's own error text is replaced by reportError's (same wording, plus code and exit 2).
  return command
    .configureOutput({ writeOut: io.out, writeErr: io.err, outputError: () => {} })
    .exitOverride();
}

/** Reports errors against the chosen (sub)command, e.g. "key check", even when its options fail to parse. */
function trackCommand(parent: Command, state: RunState): void {
  parent.hook("preSubcommand", (_parent, sub) => {
    const prefix = parent.parent === null ? "" : `${parent.name()} `;
    state.context = { ...state.context, command: `${prefix}${sub.name()}` };
  });
}

function define(
  parent: Command,
  io: Io,
  state: RunState,
  spec: string,
  description: string,
  load: Loader,
  help: string,
): Command {
  const command = quiet(parent.command(spec), io)
    .description(description)
    .option("--json", "machine output: one JSON document on stdout, { ok, command, … }")
    .addHelpText("after", `${help}${ENV_HELP}`)
    .action(async (...received: unknown[]) => {
      // commander passes the positional arguments, then the options object, then the command.
      const cmd = received[received.length - 1] as Command;
      const opts = cmd.opts();
      state.exitCode = await (await load()).run(io, cmd.args, opts);
    });
  return command;
}

/** Builds the program; `state` receives the exit code and the context errors are reported in. */
export function buildProgram(io: Io, state: RunState): Command {
  const program = quiet(new Command("patchbay"), io)
    .description(
      "Validate and plan Cloudflare Workers secrets changes offline; merge-patch tools for any JSON.",
    )
    .version(version(), "-V, --version")
    .addHelpText(
      "after",
      `${ENV_HELP}\n${examples(
        "patchbay validate examples/bad-body.json",
        "patchbay plan --from examples/.env --current examples/current.json",
        "patchbay <command> --help",
      )}`,
    );
  trackCommand(program, state);
  const def: Define = (spec, description, load, help, parent = program) =>
    define(parent, io, state, spec, description, load, help);

  const group = (name: string, description: string): Command => {
    const command = quiet(program.command(name), io).description(description);
    trackCommand(command, state);
    return command;
  };
  registerCommands(def, group);
  return program;
}

/** Runs `patchbay` with `argv` (without node and script); resolves to the exit code. Never throws. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const state: RunState = {
    exitCode: 0,
    context: { command: "patchbay", json: argv.includes("--json") },
  };
  try {
    const program = buildProgram(io, state);
    await program.parseAsync([...argv], { from: "user" });
    return state.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version") return 0;
      // "commander.help" is both `patchbay help x` (exit code 0) and a missing command (help on stderr).
      if (error.code === "commander.help") return error.exitCode === 0 ? 0 : 2;
      return reportError(io, state.context, new CliError("USAGE", error.message.replace(/^error: /, "")));
    }
    return reportError(io, state.context, error);
  }
}
