import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it, vi } from "vitest";
import { FORBIDDEN } from "./bundle-esm.js";
import { DEFAULT_OUT, DEFAULT_SPECS, main } from "./cli.js";
import { diffFiles, writeFiles } from "./files.js";
import { generateAll } from "./generate.js";

/** A spec the generator has never seen: a new file in specs/ must need no code change. */
const PETS = `openapi: 3.1.0
info: { title: pets, version: "1" }
paths:
  /pets/{pet_id}:
    put:
      operationId: put-pet
      parameters:
        - { name: pet_id, in: path, required: true, schema: { type: string, maxLength: 8 } }
      requestBody:
        content:
          application/json:
            schema: { $ref: "#/components/schemas/Pet" }
      responses:
        "204": { description: stored }
        default:
          description: error
          content:
            application/json:
              schema: { type: object, properties: { message: { type: string } }, required: [message] }
components:
  schemas:
    Pet:
      type: object
      properties:
        name: { type: string, minLength: 1 }
        tags: { type: array, items: { type: string }, uniqueItems: true }
      required: [name]
`;

describe("generateAll", () => {
  it("is deterministic and matches the committed output (the same check as `generate --check`)", async () => {
    const first = await generateAll(DEFAULT_SPECS);
    const second = await generateAll(DEFAULT_SPECS);
    expect([...second]).toEqual([...first]);
    expect(diffFiles(DEFAULT_OUT, first)).toEqual({ changed: [], stale: [] });
  }, 30_000);

  it("handles a new spec generically: types, validators and an operation table", async () => {
    const specs = mkdtempSync(join(tmpdir(), "codegen-specs-"));
    writeFileSync(join(specs, "pets.openapi.yaml"), PETS);
    const files = await generateAll(specs);
    expect([...files.keys()]).toEqual([
      "index.ts",
      "pets/index.ts",
      "pets/operations.ts",
      "pets/types.ts",
      "pets/validators.d.ts",
      "pets/validators.js",
      "validation.ts",
    ]);
    const bundle = files.get("pets/validators.js") as string;
    expect(bundle).not.toMatch(FORBIDDEN);
    expect(files.get("pets/operations.ts")).toContain('"put-pet": {');
    expect(files.get("pets/operations.ts")).toContain('"default": validatePutPetResponseDefault,');

    // The bundle is a self-contained ES module whose validators work (uniqueItems and maxLength need
    // ajv runtime helpers, the ones that used to come in through `require`).
    const out = mkdtempSync(join(tmpdir(), "codegen-out-"));
    writeFiles(out, files);
    const v = await import(pathToFileURL(join(out, "pets/validators.js")).href);
    expect(v.validatePet({ name: "rex", tags: ["a", "b"] })).toBe(true);
    expect(v.validatePet({ name: "rex", tags: ["a", "a"] })).toBe(false);
    expect(v.validatePet.errors[0]).toMatchObject({ instancePath: "/tags", keyword: "uniqueItems" });
    expect(v.validatePutPetParams({ pet_id: "123456789" })).toBe(false);
    expect(v.validatePutPetParams.errors[0]).toMatchObject({ instancePath: "/pet_id", keyword: "maxLength" });
    expect(v.validatePutPetBody).toBe(v.validatePet);
    expect(v.validatePutPetResponse204("anything")).toBe(true);
  }, 30_000);
});

describe("generate --check (cli)", () => {
  it("exits 1 and names every differing file when the output is stale, 0 once regenerated", async () => {
    const out = mkdtempSync(join(tmpdir(), "codegen-cli-"));
    writeFileSync(join(out, "leftover.ts"), "stale\n");
    const errors: string[] = [];
    const spy = vi.spyOn(console, "error").mockImplementation((line: string) => void errors.push(line));
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    try {
      expect(await main(["--check", "--out", out])).toBe(1);
      expect(errors).toContain("  differs: workers-secrets/validators.js");
      expect(errors).toContain("  no longer generated: leftover.ts");
      expect(await main(["--out", out])).toBe(0);
      expect(await main(["--check", "--out", out])).toBe(0);
    } finally {
      spy.mockRestore();
      log.mockRestore();
    }
  }, 30_000);

  it("rejects --spec without --paths with a usage error", async () => {
    await expect(main(["--spec", "x.json"])).rejects.toMatchObject({ code: "usage" });
  });
});

describe("drift check", () => {
  it("lists changed, missing and no-longer-generated files, and writeFiles repairs all of them", () => {
    const out = mkdtempSync(join(tmpdir(), "codegen-drift-"));
    const files = new Map([
      ["a.ts", "export const a = 1;\n"],
      ["sub/b.ts", "export const b = 2;\n"],
    ]);
    writeFiles(out, files);
    expect(diffFiles(out, files)).toEqual({ changed: [], stale: [] });
    writeFileSync(join(out, "a.ts"), "edited by hand\n");
    writeFileSync(join(out, "sub/old.ts"), "stale\n");
    expect(diffFiles(out, new Map([...files, ["c.ts", ""]]))).toEqual({
      changed: ["a.ts", "c.ts"],
      stale: ["sub/old.ts"],
    });
    writeFiles(out, files);
    expect(diffFiles(out, files)).toEqual({ changed: [], stale: [] });
    expect(readFileSync(join(out, "a.ts"), "utf8")).toBe("export const a = 1;\n");
  });
});
