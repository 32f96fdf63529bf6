import { describe, expect, it } from "vitest";
import { getMember, isJsonObject, setMember, shallowCopy } from "./members.js";
import { expectNoPollution } from "./test-support/arbitraries.js";
import type { JsonObject } from "./types.js";

describe("own members", () => {
  it.each(["__proto__", "constructor", "prototype", "hasOwnProperty", "toString"])(
    "setMember makes %s an own data member without touching a prototype",
    (name) => {
      const obj: JsonObject = {};
      setMember(obj, name, { polluted: 1 });
      expect(Object.hasOwn(obj, name)).toBe(true);
      expect(Object.getPrototypeOf(obj)).toBe(Object.prototype);
      expect(Object.keys(obj)).toEqual([name]);
      expectNoPollution();
    },
  );

  it("getMember ignores inherited names", () => {
    expect(getMember({}, "toString")).toBeUndefined();
    expect(getMember({}, "__proto__")).toBeUndefined();
    expect(getMember(JSON.parse('{"__proto__":1}'), "__proto__")).toBe(1);
  });

  it.each([8, 500])("shallowCopy of %i members keeps own members, order and special names", (width) => {
    const text = Array.from({ length: width }, (_, i) => `"m${i}":${i}`).join(",");
    const source = Object.freeze(JSON.parse(`{"__proto__":{"x":1},${text},"constructor":0}`)) as JsonObject;
    const copy = shallowCopy(source);
    expect(copy).not.toBe(source);
    expect(Object.keys(copy)).toEqual(Object.keys(source));
    expect(Object.hasOwn(copy, "__proto__")).toBe(true);
    expect(Object.getOwnPropertyDescriptor(copy, "__proto__")?.value).toBe(
      Object.getOwnPropertyDescriptor(source, "__proto__")?.value,
    );
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.isFrozen(copy)).toBe(false);
  });

  it("isJsonObject: objects only", () => {
    expect([{}, [], null, 1, "s"].map(isJsonObject)).toEqual([true, false, false, false, false]);
  });
});
