import type { JsonObject, JsonValue } from "../types.js";

/** `{"a":{"a":…{"leaf":leaf}}}` nested `depth` levels, built iteratively. */
export function chain(depth: number, leaf: JsonValue, name = "a"): JsonObject {
  let value: JsonObject = { leaf };
  for (let i = 0; i < depth; i++) value = { [name]: value };
  return value;
}

/** Walks a chain built by {@link chain}; returns its depth and leaf, or throws where the shape breaks. */
export function readChain(value: JsonValue, name = "a"): { depth: number; leaf: JsonValue | undefined } {
  let depth = 0;
  let node = value;
  for (;;) {
    if (typeof node !== "object" || node === null || Array.isArray(node))
      throw new Error(`not an object at ${depth}`);
    const keys = Object.keys(node);
    if (keys.length !== 1) throw new Error(`expected one member at depth ${depth}, found ${keys.join(",")}`);
    if (keys[0] === "leaf") return { depth, leaf: node.leaf };
    node = node[name] as JsonValue;
    depth++;
  }
}

/** A flat object with `width` members `k0…`, values from `valueAt`. */
export function wide(width: number, valueAt: (i: number) => JsonValue): JsonObject {
  const out: JsonObject = {};
  for (let i = 0; i < width; i++) out[`k${i}`] = valueAt(i);
  return out;
}
