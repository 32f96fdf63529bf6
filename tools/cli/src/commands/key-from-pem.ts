/**
 * `patchbay key from-pem <file> --name … --algorithm … --usages …`: build a `secret_key` object from PEM text
 * with @patchbay/webcrypto-keys' `secretKeyFromPem`. The object holds key material, so stdout shows it
 * redacted; `--out` writes the full object (mode 0600) for use in a secrets file or body.
 */
import { findDuplicateMember } from "@patchbay/secrets";
import { CliError } from "../cli-error.js";
import type { Io } from "../io.js";
import { readText } from "../io.js";
import { stringifyJson } from "../json-text.js";
import { createOutput } from "../output.js";
import { InputFailure } from "../report-error.js";
import { writePrivateFile } from "../write-private.js";

/** `--algorithm ECDSA --named-curve P-256` or `--algorithm '{"name":"ECDSA","namedCurve":"P-256"}'`. */
export function algorithmFrom(opts: Record<string, unknown>): Record<string, unknown> & { name: string } {
  const raw = String(opts.algorithm ?? "");
  let algorithm: Record<string, unknown>;
  if (raw.trimStart().startsWith("{")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      throw new CliError("USAGE", "--algorithm expects a name or a JSON object, found text that is not JSON");
    }
    // RFC 8259 §4: `{"name":"ECDSA","name":"HMAC"}` must not silently become HMAC.
    const duplicate = findDuplicateMember(raw);
    if (duplicate) {
      throw new CliError(
        "USAGE",
        `--algorithm expects a JSON object with unique member names, found ${duplicate.pointer} twice`,
      );
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
      throw new CliError("USAGE", "--algorithm expects a name or a JSON object, found other JSON");
    }
    algorithm = { ...parsed };
  } else {
    algorithm = { name: raw };
  }
  if (typeof opts.hash === "string") algorithm.hash = opts.hash;
  if (typeof opts.namedCurve === "string") algorithm.namedCurve = opts.namedCurve;
  if (typeof algorithm.name !== "string") {
    throw new CliError("USAGE", "--algorithm expects a name or a JSON object with a string name, found none");
  }
  return algorithm as Record<string, unknown> & { name: string };
}

export function usagesFrom(opts: Record<string, unknown>): string[] {
  return String(opts.usages ?? "")
    .split(",")
    .map((u) => u.trim())
    .filter((u) => u !== "");
}

export async function run(io: Io, args: string[], opts: Record<string, unknown>): Promise<number> {
  const [file = ""] = args;
  const pem = await readText(io, file);
  const { secretKeyFromPem, validateSecretKey } = await import("@patchbay/webcrypto-keys");
  const algorithm = algorithmFrom(opts);
  let secret: ReturnType<typeof secretKeyFromPem>;
  try {
    secret = secretKeyFromPem(pem, { name: String(opts.name), algorithm, usages: usagesFrom(opts) as never });
  } catch (error) {
    throw new InputFailure(error, file); // its line (if any) is in this PEM file
  }
  // The built object is checked like any other, so a wrong algorithm or usage is caught here, not by Cloudflare.
  const report = await validateSecretKey(secret, { runtime: "workerd" });
  const out = createOutput(io, opts.json === true);
  if (typeof opts.out === "string") {
    await writePrivateFile(opts.out, `${stringifyJson(secret)}\n`);
    out.note(out.color.dim(`wrote ${opts.out} (mode 0600; holds key material)`));
  }
  out.value(secret);
  for (const d of report.diagnostics) out.note(`${d.severity} ${d.pointer || '""'} [${d.code}] ${d.message}`);
  out.document("key from-pem", report.ok, {
    file,
    ...(typeof opts.out === "string" ? { written: opts.out } : {}),
    secret,
    diagnostics: report.diagnostics,
  });
  return report.ok ? 0 : 1;
}
