/**
 * The canary test: random values are planted in `text`, `key_base64` and `key_jwk` members (and as .env
 * values), then every command and every error path runs, through the built bin and in-process through
 * `main`. It fails if any canary appears in stdout, stderr, a --json document or a thrown message.
 * (Files the user asked for with --out are meant to hold values and are not checked.)
 */
import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import type { Io } from "./io.js";
import { main } from "./program.js";
import { EXAMPLES, runCli } from "./test-support/run-cli.js";

/** A fresh random value per member; base64 and base64url shapes so key checks get past the alphabet. */
const canary = (tag: string) => `${tag}${randomBytes(18).toString("hex")}`;
const CANARIES = {
  text: canary("cnyText"),
  textMultiline: `${canary("cnyLine1")}\n${canary("cnyLine2")}`,
  keyBase64: randomBytes(32).toString("base64"),
  keyJwkK: randomBytes(32).toString("base64url"),
  keyJwkD: randomBytes(32).toString("base64url"),
  envValue: canary("cnyEnv"),
  envQuoted: canary("cnyQuoted"),
};
const needles = Object.values(CANARIES).flatMap((v) => v.split("\n"));

let dir: string;
const file = (name: string, content: string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

function bodyWithCanaries(): string {
  return JSON.stringify({
    secrets: {
      PLAIN: { name: "PLAIN", type: "secret_text", text: CANARIES.text },
      MULTI: { name: "MULTI", type: "secret_text", text: CANARIES.textMultiline },
      WRONG_NAME: { name: "OTHER", type: "secret_text", text: CANARIES.text },
      "BAD-NAME": { name: "BAD-NAME", type: "secret_text", text: CANARIES.text },
      TYPO: { name: "TYPO", type: "secret_txt", text: CANARIES.text, key_base64: CANARIES.keyBase64 },
      RAW: {
        name: "RAW",
        type: "secret_key",
        format: "raw",
        algorithm: { name: "HMAC", hash: "SHA-256" },
        usages: ["sign"],
        key_base64: CANARIES.keyBase64,
      },
      RAW_BAD: {
        name: "RAW_BAD",
        type: "secret_key",
        format: "pkcs8",
        algorithm: { name: "ECDSA", namedCurve: "P-256" },
        usages: ["sign", "bogus"],
        key_base64: CANARIES.keyBase64,
      },
      JWK: {
        name: "JWK",
        type: "secret_key",
        format: "jwk",
        algorithm: { name: "HMAC", hash: "SHA-256" },
        usages: ["sign"],
        key_jwk: { kty: "oct", k: CANARIES.keyJwkK, alg: "HS512" },
      },
      JWK_EC: {
        name: "JWK_EC",
        type: "secret_key",
        format: "jwk",
        algorithm: { name: "ECDSA", namedCurve: "P-256" },
        usages: ["sign"],
        key_jwk: { kty: "EC", crv: "P-256", x: CANARIES.keyJwkK, y: CANARIES.keyJwkK, d: CANARIES.keyJwkD },
      },
      HUGE: { name: "HUGE", type: "secret_text", text: CANARIES.text.repeat(400) },
      GONE: null,
    },
    version_tags: { note: "x" },
  });
}

function makeInputs() {
  const body = bodyWithCanaries();
  const env = [
    `A=${CANARIES.envValue}`,
    `export B="${CANARIES.envQuoted}\\n${CANARIES.envValue}"`,
    `C='${CANARIES.textMultiline}'`,
  ].join("\n");
  return {
    body: file("body.json", body),
    env: file("secrets.env", `${env}\n`),
    envDuplicate: file("dup.env", `${env}\nA=${CANARIES.envQuoted}\n`),
    envUnterminated: file("unterminated.env", `A="${CANARIES.envValue}\nB=${CANARIES.envQuoted}\n`),
    envTrailing: file("trailing.env", `A=${CANARIES.envValue}   \n`),
    envBadName: file("badname.env", `1A=${CANARIES.envValue}\n`),
    envNoEquals: file("noequals.env", `A ${CANARIES.envValue}\n`),
    flatJson: file(
      "flat.json",
      JSON.stringify({ A: CANARIES.text, B: null, C: { type: "secret_text", text: CANARIES.envValue } }),
    ),
    flatJsonBad: file(
      "flatbad.json",
      JSON.stringify({ A: CANARIES.text, B: 42, C: { type: "nope", text: CANARIES.envValue } }),
    ),
    malformed: file(
      "malformed.json",
      `{"secrets": {"A": {"text": "${CANARIES.text}" "type": ${CANARIES.envValue}}}`,
    ),
    malformedString: file("malformed2.json", `{"text": "${CANARIES.text}\n${CANARIES.envValue}"}`),
    jwkKey: file("jwk.json", JSON.stringify(JSON.parse(body).secrets.JWK_EC)),
    rawKey: file("raw.json", JSON.stringify(JSON.parse(body).secrets.RAW_BAD)),
    pemGarbage: file(
      "garbage.pem",
      `-----BEGIN PRIVATE KEY-----\n${CANARIES.keyBase64}\n-----END PRIVATE KEY-----\n`,
    ),
    pemText: file("text.pem", `${CANARIES.envValue}\n`),
    current: `${EXAMPLES}current.json`,
    currentBad: file(
      "current-bad.json",
      JSON.stringify({ result: [{ name: "A", type: "secret_text", text: CANARIES.text }, 5] }),
    ),
    patch: file("patch.json", JSON.stringify({ secrets: { A: { text: CANARIES.text }, B: null } })),
    nullInTarget: file("null-target.json", JSON.stringify({ a: null, text: CANARIES.text })),
    // RFC 8259 §4: a repeated member name; JSON.parse would silently keep the last (canary) value.
    dupBody: file(
      "dup-body.json",
      `{"secrets": {"A": {"name": "A", "type": "secret_text", "text": "${CANARIES.text}", "text": "${CANARIES.envValue}"}}}`,
    ),
    nullInSecret: file(
      "null-in-secret.json",
      JSON.stringify({ K: { type: "secret_text", text: CANARIES.text, extra: null } }),
    ),
    dupFlat: file("dup-flat.json", `{"A": "${CANARIES.text}",\n "A": "${CANARIES.envValue}"}`),
    dupKey: file(
      "dup-key.json",
      `{"type": "secret_key", "format": "jwk", "key_jwk": {"kty": "oct", "k": "${CANARIES.keyJwkK}", "k": "${CANARIES.keyJwkD}"}}`,
    ),
    dupCurrent: file("dup-current.json", `[{"name": "A", "type": "secret_text", "name": "B"}]`),
    dupState: (() => {
      const path = file(
        "dup-state.json",
        `{"version": 1, "key": "${CANARIES.keyBase64}", "key": "${CANARIES.keyBase64}", "scripts": {}}`,
      );
      chmodSync(path, 0o600);
      return path;
    })(),
    // A state file others can read: plan must refuse it (it holds the HMAC key).
    openState: file("open-state.json", "{}"),
    missing: join(dir, "does-not-exist.json"),
    unwritable: join(dir, "no-such-dir", "out.json"),
  };
}

let inputs: ReturnType<typeof makeInputs>;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "patchbay-canary-"));
  inputs = makeInputs();
});

