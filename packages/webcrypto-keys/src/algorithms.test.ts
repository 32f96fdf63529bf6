import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ALGORITHMS, FORMATS, findAlgorithm, keyTypeOf } from "./algorithms.js";

interface MatrixFormat {
  allowed: boolean;
  keyType?: string;
  usages?: string[] | { private: string[]; public: string[] };
}
const matrix = JSON.parse(readFileSync(new URL("../fixtures/matrix.json", import.meta.url), "utf8")) as {
  algorithms: Record<
    string,
    { params: { required: Record<string, string[]> }; formats: Record<string, MatrixFormat> }
  >;
  workerd: { extraAlgorithms: Record<string, string> };
};

const specAlgorithms = ALGORITHMS.filter((a) => !a.workerdOnly);

describe("algorithm table agrees with matrix.json", () => {
  it("names the same algorithms (plus workerd's extras)", () => {
    expect(specAlgorithms.map((a) => a.name).sort()).toEqual(Object.keys(matrix.algorithms).sort());
    expect(
      ALGORITHMS.filter((a) => a.workerdOnly)
        .map((a) => a.name)
        .sort(),
    ).toEqual(
      Object.keys(matrix.workerd.extraAlgorithms)
        .filter((n) => n !== "MD5")
        .sort(),
    );
  });

  it.each(specAlgorithms.map((a) => [a.name, a] as const))(
    "%s: params, formats, key types and usages",
    (name, a) => {
      const m = matrix.algorithms[name];
      expect(m).toBeDefined();
      if (!m) return;
      expect([...a.params].sort()).toEqual(Object.keys(m.params.required).sort());
      for (const format of FORMATS) {
        const f = m.formats[format] as MatrixFormat;
        expect(a.formats.includes(format), `${name} ${format}`).toBe(f.allowed);
        if (!f.allowed) continue;
        const type = keyTypeOf(a, format);
        if (type) {
          expect(f.keyType).toBe(type);
          expect([...(a.usages[type] ?? [])].sort()).toEqual([...(f.usages as string[])].sort());
        } else {
          const u = f.usages as { private: string[]; public: string[] };
          expect([...(a.usages.private ?? [])].sort()).toEqual([...u.private].sort());
          expect([...(a.usages.public ?? [])].sort()).toEqual([...u.public].sort());
        }
      }
    },
  );

  it("finds names case-insensitively and nothing else", () => {
    expect(findAlgorithm("rsa-pss")?.name).toBe("RSA-PSS");
    expect(findAlgorithm("aes-gcm")?.name).toBe("AES-GCM");
    expect(findAlgorithm("Ed448")).toBeUndefined();
    expect(findAlgorithm("__proto__")).toBeUndefined();
  });
});
