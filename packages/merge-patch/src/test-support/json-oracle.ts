/** Independent oracle (plain recursion on small values): RFC 8259 values, plain objects only, no cycles. */
export function isJsonOracle(value: unknown, ancestors: object[] = []): boolean {
  if (value === null || typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value);
  if (typeof value !== "object" || ancestors.includes(value)) return false;
  const inner = [...ancestors, value];
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!(i in value) || !isJsonOracle(value[i], inner)) return false;
    return true;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== null && Object.getPrototypeOf(proto) !== null) return false;
  return Object.keys(value).every((name) => isJsonOracle((value as Record<string, unknown>)[name], inner));
}
