/**
 * Generated request validator (contract 1: ajv standalone `validateSecretsPatchRequest`) → diagnostics.
 *
 * Messages are rebuilt from each issue's keyword and params (ajv's own say "must be null"), stating what
 * was expected and what was found; "found" is a JSON type name, or a short word outside the sensitive
 * members (`"pem"` for a bad format, never a `text`). The map value schema is `oneOf [Secret, null]` with
 * a discriminator on `type`, so ajv adds a "must be null" and a `oneOf` summary to every bad secret; those
 * (and the `if` summary of the key_base64/key_jwk rule) are dropped as they only repeat a precise issue.
 */
import { validateSecretsPatchRequest } from "@patchbay/cloudflare-api";
import { type Diagnostic, escapePointerToken, pointerTokens } from "./diagnostic.js";
import { describeType } from "./errors.js";
import { SENSITIVE } from "./sensitive.js";

interface Issue {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  schemaPath: string;
}

export function schemaDiagnostics(body: unknown): Diagnostic[] {
  if (validateSecretsPatchRequest(body)) return [];
  const out = new Map<string, Diagnostic>();
  for (const issue of (validateSecretsPatchRequest.errors ?? []) as Issue[]) {
    const d = toDiagnostic(body, issue);
    if (d) out.set(`${d.pointer}\u0000${d.message}`, d);
  }
  return [...out.values()];
}

function toDiagnostic(body: unknown, issue: Issue): Diagnostic | undefined {
  const tokens = pointerTokens(issue.instancePath);
  const found = resolve(body, tokens);
  const entry = tokens.length === 2 && tokens[0] === "secrets";
  const last = tokens[tokens.length - 1] ?? "";
  const p = issue.params;
  const error = (message: string, pointer = issue.instancePath): Diagnostic => ({
    severity: "error",
    code: "schema",
    message,
    pointer,
  });
  const member = (name: unknown) => `${issue.instancePath}/${escapePointerToken(String(name))}`;
  switch (issue.keyword) {
    case "oneOf":
    case "if":
      return undefined;
    case "type":
      if (entry && p.type === "null") return undefined;
      if (entry) return error(`expected a secret object or null, found ${describeType(found)}`);
      return error(`expected ${String(p.type)}, found ${describeType(found)}`);
    case "discriminator": {
      const tag = resolve(body, [...tokens, "type"]);
      const what = tag === undefined ? "none" : shown(tag, tokens);
      return error(
        `expected member "type" to be "secret_text" or "secret_key", found ${what}`,
        member("type"),
      );
    }
    case "required":
      return error(
        `expected required member "${String(p.missingProperty)}", found none`,
        member(p.missingProperty),
      );
    case "additionalProperties":
      return error(
        `expected no member "${String(p.additionalProperty)}" here, found one`,
        member(p.additionalProperty),
      );
    case "false schema": {
      const format = resolve(body, [...tokens.slice(0, -1), "format"]);
      const why =
        typeof format === "string" && (last === "key_base64" || last === "key_jwk")
          ? ` with format ${shown(format, [])}`
          : "";
      return error(`expected no member "${last}"${why}, found one`);
    }
    case "enum":
    case "const": {
      const allowed = issue.keyword === "enum" ? (p.allowedValues as unknown[]) : [p.allowedValue];
      return error(
        `expected ${allowed.map((v) => JSON.stringify(v)).join(" or ")}, found ${shown(found, tokens)}`,
      );
    }
    case "minLength":
      return error(
        `expected at least ${String(p.limit)} character(s), found ${typeof found === "string" ? found.length : 0}`,
      );
    case "pattern":
      return error(
        last === "key_base64"
          ? "expected standard base64 (RFC 4648 §4: A-Z a-z 0-9 + /, = padding), found other characters"
          : `expected a string matching ${String(p.pattern)}, found one that does not`,
      );
    case "uniqueItems":
      return error(`expected each item once, found items ${String(p.j)} and ${String(p.i)} equal`);
    default:
      return error(
        `expected the value to satisfy "${issue.keyword}" (${issue.schemaPath}), found ${describeType(found)}`,
      );
  }
}

/** A found value is shown only when it is a short plain word outside every sensitive member. */
function shown(value: unknown, tokens: string[]): string {
  const sensitive = tokens.some((t) => SENSITIVE.has(t));
  if (typeof value === "string" && !sensitive && value.length <= 32 && /^[\w .:-]*$/.test(value)) {
    return JSON.stringify(value);
  }
  return describeType(value);
}

/** RFC 6901 §4 evaluation over own members only (a `__proto__` token never reaches a prototype). */
export function resolve(doc: unknown, tokens: string[]): unknown {
  let at = doc;
  for (const t of tokens) {
    if (typeof at !== "object" || at === null || !Object.hasOwn(at, t)) return undefined;
    at = (at as Record<string, unknown>)[t];
  }
  return at;
}
