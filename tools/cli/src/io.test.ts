import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { CliError } from "./cli-error.js";
import { assertSingleStdin, type Io, readText } from "./io.js";
import { writePrivateFile } from "./write-private.js";

const ioWith = (stdin: string): Io => ({
  out: () => {},
  err: () => {},
  env: {},
  stdin: Readable.from([stdin]),
});
const dir = mkdtempSync(join(tmpdir(), "patchbay-io-"));

describe("readText", () => {
  it.each([
    ["keeps text exactly, whitespace included", { given: "A= x \n\n", want: "A= x \n\n" }],
    ["drops a leading byte-order mark only", { given: "\uFEFFA=\uFEFF", want: "A=\uFEFF" }],
    ["keeps CRLF", { given: "A=1\r\n", want: "A=1\r\n" }],
  ])("%s (file and stdin)", async (_name, { given, want }) => {
    const file = join(dir, "in.txt");
    writeFileSync(file, given);
    expect(await readText(ioWith(""), file)).toBe(want);
    expect(await readText(ioWith(given), "-")).toBe(want);
  });

  it("a missing file is INPUT_NOT_FOUND naming the path", async () => {
    const error = await readText(ioWith(""), join(dir, "nope")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).code).toBe("INPUT_NOT_FOUND");
    expect((error as CliError).details.source).toBe(join(dir, "nope"));
  });

  it("a directory is INPUT_UNREADABLE", async () => {
    const error = await readText(ioWith(""), dir).catch((e: unknown) => e);
    expect((error as CliError).code).toBe("INPUT_UNREADABLE");
  });
});

describe("assertSingleStdin", () => {
  it.each([
    ["no stdin", { given: ["a", "b"], throws: false }],
    ["one stdin", { given: ["-", "b"], throws: false }],
    ["stdin twice", { given: ["-", "-"], throws: true }],
  ])("%s", (_name, { given, throws }) => {
    if (throws) expect(() => assertSingleStdin(given)).toThrow(CliError);
    else expect(() => assertSingleStdin(given)).not.toThrow();
  });
});

describe("writePrivateFile", () => {
  it("creates with mode 0600 and forces 0600 on an existing readable file", async () => {
    const file = join(dir, "secret.json");
    writeFileSync(file, "old", { mode: 0o644 });
    await writePrivateFile(file, "new");
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it("an unwritable path is OUTPUT_UNWRITABLE", async () => {
    const error = await writePrivateFile(join(dir, "missing-dir", "x.json"), "x").catch((e: unknown) => e);
    expect((error as CliError).code).toBe("OUTPUT_UNWRITABLE");
  });
});
