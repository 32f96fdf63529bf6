/**
 * Removes the noise `allErrors` produces around `oneOf`/`anyOf`/`if` (JSON Schema 2020-12 §10.2.1, §10.2.2)
 * so a caller sees the problems, not the schema's structure. For a map value `oneOf: [Secret, null]`, ajv
 * reports the Secret branch's real problem *plus* "must be null" from the other branch *plus* "must match
 * exactly one schema". The rule, per summary issue at pointer P:
 * - some branch got past its type check (an issue below P, or a non-`type` issue at P): the `type` issues at
 *   exactly P are other branches' mismatches, and the summary adds nothing: drop both;
 * - every branch failed on type alone: one issue "must be object or null";
 * `false schema` (a forbidden member, `properties: { key_base64: false }`) is reworded.
 * Every distinct problem is kept: this only merges or drops issues that restate another.
 */
import type { RequestIssue } from "./errors.js";

const SUMMARIES = new Set(["oneOf", "anyOf", "if"]);
const under = (pointer: string, base: string) => pointer === base || pointer.startsWith(`${base}/`);

export function simplifyIssues(issues: readonly RequestIssue[]): RequestIssue[] {
  let out = issues.map((i) => (i.keyword === "false schema" ? { ...i, message: "must not be present" } : i));
  for (const summary of out.filter((i) => SUMMARIES.has(i.keyword))) {
    if (!out.includes(summary)) continue;
    const inside = out.filter((i) => !SUMMARIES.has(i.keyword) && under(i.pointer, summary.pointer));
    const typeAtP = (i: RequestIssue) => i.keyword === "type" && i.pointer === summary.pointer;
    const specific = inside.filter((i) => !typeAtP(i));
    if (specific.length > 0) {
      out = out.filter((i) => i !== summary && !(summary.keyword !== "if" && typeAtP(i)));
    } else if (inside.length > 1) {
      const expected = [...new Set(inside.map((i) => i.message.replace(/^must be /, "")))];
      const merged = {
        pointer: summary.pointer,
        keyword: "type",
        message: `must be ${expected.join(" or ")}`,
      };
      const at = out.indexOf(inside[0] as RequestIssue);
      out = out.filter((i) => i !== summary && !inside.includes(i));
      out.splice(Math.min(at, out.length), 0, merged);
    } else if (inside.length === 1) {
      out = out.filter((i) => i !== summary);
    }
  }
  return out;
}
