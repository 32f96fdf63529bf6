/**
 * RFC 6901 §3/§4: a reference token escapes `~` as `~0` and `/` as `~1` (in that order, so that `~1` in a
 * name does not turn into `/`).
 */
export function escapeToken(name: string): string {
  // Fast path: most member names need no escaping, and this runs once per emitted pointer segment.
  if (name.indexOf("~") === -1 && name.indexOf("/") === -1) return name;
  return name.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** RFC 6901 §3: the pointer for a path of member names / array indices; `[]` is the whole document `""`. */
export function formatPointer(path: readonly (string | number)[]): string {
  let out = "";
  for (const segment of path) out += `/${typeof segment === "number" ? segment : escapeToken(segment)}`;
  return out;
}