const out = () => join(dir, `out-${randomBytes(4).toString("hex")}`);

/** A repeated member name in every JSON input each command reads: each must fail with duplicate-member. */
const DUPLICATE_MEMBER_RUNS = (i: typeof inputs): string[][] => [
  ["validate", i.dupBody],
  ["validate", i.dupFlat],
  ["validate", i.body, "--current", i.dupCurrent],
  ["plan", "--from", i.dupFlat],
  ["plan", "--from", i.env, "--current", i.dupCurrent],
  ["diff", i.dupBody, i.patch],
  ["apply-patch", i.patch, i.dupFlat],
  ["compose", i.dupBody, i.patch],
  ["to-json-patch", i.patch, i.dupBody],
  ["key", "check", i.dupKey],
];

/** Every command, on valid and broken inputs, human and --json. */
function scenarios(): string[][] {
  const i = inputs;
  const runs: string[][] = [
    ["validate", i.body],
    ["validate", i.env],
    ["validate", i.flatJson],
    ["validate", i.flatJsonBad],
    ["validate", i.envDuplicate],
    ["validate", i.envUnterminated],
    ["validate", i.envTrailing],
    ["validate", i.envBadName],
    ["validate", i.envNoEquals],
    ["validate", i.malformed],
    ["validate", i.malformedString],
    ["validate", i.body, "--current", i.current, "--free", "--max-operations", "2"],
    ["validate", i.body, "--current", i.currentBad],
    ["validate", i.env, "--format", "json"],
    ["plan", "--from", i.env, "--current", i.current, "--prune"],
    ["plan", "--from", i.body, "--current", i.current, "--out", out()],
    ["plan", "--from", i.flatJson, "--state", join(dir, "state.json"), "--record", "--out", out()],
    ["plan", "--from", i.flatJson, "--state", join(dir, "state.json"), "--max-operations", "1"],
    ["plan", "--from", i.envDuplicate],
    ["plan", "--from", i.nullInSecret],
    ["plan", "--from", i.malformed],
    ["plan", "--from", i.flatJsonBad, "--current", i.currentBad],
    ["diff", i.body, i.patch],
    ["diff", i.body, i.malformed],
    ["diff", i.nullInTarget, i.body],
    ["diff", i.body, i.nullInTarget],
    ["apply-patch", i.body, i.patch, "--out", out()],
    ["apply-patch", i.malformedString, i.patch],
    ["compose", i.patch, i.body],
    ["to-json-patch", i.patch, i.body],
    ["to-json-patch", i.body, i.nullInTarget],
    ["key", "check", i.jwkKey],
    ["key", "check", i.rawKey, "--runtime", "spec"],
    ["key", "check", i.body],
    ["key", "check", i.malformed],
    [
      "key",
      "from-pem",
      i.pemGarbage,
      "--name",
      "K",
      "--algorithm",
      "ECDSA",
      "--named-curve",
      "P-256",
      "--usages",
      "sign",
    ],
    ["key", "from-pem", i.pemText, "--name", "K", "--algorithm", "HMAC", "--usages", "sign", "--out", out()],
    ["plan", "--from", i.env, "--state", i.openState],
    ["plan", "--from", i.env, "--out", join(i.body, "not-a-dir")],
    ["apply-patch", i.body, i.patch, "--out", i.unwritable],
    [
      "key",
      "from-pem",
      i.pemGarbage,
      "--name",
      "K",
      "--algorithm",
      "ECDSA",
      "--usages",
      "sign",
      "--out",
      i.unwritable,
    ],
    ...DUPLICATE_MEMBER_RUNS(i),
    ["validate", i.missing],
    ["plan", "--from", i.env, "--current", i.missing],
    ["validate", i.body, "--unknown-flag"],
    ["diff", i.body],
  ];
  return runs.flatMap((args) => [args, [...args, "--json"]]);
}

