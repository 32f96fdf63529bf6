/**
 * Validates an operation's parameters, body and content type with the generated standalone validators before
 * anything is sent, and turns ajv's errors into {@link RequestIssue}s with RFC 6901 pointers into the object the
 * caller passed (`/accountId`, `/body/secrets/API_KEY/format`).
 *
 * Messages are built from the schema only (keyword, allowed values, property names), never from the data, so
 * an issue cannot carry a secret value.
 */
import { type RequestIssue, RequestValidationError } from "./errors.js";
import { simplifyIssues } from "./simplify-issues.js";

/** The subset of an ajv `ErrorObject` the generated validators report (contract 1: `ValidationIssue`). */
export interface ValidatorIssue {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

/** A generated standalone validator (contract 1: `Validator`). */
export type ValidatorLike = ((data: unknown) => boolean) & { errors?: readonly ValidatorIssue[] | null };

/** What the client needs from one entry of a generated operation table (contract 1: `OperationSpec`). */
export interface OperationLike {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly pathParams: readonly string[];
  readonly requestContentTypes: readonly string[];
  readonly validateParams: ValidatorLike;
  readonly validateBody?: ValidatorLike | undefined;
  readonly validateResponse: Readonly<Record<string, ValidatorLike>>;
}

/** RFC 6901 §3: `~` → `~0`, `/` → `~1`. */
export const escapePointerToken = (token: string): string =>
  token.replaceAll("~", "~0").replaceAll("/", "~1");

/** Appends the member an ajv error is about (missing, extra, bad name, discriminator tag) so the pointer names it. */
function memberOf(issue: ValidatorIssue): string | undefined {
  const { missingProperty, additionalProperty, propertyName, tag } = issue.params;
  for (const name of [missingProperty, additionalProperty, propertyName, tag])
    if (typeof name === "string") return name;
  return undefined;
}

function describe(issue: ValidatorIssue): string {
  const base = issue.message ?? `fails ${issue.keyword}`;
  const allowed = issue.params.allowedValues ?? issue.params.allowedValue;
  return allowed === undefined ? base : `${base} (${JSON.stringify(allowed)})`;
}

/**
 * Maps a validator's issues to request issues under `prefix` (a pointer, e.g. `/body`). `rename` maps the
 * first pointer token (e.g. `account_id` → `accountId`) for parameter sets.
 */
export function toRequestIssues(
  issues: readonly ValidatorIssue[],
  prefix: string,
  rename: (token: string) => string = (t) => t,
): RequestIssue[] {
  const out: RequestIssue[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    const member = memberOf(issue);
    let path = issue.instancePath + (member === undefined ? "" : `/${escapePointerToken(member)}`);
    const first = /^\/([^/]*)/.exec(path);
    if (first?.[1] !== undefined) path = `/${rename(first[1])}${path.slice(first[0].length)}`;
    const mapped: RequestIssue = { pointer: prefix + path, keyword: issue.keyword, message: describe(issue) };
    const key = `${mapped.pointer}\u0000${mapped.keyword}\u0000${mapped.message}`;
    if (!seen.has(key)) out.push(mapped);
    seen.add(key);
  }
  return simplifyIssues(out);
}

export interface RequestToCheck {
  /** Path parameters under their spec names (`account_id`, …). */
  params: Record<string, string>;
  /** Spec name → caller's option name, for pointers. */
  paramNames: Readonly<Record<string, string>>;
  body?: unknown;
  contentType?: string;
}

/** Throws {@link RequestValidationError} listing every problem; returns normally when the request is valid. */
export function assertValidRequest(op: OperationLike, request: RequestToCheck): void {
  const issues: RequestIssue[] = [];
  if (!op.validateParams(request.params))
    issues.push(...toRequestIssues(op.validateParams.errors ?? [], "", (t) => request.paramNames[t] ?? t));
  if (op.validateBody !== undefined) {
    if (!op.validateBody(request.body))
      issues.push(...toRequestIssues(op.validateBody.errors ?? [], "/body"));
  }
  if (request.contentType !== undefined && !op.requestContentTypes.includes(request.contentType)) {
    issues.push({
      pointer: "/contentType",
      keyword: "enum",
      message: `must be one of the operation's request content types (${JSON.stringify(op.requestContentTypes)})`,
    });
  }
  if (issues.length > 0) throw new RequestValidationError(op.operationId, issues);
}
