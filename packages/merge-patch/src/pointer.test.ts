import { describe, expect, it } from "vitest";
import { escapeToken, formatPointer } from "./pointer.js";

describe("RFC 6901 pointers", () => {
  it.each([
    ["plain name", "a", "a"],
    ["§3: ~ is ~0", "m~n", "m~0n"],
    ["§3: / is ~1", "a/b", "a~1b"],
    ["§4: ~1 in a name stays literal (escape ~ first)", "~1", "~01"],
    ["empty name", "", ""],
  ])("%s", (_rule, name, want) => expect(escapeToken(name)).toBe(want));

  it("formats paths, the empty path being the whole document", () => {
    expect(formatPointer([])).toBe("");
    expect(formatPointer(["", "a/b", 0, "~"])).toBe("//a~1b/0/~0");
  });
});
