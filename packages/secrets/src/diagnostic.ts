/** Structured findings of `validateBulkPatch`: each with an RFC 6901 JSON pointer into the body. */

/** Codes of the checks this package adds on top of the schema. */
export type BulkPatchCode =
  | "schema"
  | "name-mismatch"
  | "invalid-name"
  | "reserved-name"
  | "value-too-large"
  | "too-many-operations"
  | "too-many-secrets"
  | "delete-unknown"
  | "key-check-failed";

/** Codes passed through from `@patchbay/webcrypto-keys` are prefixed `key/`. */
export type DiagnosticCode = BulkPatchCode | `key/${string}`;

export interface Diagnostic {
  severity: "error" | "warning";
  code: DiagnosticCode;
  /** Says what was expected and what was found; never contains a secret value. */
  message: string;
  /** RFC 6901 JSON pointer into the validated body ("" is the whole body). */
  pointer: string;
}

export interface Report {
  /** `true` when no diagnostic has severity "error". */
  ok: boolean;
  diagnostics: Diagnostic[];
}

/** RFC 6901 §3: `~` → `~0`, `/` → `~1`. */
export function escapePointerToken(token: string): string {
  return token.replaceAll("~", "~0").replaceAll("/", "~1");
}

/** Builds a pointer from unescaped tokens. */
export function pointerOf(...tokens: string[]): string {
  return tokens.map((t) => `/${escapePointerToken(t)}`).join("");
}

/** RFC 6901 §4: decodes a pointer into its tokens (`~1` before `~0`). */
export function pointerTokens(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((t) => t.replaceAll("~1", "/").replaceAll("~0", "~"));
}

/** Builds a report, errors first, then by pointer, so output is stable. */
export function toReport(diagnostics: Diagnostic[]): Report {
  const rank = (d: Diagnostic) => (d.severity === "error" ? 0 : 1);
  const sorted = [...diagnostics].sort(
    (a, b) => rank(a) - rank(b) || (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0),
  );
  return { ok: sorted.every((d) => d.severity !== "error"), diagnostics: sorted };
}
