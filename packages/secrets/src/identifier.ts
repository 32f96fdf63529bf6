/**
 * Binding names. Cloudflare documents `name` as "a JavaScript variable name for the binding" and checks
 * nothing, so we check it here.
 *
 * Hand-written rather than a dependency: ECMA-262 §12.7 defines IdentifierName by the Unicode
 * properties ID_Start / ID_Continue plus `$`, `_`, ZWNJ and ZWJ, which a `u`-flag regex states exactly;
 * the reserved-word list (§13.1.1, §12.7.2) is short and frozen by web compatibility. A package such as
 * @babel/helper-validator-identifier ships the same tables for a parser's needs; we need two lookups.
 */

const IDENTIFIER_NAME = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200C\u200D]*$/u;

/** ECMA-262 §12.7.2: IdentifierName (escapes such as `\u0041` are source syntax, not names). */
export function isIdentifierName(name: string): boolean {
  return IDENTIFIER_NAME.test(name);
}

/** ECMA-262 §12.7.2 ReservedWord, plus the literals `null`, `true`, `false`. */
// biome-ignore format: a word list reads better packed than one word per line
const RESERVED = new Set([
  "await", "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do",
  "else", "enum", "export", "extends", "false", "finally", "for", "function", "if", "import", "in",
  "instanceof", "new", "null", "return", "super", "switch", "this", "throw", "true", "try", "typeof",
  "var", "void", "while", "with", "yield",
]);

/** §13.1.1 Static Semantics: Early Errors — not binding identifiers in strict (module) code. */
// biome-ignore format: a word list reads better packed than one word per line
const STRICT_RESERVED = new Set([
  "implements", "interface", "let", "package", "private", "protected", "public", "static", "arguments",
  "eval",
]);

/**
 * Why a name, although an IdentifierName, cannot be used as a plain variable, or `undefined`.
 *
 * These are WARNINGS, not errors: Workers read bindings as properties (`env.class`), where any
 * IdentifierName is legal, and Cloudflare accepts them. What breaks is destructuring
 * (`const { class } = env`) and Service Worker syntax, where bindings are globals. Refusing the name
 * would block a working deployment; staying silent would hide a trap.
 */
export function reservedWordReason(name: string): string | undefined {
  if (RESERVED.has(name)) return "a reserved word";
  if (STRICT_RESERVED.has(name)) return "reserved in strict-mode code";
  // Not reserved, but as a property of `env` it collides with Object.prototype's accessor.
  if (name === "__proto__") return "the Object.prototype accessor";
  return undefined;
}
