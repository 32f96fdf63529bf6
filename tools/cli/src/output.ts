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

/** picocolors decides from NO_COLOR / FORCE_COLOR / --no-color / TTY; machine output is never coloured. */
export function createOutput(io: Io, json: boolean): Output {
  const color = pc.createColors(!json && pc.isColorSupported);
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
