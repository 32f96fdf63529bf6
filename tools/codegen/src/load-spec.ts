/**
 * Reads an OpenAPI document from disk: JSON, YAML, or either of them gzip-compressed (`.gz`).
 * Failures become a {@link CodegenError} naming the file and, for syntax errors, the line:column.
 */
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { parse as parseYaml, YAMLParseError } from "yaml";
import { CodegenError } from "./errors.js";

export type JsonObject = { [key: string]: unknown };

export function loadSpec(file: string): JsonObject {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (cause) {
    throw new CodegenError("spec-unreadable", `cannot read spec ${file}: ${(cause as Error).message}`);
  }
  const plain = file.endsWith(".gz") ? gunzipSync(bytes) : bytes;
  const name = file.replace(/\.gz$/, "");
  const text = plain.toString("utf8");
  const doc = name.endsWith(".json") ? parseJson(file, text) : parseYamlText(file, text);
  if (doc === null || typeof doc !== "object" || Array.isArray(doc)) {
    throw new CodegenError(
      "spec-invalid",
      `${file}: expected an OpenAPI document (an object), found ${typeof doc}`,
    );
  }
  const version = (doc as JsonObject).openapi;
  if (typeof version !== "string" || !/^3\.[01]\./.test(version)) {
    throw new CodegenError(
      "spec-invalid",
      `${file}: expected "openapi": "3.0.x" or "3.1.x", found ${JSON.stringify(version)}`,
      "/openapi",
    );
  }
  return doc as JsonObject;
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new CodegenError("spec-syntax", `${file}: invalid JSON: ${(cause as Error).message}`);
  }
}

function parseYamlText(file: string, text: string): unknown {
  try {
    // `uniqueKeys` (default true) rejects duplicate keys, which YAML 1.2 forbids.
    return parseYaml(text, { prettyErrors: true, maxAliasCount: 1000 });
  } catch (cause) {
    if (cause instanceof YAMLParseError) {
      const pos = cause.linePos?.[0];
      const where = pos ? `${pos.line}:${pos.col}` : "?";
      throw new CodegenError(
        "spec-syntax",
        `${file}:${where}: invalid YAML: ${cause.message.split("\n")[0]}`,
      );
    }
    throw cause;
  }
}
