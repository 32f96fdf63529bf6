/**
 * The differences between our spec and Cloudflare's that we chose, each with its reason. The conformance
 * command marks a difference "intended" only when it is listed here (operation, part, pointer, keyword).
 * Sources: ../shared/docs/cloudflare-secrets-endpoint.md ("fact sheet"), RFC 7396, RFC 7517, WebCrypto.
 */
export interface IntendedDifference {
  /** Omitted: applies to both secrets-bulk operations. */
  operationId?: string;
  /** The compared part, e.g. "request application/json"; a RegExp matches several parts. */
  part: string | RegExp;
  pointer: string;
  keyword: string;
  reason: string;
}

const REQUEST = /^request /;
const FAILURE = /^response (429|4XX)$/;
const ANY_RESPONSE = /^response /;
const SECRET = "/properties/secrets/additionalProperties";
const RESULT = "/properties/result/additionalProperties";

const ACCOUNT_ID =
  "account_id is 32 lowercase hex characters (fact sheet §1); the pattern also fixes the length";
const NAME = "an empty string is no JavaScript variable name, so no binding name";
const ALGORITHM =
  "WebCrypto §18.3: an Algorithm dictionary has a required `name`; the official leaves it a bare object";
const JWK = "RFC 7517 §4.1: `kty` is required in every JWK; other members depend on it";
const KEY_RULE =
  "the key_base64/key_jwk rule is prose only in the official spec (fact sheet §2); ours states it in the schema: the right member is required, the other forbidden";
const UNIQUE =
  "the official puts uniqueItems inside `items`, where it does nothing (an item is an object); ours applies it to the array";
const NO_VALUES =
  "responses carry metadata, never values (fact sheet §3); the official reuses the request schema, which requires `text`";

const forBothKinds = (pointer: string, keyword: string, reason: string, part: RegExp = REQUEST) =>
  [0, 1].map((i) => ({ part, pointer: pointer.replace("{i}", String(i)), keyword, reason }));

export const INTENDED: readonly IntendedDifference[] = [
  { part: "parameters", pointer: "/properties/account_id", keyword: "maxLength", reason: ACCOUNT_ID },
  { part: "parameters", pointer: "/properties/account_id", keyword: "pattern", reason: ACCOUNT_ID },
  {
    part: "parameters",
    pointer: "/properties/script_name",
    keyword: "pattern",
    reason: "the documented script_name pattern (fact sheet §1), checked before a request is sent",
  },
  {
    operationId: "namespace-worker-patch-script-secrets-bulk",
    part: "parameters",
    pointer: "/properties/dispatch_namespace",
    keyword: "pattern",
    reason: "the documented dispatch_namespace pattern ^.+$ (fact sheet §1): not empty",
  },
  {
    part: REQUEST,
    pointer: SECRET,
    keyword: "nullable",
    reason:
      "RFC 7396 §2: null deletes a secret. The official map value puts `nullable` beside `$ref`, which OAS 3.0 ignores, so null fails it (fact sheet §8)",
  },
  ...forBothKinds(`${SECRET}/oneOf/{i}/properties/name`, "minLength", NAME),
  {
    part: REQUEST,
    pointer: `${SECRET}/oneOf/1/properties/usages`,
    keyword: "uniqueItems",
    reason: "WebCrypto usages are a set (the official says so only through x-stainless-collection-type: set)",
  },
  {
    part: REQUEST,
    pointer: `${SECRET}/oneOf/1/properties/key_base64`,
    keyword: "minLength",
    reason: "empty key data cannot be imported",
  },
  {
    part: REQUEST,
    pointer: `${SECRET}/oneOf/1/properties/key_base64`,
    keyword: "pattern",
    reason: "RFC 4648 §4: the base64 alphabet, with padding",
  },
  ...["required", "properties", "additionalProperties"].map((keyword) => ({
    part: REQUEST,
    pointer: `${SECRET}/oneOf/1/properties/key_jwk`,
    keyword,
    reason: JWK,
  })),
  ...["required", "properties", "additionalProperties"].flatMap((keyword) => [
    { part: REQUEST, pointer: `${SECRET}/oneOf/1/properties/algorithm`, keyword, reason: ALGORITHM },
    { part: /^response 200$/, pointer: `${RESULT}/oneOf/1/properties/algorithm`, keyword, reason: ALGORITHM },
  ]),
  ...["if", "then", "else"].map((keyword) => ({
    part: REQUEST,
    pointer: `${SECRET}/oneOf/1`,
    keyword,
    reason: KEY_RULE,
  })),
  ...["errors", "messages"].flatMap((list) => [
    { part: ANY_RESPONSE, pointer: `/properties/${list}`, keyword: "uniqueItems", reason: UNIQUE },
    { part: ANY_RESPONSE, pointer: `/properties/${list}/items`, keyword: "uniqueItems", reason: UNIQUE },
  ]),
  {
    part: FAILURE,
    pointer: "/properties/errors",
    keyword: "minItems",
    reason:
      "a failure has at least one error; the official writes minLength: 1, a string keyword, beside a $ref where OAS 3.0 ignores it (fact sheet §8)",
  },
  { part: "response 200", pointer: `${RESULT}/oneOf/0/properties/text`, keyword: "", reason: NO_VALUES },
  { part: "response 200", pointer: `${RESULT}/oneOf/0`, keyword: "required", reason: NO_VALUES },
  {
    part: "response 200",
    pointer: `${RESULT}/oneOf/1/properties/key_base64`,
    keyword: "",
    reason: NO_VALUES,
  },
  { part: "response 200", pointer: `${RESULT}/oneOf/1/properties/key_jwk`, keyword: "", reason: NO_VALUES },
  {
    operationId: "namespace-worker-patch-script-secrets-bulk",
    part: "response 200",
    pointer: "",
    keyword: "required",
    reason:
      "one SecretsPatchResponse serves both twins, with `result` optional as in the plain-script variant (lenient on responses)",
  },
];
