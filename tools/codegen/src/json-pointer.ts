/** RFC 6901 JSON Pointer helpers for the `#/…` fragments of OpenAPI `$ref`s. */
import { CodegenError } from "./errors.js";

export function escapeToken(token: string): string {
  return token.replaceAll("~", "~0").replaceAll("/", "~1");
}

export function unescapeToken(token: string): string {
  return token.replaceAll("~1", "/").replaceAll("~0", "~");
}

/** Splits a local `$ref` ("#/components/schemas/X") into unescaped tokens; rejects remote refs. */
export function refTokens(ref: string): string[] {
  if (!ref.startsWith("#/")) {
    throw new CodegenError(
      "unresolved-ref",
      `only local $refs ("#/…") are supported, found ${JSON.stringify(ref)}`,
    );
  }
  return ref.slice(2).split("/").map(unescapeToken);
}

/** Resolves a local `$ref` in `doc`; throws a CodegenError naming the ref when it does not exist. */
export function resolveRef(doc: unknown, ref: string): unknown {
  let node: unknown = doc;
  for (const token of refTokens(ref)) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, token)) {
      throw new CodegenError("unresolved-ref", `$ref ${JSON.stringify(ref)} does not resolve`);
    }
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

/** Follows `$ref` chains (a ref to a ref …) to the object they name, for OpenAPI parameter/response objects. */
export function deref<T>(doc: unknown, value: T | { $ref: string }): T {
  let node: unknown = value;
  const seen = new Set<string>();
  while (isRef(node)) {
    if (seen.has(node.$ref)) throw new CodegenError("unresolved-ref", `$ref cycle at ${node.$ref}`);
    seen.add(node.$ref);
    node = resolveRef(doc, node.$ref);
  }
  return node as T;
}

export function isRef(value: unknown): value is { $ref: string } {
  return (
    value !== null && typeof value === "object" && typeof (value as { $ref?: unknown }).$ref === "string"
  );
}
