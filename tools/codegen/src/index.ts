/** @patchbay/codegen: OpenAPI specs → openapi-typescript types, standalone ajv validators, operation tables. */

export { cutSpec, pathMatcher } from "./cut.js";
export { type CutResult, cutAndGenerate, defaultCutOutDir } from "./cut-generate.js";
export { CodegenError, type CodegenErrorCode } from "./errors.js";
export { type Drift, diffFiles, writeFiles } from "./files.js";
export { type FileMap, generateAll, generateSpec, listSpecs, specName } from "./generate.js";
export { loadSpec } from "./load-spec.js";
