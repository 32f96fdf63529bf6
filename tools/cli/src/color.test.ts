import { describe, expect, it } from "vitest";
import { colorWanted } from "./output.js";

describe("colorWanted (no-color.org, FORCE_COLOR, TTY)", () => {
  it.each([
    ["NO_COLOR wins over everything", { env: { NO_COLOR: "1", FORCE_COLOR: "1" }, tty: true, want: false }],
    ["an empty NO_COLOR is ignored (no-color.org)", { env: { NO_COLOR: "" }, tty: true, want: true }],
    ["FORCE_COLOR=1 forces colour into a pipe", { env: { FORCE_COLOR: "1" }, tty: false, want: true }],
    ["FORCE_COLOR=0 disables colour on a TTY", { env: { FORCE_COLOR: "0" }, tty: true, want: false }],
    ["FORCE_COLOR=false disables colour", { env: { FORCE_COLOR: "false" }, tty: true, want: false }],
    ["a TTY gets colour", { env: {}, tty: true, want: true }],
    ["TERM=dumb gets none", { env: { TERM: "dumb" }, tty: true, want: false }],
    ["a pipe gets none", { env: {}, tty: false, want: false }],
    ["CI alone does not force colour into a pipe", { env: { CI: "true" }, tty: false, want: false }],
  ])("%s", (_name, { env, tty, want }) => {
    expect(colorWanted(env, tty)).toBe(want);
  });
});
