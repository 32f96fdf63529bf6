/**
 * Property: whatever the shape of a JSON document, a value under a member named `text`, `key_base64` or
 * `key_jwk` (at any depth, next to hostile keys) never reaches stdout, in human or --json mode, while the
 * rest of the document does. Run in-process through `main` so it stays fast.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Io } from "./io.js";
import { main } from "./program.js";

const dir = mkdtempSync(join(tmpdir(), "patchbay-output-"));
const emptyDoc = join(dir, "empty.json");
writeFileSync(emptyDoc, "{}");

const key = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.constantFrom("__proto__", "constructor", "prototype", "secrets"),
);
const sensitive = fc.constantFrom("text", "key_base64", "key_jwk");
/** A JSON tree whose leaves may be sensitive members holding a unique planted value. */
const tree = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: "small", maxDepth: 4 },
    fc.string({ maxLength: 8 }).filter((s) => !s.includes("cny-")),
    fc
      .tuple(sensitive, fc.uuid())
      .map(([member, value]) => JSON.parse(`{"${member}":"cny-${value}"}`) as unknown),
    fc
      .tuple(sensitive, fc.uuid())
      .map(([member, value]) => JSON.parse(`{"${member}":{"k":"cny-${value}"}}`) as unknown),
    fc.dictionary(key, tie("node"), { maxKeys: 4 }),
    fc.array(tie("node"), { maxLength: 3 }),
  ),
})).node;

function planted(json: string): string[] {
  return [...json.matchAll(/cny-[0-9a-f-]{36}/g)].map((m) => m[0]);
}

async function run(argv: string[]): Promise<{ code: number; text: string }> {
  let text = "";
  const io: Io = {
    out: (t) => {
      text += t;
    },
    err: (t) => {
      text += t;
    },
    env: {},
    stdin: Readable.from([]),
  };
  return { code: await main(argv, io), text };
}

describe("redaction of every printed document", () => {
  it("no planted value is printed, for any document shape", async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(key, tree, { maxKeys: 4 }), fc.boolean(), async (doc, json) => {
        const text = JSON.stringify(doc);
        const patch = join(dir, "patch.json");
        writeFileSync(patch, text);
        const result = await run(["apply-patch", emptyDoc, patch, ...(json ? ["--json"] : [])]);
        expect(result.code).toBe(0);
        for (const value of planted(text)) expect(result.text).not.toContain(value);
      }),
      { numRuns: 40 },
    );
  });
});
