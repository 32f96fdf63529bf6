/**
 * Cuts a (possibly huge) OpenAPI document down to the paths that match some patterns plus every component
 * they reach through `$ref`s, transitively, and the security schemes they name. Whole-spec generation of
 * Cloudflare's 2,007-path document is slow and its types do not even compile (toolchain.md), so we cut first.
 */
import { CodegenError } from "./errors.js";
import { escapeToken, refTokens } from "./json-pointer.js";
import type { JsonObject } from "./load-spec.js";

/**
 * A path pattern: `/…/` is a regular expression; otherwise a glob where `**` matches anything (a `**`
 * segment also matches zero segments) and `*` matches within one path segment. Braces are literal, so `{script_name}` matches itself.
 */
export function pathMatcher(pattern: string): (path: string) => boolean {
  if (pattern.length > 2 && pattern.startsWith("/") && pattern.endsWith("/") && !pattern.startsWith("//")) {
    const re = new RegExp(pattern.slice(1, -1));
    return (path) => re.test(path);
  }
  const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const segment = (part: string) => part.split("*").map(literal).join("[^/]*");
  const any = (part: string) => part.split("**").map(segment).join(".*");
  // A "**" segment also matches zero segments: "/a/**/b" matches "/a/b" as well as "/a/x/y/b".
  const source = pattern.split("/**/").map(any).join("/(?:.*/)?");
  const re = new RegExp(`^${source}$`);
  return (path) => re.test(path);
}

/** Returns a new document (the input is not modified) holding only the matched paths and what they reach. */
export function cutSpec(doc: JsonObject, patterns: readonly string[]): JsonObject {
  const matchers = patterns.map(pathMatcher);
  const paths = (doc.paths ?? {}) as JsonObject;
  const keptPaths: JsonObject = {};
  for (const path of Object.keys(paths).sort()) {
    if (matchers.some((m) => m(path))) keptPaths[path] = paths[path];
  }
  if (Object.keys(keptPaths).length === 0) {
    throw new CodegenError(
      "no-paths-matched",
      `no path matches ${patterns.map((p) => JSON.stringify(p)).join(", ")}`,
    );
  }
  const components = (doc.components ?? {}) as Record<string, JsonObject>;
  const kept: Record<string, JsonObject> = {};
  // Worklist instead of recursion: component graphs in big specs are deep and cyclic.
  const queue: unknown[] = [keptPaths];
  const seen = new Set<string>();
  const securityNames = new Set<string>();
  collectSecurity(doc.security, securityNames);
  while (queue.length > 0) {
    const node = queue.pop();
    if (node === null || typeof node !== "object") continue;
    if (Array.isArray(node)) {
      for (const item of node) queue.push(item);
      continue;
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") {
        if (seen.has(value)) continue;
        seen.add(value);
        const [section, kind = "", componentName = ""] = refTokens(value);
        if (section !== "components" || componentName === "") {
          throw new CodegenError("unresolved-ref", `cannot cut: $ref ${value} is outside #/components`);
        }
        const target = components[kind]?.[componentName];
        if (target === undefined) throw new CodegenError("unresolved-ref", `$ref ${value} does not resolve`);
        kept[kind] ??= {};
        (kept[kind] as JsonObject)[componentName] = target;
        queue.push(target);
      } else if (key === "security") {
        collectSecurity(value, securityNames);
      } else {
        queue.push(value);
      }
    }
  }
  const schemes = (components.securitySchemes ?? {}) as JsonObject;
  for (const name of [...securityNames].sort()) {
    if (schemes[name] !== undefined) {
      kept.securitySchemes ??= {};
      (kept.securitySchemes as JsonObject)[name] = schemes[name];
    }
  }
  const out: JsonObject = {};
  for (const key of ["openapi", "jsonSchemaDialect", "info", "servers", "security", "tags"]) {
    if (doc[key] !== undefined) out[key] = doc[key];
  }
  out.paths = keptPaths;
  out.components = sortComponents(kept);
  return out;
}

function collectSecurity(value: unknown, into: Set<string>): void {
  if (!Array.isArray(value)) return;
  for (const requirement of value) {
    if (requirement && typeof requirement === "object")
      for (const name of Object.keys(requirement)) into.add(name);
  }
}

function sortComponents(kept: Record<string, JsonObject>): JsonObject {
  const out: JsonObject = {};
  for (const kind of Object.keys(kept).sort()) {
    const section = kept[kind] as JsonObject;
    out[kind] = Object.fromEntries(
      Object.keys(section)
        .sort()
        .map((n) => [n, section[n]]),
    );
  }
  return out;
}

/** The `$ref` to a component, for messages and tests. */
export function componentRef(kind: string, name: string): string {
  return `#/components/${escapeToken(kind)}/${escapeToken(name)}`;
}
