/**
 * The command table: every `patchbay` command with its arguments, options, help examples and the module that
 * runs it (imported only when that command is chosen).
 */
import { type Command, Option } from "commander";
import { CliError } from "./cli-error.js";
import type { Io } from "./io.js";

export type Runner = (io: Io, args: string[], opts: Record<string, unknown>) => Promise<number>;
export type Loader = () => Promise<{ run: Runner }>;
/** Adds a command (with `--json` and the shared help) under `parent` (default: the program). */
export type Define = (
  spec: string,
  description: string,
  load: Loader,
  help: string,
  parent?: Command,
) => Command;

export function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join("\n")}\n`;
}

/** A positive integer option value, or a usage error naming the option. */
function positiveInt(flag: string): (value: string) => number {
  return (value) => {
    if (!/^[1-9][0-9]*$/.test(value)) {
      throw new CliError("USAGE", `${flag} expects a positive integer, found "${value}"`);
    }
    return Number(value);
  };
}

const runtimeOption = () =>
  new Option("--runtime <runtime>", "whose importKey rules secret_key values must pass")
    .choices(["workerd", "spec"])
    .default("workerd");

/** A command group such as `key`, with no action of its own. */
export type Group = (name: string, description: string) => Command;

export function registerCommands(def: Define, group: Group): void {
  def(
    "validate <file>",
    "validate a bulk secrets body, or a secrets file (.env, .dev.vars, JSON) turned into one",
    () => import("./commands/validate.js"),
    examples(
      "patchbay validate body.json",
      "patchbay validate .dev.vars --format dotenv",
      "cat body.json | patchbay validate - --json",
    ),
  )
    .addOption(
      new Option("--format <format>", "input format (default: detected)").choices(["json", "dotenv"]),
    )
    .option(
      "--current <list.json>",
      "the script's secrets now (GET …/secrets response or `wrangler secret list --format json`), for the 128/64 limit",
    )
    .option("--free", "check the Free plan's 64-secret limit instead of Paid's 128")
    .addOption(runtimeOption())
    .addOption(
      new Option("--max-operations <n>", "operations allowed per request (default 100)").argParser(
        positiveInt("--max-operations"),
      ),
    );

  def(
    "plan",
    "show what a secrets file would create, overwrite, delete or leave alone (names only, never values)",
    () => import("./commands/plan.js"),
    examples(
      "patchbay plan --from .env --current current.json",
      "patchbay plan --from secrets.json --current current.json --prune --out patches/",
      "patchbay plan --from .env --state .patchbay-state.json --script my-worker",
    ),
  )
    .requiredOption("--from <file>", "the desired secrets: .env / .dev.vars / JSON (or - for stdin)")
    .addOption(
      new Option("--format <format>", "format of --from (default: detected)").choices(["json", "dotenv"]),
    )
    .option(
      "--current <list.json>",
      "the script's secrets now: a GET …/secrets response or `wrangler secret list --format json` output",
    )
    .option("--prune", "delete current secrets missing from --from")
    .option(
      "--state <file>",
      "local fingerprint state file (HMAC-SHA256, mode 0600) to detect unchanged values",
    )
    .option("--script <name>", "script name the state file records fingerprints under", "default")
    .option(
      "--record",
      "after you sent the patches: record the values' fingerprints in --state (the send step will do this itself)",
    )
    .option("--free", "check the Free plan's 64-secret limit instead of Paid's 128")
    .addOption(runtimeOption())
    .option("--out <dir>", "write the patch bodies (with values) to <dir>/patch-001.json, … (mode 0600)")
    .addOption(
      new Option("--max-operations <n>", "operations per patch body (default 100)").argParser(
        positiveInt("--max-operations"),
      ),
    );

  const jsonTool = (spec: string, description: string, load: Loader, help: string) =>
    def(spec, description, load, help).option(
      "--out <file>",
      "also write the full, unredacted result to <file> (mode 0600)",
    );
  jsonTool(
    "diff <a> <b>",
    "the RFC 7396 merge patch that turns JSON document a into b",
    () => import("./commands/diff.js"),
    examples("patchbay diff old.json new.json", "patchbay diff old.json - --json < new.json"),
  );
  jsonTool(
    "apply-patch <doc> <patch>",
    "apply an RFC 7396 merge patch to a JSON document",
    () => import("./commands/apply-patch.js"),
    examples(
      "patchbay apply-patch doc.json patch.json",
      "patchbay apply-patch doc.json patch.json --out new.json",
    ),
  );
  jsonTool(
    "compose <p1> <p2>",
    "one merge patch with the effect of applying p1 then p2",
    () => import("./commands/compose.js"),
    examples("patchbay compose first.json second.json"),
  );
  jsonTool(
    "to-json-patch <patch> <doc>",
    "convert a merge patch into RFC 6902 JSON Patch operations for a given document",
    () => import("./commands/to-json-patch.js"),
    examples("patchbay to-json-patch patch.json doc.json --json"),
  );

  const key = group("key", "WebCrypto secret_key tools (check, build from PEM)").addHelpText(
    "after",
    examples(
      "patchbay key check signing-key.json",
      "patchbay key from-pem private.pem --name SIGNING_KEY --algorithm ECDSA --named-curve P-256 --usages sign --out key.json",
    ),
  );
  def(
    "check <secret.json>",
    "import a secret_key object with WebCrypto the way Cloudflare will, and report every problem",
    () => import("./commands/key-check.js"),
    examples(
      "patchbay key check signing-key.json",
      "patchbay key check signing-key.json --runtime spec --json",
    ),
    key,
  ).addOption(runtimeOption());
  def(
    "from-pem <file>",
    "build a secret_key object (pkcs8 or spki) from a PEM file",
    () => import("./commands/key-from-pem.js"),
    examples(
      "patchbay key from-pem private.pem --name SIGNING_KEY --algorithm ECDSA --named-curve P-256 --usages sign --out key.json",
      'patchbay key from-pem public.pem --name VERIFY_KEY --algorithm \'{"name":"RSASSA-PKCS1-v1_5","hash":"SHA-256"}\' --usages verify',
    ),
    key,
  )
    .requiredOption("--name <name>", "the secret (binding) name")
    .requiredOption("--algorithm <name|json>", "WebCrypto algorithm: a name, or JSON import params")
    .requiredOption("--usages <list>", "comma-separated key usages, e.g. sign,verify")
    .option("--hash <hash>", "algorithm.hash (RSA, HMAC), e.g. SHA-256")
    .option("--named-curve <curve>", "algorithm.namedCurve (EC), e.g. P-256")
    .option("--out <file>", "write the full secret object (with key material) to <file> (mode 0600)");
}
