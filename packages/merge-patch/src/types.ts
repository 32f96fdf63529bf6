/** A JSON scalar (RFC 8259 §3). */
export type JsonPrimitive = null | boolean | number | string;
/** A JSON array (RFC 8259 §5). */
export type JsonArray = JsonValue[];
/** A JSON object (RFC 8259 §4). Member names are data: `__proto__` is an ordinary name. */
export type JsonObject = { [key: string]: JsonValue };
/** A JSON value as RFC 8259 §3 defines it. */
export type JsonValue = JsonPrimitive | JsonArray | JsonObject;

/**
 * A merge patch for documents of type `T` (RFC 7396 §2): object members become optional and may be `null`
 * (delete), nested objects are patched recursively, arrays and scalars are replaced whole.
 *
 * Like `Partial<T>`, this trusts the caller: a patch may delete a member `T` requires.
 */
export type MergePatch<T> = T extends readonly unknown[] ? T : T extends object ? MergePatchObject<T> : T;

/**
 * Named members become optional; an index signature stays as it is (its members are optional already, and
 * `?` on it would add `undefined`, which is not JSON).
 */
type MergePatchObject<T> = string extends keyof T
  ? { [K in keyof T]: MergePatch<Exclude<T[K], undefined>> | null }
  : { [K in keyof T]?: MergePatch<Exclude<T[K], undefined>> | null };

/** One RFC 6902 operation, as {@link toJsonPatch} emits them (it only needs these three). */
export type JsonPatchOperation =
  | { op: "add"; path: string; value: JsonValue }
  | { op: "replace"; path: string; value: JsonValue }
  | { op: "remove"; path: string };
