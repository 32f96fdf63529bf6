/**
 * `secretKeyFromPem`: turn PEM text (RFC 7468) into a `secret_key`. Recognises PUBLIC KEY (SPKI),
 * PRIVATE KEY (PKCS#8), RSA PRIVATE KEY / RSA PUBLIC KEY (PKCS#1, RFC 8017 App. A.1) and EC PRIVATE KEY
 * (SEC1, RFC 5915); bare keys are rewrapped losslessly (wrap.ts). For everything else the error says which
 * command produces an importable key.
 */
import { decodeBase64, encodeBase64 } from "./base64.js";
import { DerError } from "./der.js";
import { describe, isObject } from "./describe.js";
import { SecretKeyError } from "./errors.js";
import { readKeyInfo } from "./key-info.js";
import { CURVE_OF_OID, oidName } from "./oid.js";
import type { SecretKey } from "./secret-key.js";
import { wrapPkcs1Private, wrapPkcs1Public, wrapSec1 } from "./wrap.js";

export interface FromPemOptions {
  name: string;
  algorithm: Record<string, unknown> & { name: string };
  usages: KeyUsage[];
}

const RUN: Record<string, string> = {
  "ENCRYPTED PRIVATE KEY":
    "decrypt it first: `openssl pkey -in key.pem -out plain.pem` (prompts for the passphrase)",
  CERTIFICATE: "extract its public key: `openssl x509 -in cert.pem -pubkey -noout > public.pem`",
  "OPENSSH PRIVATE KEY": "convert it: `ssh-keygen -p -m PKCS8 -f key` (rewrites the file as PRIVATE KEY)",
  "DSA PRIVATE KEY": "DSA keys cannot be imported by WebCrypto",
};
const CURVE_OIDS: Record<string, string> = Object.fromEntries(
  Object.entries(CURVE_OF_OID).map(([oid, c]) => [c, oid]),
);

export function secretKeyFromPem(pem: string, options: FromPemOptions): SecretKey {
  if (typeof pem !== "string")
    throw new SecretKeyError("options-invalid", `expected PEM text, found ${describe(pem)}`);
  if (
    !isObject(options) ||
    typeof options.name !== "string" ||
    !isObject(options.algorithm) ||
    !Array.isArray(options.usages)
  ) {
    throw new SecretKeyError(
      "options-invalid",
      "expected options { name, algorithm, usages }, found something else",
    );
  }
  const blocks = [...pem.matchAll(/-----BEGIN ([A-Z0-9 ]+)-----\r?\n([\s\S]*?)-----END \1-----/g)].filter(
    (m) => m[1] !== "EC PARAMETERS",
  );
  if (blocks.length !== 1) {
    throw new SecretKeyError(
      blocks.length === 0 ? "pem-not-found" : "pem-multiple",
      `expected exactly one PEM key block (-----BEGIN …----- … -----END …-----), found ${blocks.length}`,
    );
  }
  const [whole, label = "", body = ""] = blocks[0] as RegExpMatchArray;
  const line = pem.slice(0, pem.indexOf(whole)).split("\n").length;
  if (RUN[label])
    throw new SecretKeyError(
      label.startsWith("ENCRYPTED") ? "pem-encrypted" : "pem-unsupported",
      `expected an unencrypted key block, found "${label}": ${RUN[label]}`,
      "",
      line,
    );
  if (/^[A-Za-z-]+:/m.test(body)) {
    throw new SecretKeyError(
      "pem-encrypted",
      `expected a plain PEM body, found RFC 1421 headers (an encrypted legacy key): run \`openssl pkey -in key.pem -out plain.pem\``,
      "",
      line + 1,
    );
  }
  const decoded = decodeBase64(body.replace(/\s+/g, ""));
  if ("problem" in decoded)
    throw new SecretKeyError(
      "pem-base64-invalid",
      `expected base64 between the PEM lines, found ${decoded.problem === "characters" ? "other characters" : `a ${decoded.problem} problem`}`,
      "",
      line + 1,
    );
  const { format, der } = convert(label, decoded.bytes, options, line);
  return {
    name: options.name,
    type: "secret_key",
    format,
    key_base64: encodeBase64(der),
    algorithm: { ...options.algorithm },
    usages: [...options.usages],
  };
}

function convert(
  label: string,
  der: Uint8Array,
  options: FromPemOptions,
  line: number,
): { format: "spki" | "pkcs8"; der: Uint8Array } {
  const want: Record<string, string> = {
    "PUBLIC KEY": "spki",
    "PRIVATE KEY": "pkcs8",
    "RSA PRIVATE KEY": "pkcs1-private",
    "RSA PUBLIC KEY": "pkcs1-public",
    "EC PRIVATE KEY": "sec1",
  };
  const expected = want[label];
  if (!expected)
    throw new SecretKeyError(
      "pem-unsupported",
      `expected PUBLIC KEY, PRIVATE KEY, RSA PRIVATE KEY, RSA PUBLIC KEY or EC PRIVATE KEY, found "${label.length <= 40 ? label : "a long label"}"`,
      "",
      line,
    );
  let info: ReturnType<typeof readKeyInfo>;
  try {
    info = readKeyInfo(der);
  } catch (e) {
    if (e instanceof DerError)
      throw new SecretKeyError(
        "der-invalid",
        `expected DER for "${label}", found malformed DER: ${e.message}`,
        "",
        line,
      );
    throw e;
  }
  if (info.kind !== expected || info.trailing > 0) {
    throw new SecretKeyError(
      "der-invalid",
      `expected the "${label}" block to hold ${expected}, found ${info.kind}${info.trailing ? " with trailing bytes" : ""}`,
      "",
      line,
    );
  }
  if (info.kind === "spki") return { format: "spki", der };
  if (info.kind === "pkcs8") return { format: "pkcs8", der };
  if (info.kind === "pkcs1-private") return { format: "pkcs8", der: wrapPkcs1Private(der) };
  if (info.kind === "pkcs1-public") return { format: "spki", der: wrapPkcs1Public(der) };
  const named = options.algorithm.namedCurve;
  const inner = info.inner.innerCurve;
  const curveOid = inner ?? (typeof named === "string" ? CURVE_OIDS[named] : undefined);
  if (!curveOid) {
    throw new SecretKeyError(
      "pem-curve-unknown",
      "expected the EC PRIVATE KEY to name its curve, or algorithm.namedCurve (P-256, P-384, P-521), found neither: pass namedCurve or run `openssl pkcs8 -topk8 -nocrypt -in key.pem`",
      "",
      line,
    );
  }
  if (inner && typeof named === "string" && CURVE_OF_OID[inner] !== named) {
    throw new SecretKeyError(
      "pem-curve-unknown",
      `expected a ${named} key (algorithm.namedCurve), found a key on ${oidName(inner)}`,
      "",
      line,
    );
  }
  return { format: "pkcs8", der: wrapSec1(der, curveOid) };
}
