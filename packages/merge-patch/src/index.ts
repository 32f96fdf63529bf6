export { apply } from "./apply.js";
export type { JsonValue } from "./json.js";
