import { describe, expect, it } from "vitest";
import { apply } from "./apply.js";
import { compose } from "./compose.js";
import { MergePatchError } from "./errors.js";

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe("MergePatchError", () => {
  it("is an Error with a name, a closed-union code, the argument and an RFC 6901 pointer", () => {
    const error = thrown(() => compose({ "a/b": 1 }, { "a/b": { c: 1 } }));
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(MergePatchError);
    expect(error).toMatchObject({
      name: "MergePatchError",
      code: "UNREPRESENTABLE",
      argument: "second",
      pointer: "/a~1b",
    });
    expect((error as Error).message).toMatch(/^second at "\/a~1b": expected .*, found /);
  });

  it("says what was expected and what was found, never the value", () => {
    const error = thrown(() => apply({}, { key_base64: "c2VjcmV0LWNhbmFyeQ==", n: Number.NaN } as never));
    expect((error as Error).message).toContain("expected a JSON value");
    expect((error as Error).message).toContain("found NaN");
    expect((error as Error).message).not.toContain("c2VjcmV0LWNhbmFyeQ==");
  });
});
