/**
 * The Cloudflare API v4 response envelope: `{ success, errors, messages, result }` on every JSON answer, with
 * `success: false` meaning failure whatever the HTTP status (see docs/cloudflare-secrets-endpoint.md §3).
 *
 * This is hand-written rather than the generated `FailureEnvelope` validator because it must also make sense of
 * bodies that break the schema (a proxy's HTML 502, a truncated body) to report them cleanly, and it must not
 * depend on which operation was called.
 */

/** One entry of `errors` / `messages`. */
export interface ApiMessage {
  code: number;
  message: string;
  documentation_url?: string;
  source?: { pointer?: string };
}

export type ParsedBody =
  | {
      kind: "envelope";
      success: boolean;
      errors: ApiMessage[];
      messages: ApiMessage[];
      result: unknown;
      json: Record<string, unknown>;
    }
  | { kind: "empty" }
  | { kind: "not_json" }
  | { kind: "not_envelope"; json: unknown };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Reads an `errors`/`messages` array for display: entries are kept in order, malformed ones made explicit. */
function readMessages(value: unknown): ApiMessage[] {
  if (!Array.isArray(value)) return [];
  return value.map((entry): ApiMessage => {
    if (!isRecord(entry)) return { code: 0, message: `(malformed entry: ${typeof entry})` };
    const out: ApiMessage = {
      code: typeof entry.code === "number" ? entry.code : 0,
      message: typeof entry.message === "string" ? entry.message : "(no message)",
    };
    if (typeof entry.documentation_url === "string") out.documentation_url = entry.documentation_url;
    if (isRecord(entry.source) && typeof entry.source.pointer === "string")
      out.source = { pointer: entry.source.pointer };
    return out;
  });
}

/** Classifies a response body. Never throws. */
export function parseBody(text: string): ParsedBody {
  if (text.trim() === "") return { kind: "empty" };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { kind: "not_json" };
  }
  if (!isRecord(json) || typeof json.success !== "boolean" || !Array.isArray(json.errors))
    return { kind: "not_envelope", json };
  return {
    kind: "envelope",
    success: json.success,
    errors: readMessages(json.errors),
    messages: readMessages(json.messages),
    result: json.result,
    json,
  };
}
