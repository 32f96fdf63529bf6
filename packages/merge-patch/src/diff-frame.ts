import { MergePatchError } from "./errors.js";
import { EXPECTED } from "./json.js";
import { formatPointer } from "./pointer.js";
import type { JsonObject } from "./types.js";

/** One pair of objects `diff` walks in step: `source` and `target` at the same place. */
export interface Frame {
  source: JsonObject;
  target: JsonObject;
  names: string[];
  next: number;
  patch: JsonObject;
  size: number;
  /** How many of target's names source has too (when all of source's, nothing is deleted). */
  matched: number;
  /** Member name in the parent frame ("" for the root). */
  name: string;
}

export function frameFor(source: JsonObject, target: JsonObject, name: string): Frame {
  return { source, target, names: Object.keys(target), next: 0, patch: {}, size: 0, matched: 0, name };
}

/** The member path of `name` in the innermost frame (only built for errors). */
export function pathOf(stack: readonly Frame[], name: string): string[] {
  const path: string[] = [];
  for (let i = 1; i < stack.length; i++) path.push((stack[i] as Frame).name);
  path.push(name);
  return path;
}

export function notJson(argument: string, path: string[], found: string): MergePatchError {
  return new MergePatchError("NOT_JSON", argument, formatPointer(path), `${EXPECTED} ${found}`);
}