function leaks(text: string): string[] {
  return needles.filter((n) => text.includes(n));
}

describe("no canary ever reaches stdout or stderr (built bin)", () => {
  it("every command and error path", { timeout: 120_000 }, async () => {
    const all = scenarios();
    const exitCodes = new Set<number | null>();
    const found: string[] = [];
    // Two at a time: the machine is shared.
    for (let k = 0; k < all.length; k += 2) {
      const batch = all.slice(k, k + 2);
      const runs = await Promise.all(batch.map((args) => runCli(args, { env: { FORCE_COLOR: "1" } })));
      runs.forEach((run, j) => {
        exitCodes.add(run.code);
        const leaked = leaks(run.stdout + run.stderr);
        if (leaked.length > 0) found.push(`${batch[j]?.join(" ")} leaked ${leaked.length} canar(y/ies)`);
        if (run.stderr.includes("INTERNAL"))
          found.push(`${batch[j]?.join(" ")} hit an INTERNAL error: ${run.stderr}`);
      });
    }
    expect(found).toEqual([]);
    // The scenarios really did reach success, failed checks and usage errors.
    expect([...exitCodes].sort()).toEqual([0, 1, 2]);
  });

  it("a repeated member name is an error in every JSON input (RFC 8259 §4), located, value-free", async () => {
    const found: string[] = [];
    for (const args of DUPLICATE_MEMBER_RUNS(inputs)) {
      const run = await runCli(args);
      const line =
        /^patchbay [a-z -]+: \S+:\d+:\d+ \/\S* \[duplicate-member\] .*first at \d+:\d+, again at \d+:\d+/;
      if (run.code !== 1 || !line.test(run.stderr))
        found.push(`${args.join(" ")} → ${run.code} ${run.stderr}`);
      if (leaks(run.stdout + run.stderr).length > 0) found.push(`${args.join(" ")} leaked`);
    }
    expect(found).toEqual([]);
  });

  it("a state file with a repeated member is refused without showing its key", async () => {
    const run = await runCli(["plan", "--from", inputs.env, "--state", inputs.dupState, "--script", "w"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("/key");
    expect(leaks(run.stdout + run.stderr)).toEqual([]);
  });

  it("stdin input too", async () => {
    const run = await runCli(["validate", "-", "--format", "dotenv"], { input: `A="${CANARIES.envValue}` });
    expect(run.code).toBe(1);
    expect(leaks(run.stdout + run.stderr)).toEqual([]);
  });
});

describe("in-process: main() never throws and never prints a canary", () => {
  it.each([
    ["validate", () => ["validate", inputs.body, "--json"]],
    ["plan", () => ["plan", "--from", inputs.env, "--current", inputs.current]],
    ["a parse error", () => ["validate", inputs.envUnterminated]],
    ["a key error", () => ["key", "check", inputs.jwkKey]],
    ["a merge-patch error", () => ["to-json-patch", inputs.body, inputs.nullInTarget]],
  ])("%s", async (_name, argv) => {
    let captured = "";
    const io: Io = {
      out: (t) => {
        captured += t;
      },
      err: (t) => {
        captured += t;
      },
      env: {},
      stdin: Readable.from([]),
    };
    let thrown: unknown;
    const code = await main(argv(), io).catch((error: unknown) => {
      thrown = error;
      return -1;
    });
    expect(thrown).toBeUndefined();
    expect([0, 1]).toContain(code);
    expect(leaks(captured)).toEqual([]);
  });
});
