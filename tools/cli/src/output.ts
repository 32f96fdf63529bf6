/**
 * How results and errors leave the CLI. Two modes: human (text, colours on a TTY unless NO_COLOR) and
 * `--json` (one JSON document on stdout, success or failure, shaped `{ ok, command, … }`; stable).
 * Everything printed passes through `redactSecrets` first (the single redaction function, contract 2), so a
 * `text`, `key_base64` or `key_jwk` member can never reach a terminal or a log.
 */
import pc from "picocolors";
import type { Io } from "./io.js";
import { stringifyJson } from "./json-text.js";
import { redactSecrets } from "./redact.js";

export type Colors = ReturnType<typeof pc.createColors>;

export interface Output {
  readonly json: boolean;
  readonly color: Colors;
  /** Human line(s) on stdout. Ignored in `--json` mode. */
  line(text: string): void;
  /** Human diagnostics on stderr. Ignored in `--json` mode. */
  note(text: string): void;
  /** A JSON value, redacted and pretty-printed, on stdout (human mode). */
  value(value: unknown): void;
  /** The `--json` document, redacted, on stdout. Ignored in human mode. */
  document(command: string, ok: boolean, body: Record<string, unknown>): void;
}

/**
 * Colour is for a person at a terminal. `NO_COLOR` (any non-empty value, no-color.org) always wins;
 * `FORCE_COLOR` forces it unless it is `0`/`false`; otherwise only when stdout is a TTY and TERM is not
 * `dumb`. Not picocolors' own default: that also turns colour on whenever `CI` is set and reads
 * `FORCE_COLOR=0` as "force", which writes escape codes into piped output and log files.
 */
export function colorWanted(env: Io["env"], stdoutIsTty: boolean): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force !== "false";
  return stdoutIsTty && env.TERM !== "dumb";
}

/** Human output is coloured when {@link colorWanted}; machine output never is. */
export function createOutput(io: Io, json: boolean): Output {
  const color = pc.createColors(!json && colorWanted(io.env, io.stdoutIsTty ?? false));
  return {
    json,
    color,
    line: (text) => {
      if (!json) io.out(`${text}\n`);
    },
    note: (text) => {
      if (!json) io.err(`${text}\n`);
    },
    value: (value) => {
      if (!json) io.out(`${stringifyJson(redactSecrets(value))}\n`);
    },
    document: (command, ok, body) => {
      if (json) io.out(`${stringifyJson(redactSecrets({ ok, command, ...body }))}\n`);
    },
  };
}
