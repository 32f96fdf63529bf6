/**
 * The one redaction function of patchbay. Every path that renders, logs or throws something that may hold a
 * request body goes through it (the client's errors and log hook, @patchbay/secrets' plans and reports, the CLI).
 *
 * Why member names and not the secret schema: a value must be hidden even when the body around it is malformed
 * (a `text` under a misspelled `type`, a `key_jwk` in a `secret_text`), which is exactly when schema-driven
 * redaction would give up.
 */

/** The members of a secret object that carry the value: `secret_text.text`, `secret_key.key_base64|key_jwk`. */
export const SENSITIVE_MEMBERS: ReadonlySet<string> = new Set(["text", "key_base64", "key_jwk"]);

/** What a redacted value is replaced with. */
export const REDACTED = "[REDACTED]";

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  if (Array.isArray(value)) return true;
  if (typeof value !== "object" || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function setOwn(target: Container, key: string, value: unknown): void {
  // defineProperty, not assignment: a data member named "__proto__" must stay data, never a prototype.
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * A deep copy of `value` in which every member named `text`, `key_base64` or `key_jwk`, at any depth, is
 * replaced by {@link REDACTED}. Plain objects and arrays are copied (iteratively, so depth cannot overflow the
 * stack; shared and cyclic references keep their shape); anything else is returned as it is. Never mutates.
 */
export function redactSecrets<T>(value: T): T {
  if (!isContainer(value)) return value;
  const copies = new Map<Container, Container>();
  const copyOf = (source: Container): Container => {
    let copy = copies.get(source);
    if (copy === undefined) {
      copy = Array.isArray(source) ? new Array<unknown>(source.length) : {};
      copies.set(source, copy);
      pending.push(source);
    }
    return copy;
  };
  const pending: Container[] = [];
  const root = copyOf(value);
  for (let source = pending.pop(); source !== undefined; source = pending.pop()) {
    const copy = copies.get(source) as Container;
    for (const key of Object.keys(source)) {
      const member = (source as Record<string, unknown>)[key];
      const redacted = !Array.isArray(source) && SENSITIVE_MEMBERS.has(key) && member !== undefined;
      setOwn(copy, key, redacted ? REDACTED : isContainer(member) ? copyOf(member) : member);
    }
  }
  return root as T;
}
