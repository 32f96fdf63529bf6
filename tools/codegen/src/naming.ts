/** Deterministic TypeScript identifiers for generated exports ("workers_secret-patch" → "WorkersSecretPatch"). */

export function pascalCase(name: string): string {
  const words = name.split(/[^A-Za-z0-9]+/).filter((w) => w.length > 0);
  const joined = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("");
  return /^[0-9]/.test(joined) ? `_${joined}` : joined || "_";
}

/** Hands out names, suffixing 2, 3, … on a clash so two spec names never map to one export. */
export class NameRegistry {
  private readonly used = new Set<string>();
  take(wanted: string): string {
    let name = wanted;
    for (let i = 2; this.used.has(name); i++) name = `${wanted}${i}`;
    this.used.add(name);
    return name;
  }
}
