// Bench inputs: a 100-operation secrets-bulk body (the per-request cap), shaped like real use:
// 70 text secrets, 15 raw HMAC keys, 5 JWK keys, 10 deletes. Deterministic, no randomness.

const b64 = (n) => btoa(String.fromCharCode(...Array.from({ length: 32 }, (_, i) => (i * 7 + n) % 256)));

export function hundredSecrets() {
  const secrets = {};
  for (let i = 0; i < 70; i++) {
    const name = `TEXT_SECRET_${i}`;
    secrets[name] = { name, type: "secret_text", text: `value-${i}-${"x".repeat(40)}` };
  }
  for (let i = 0; i < 15; i++) {
    const name = `HMAC_KEY_${i}`;
    secrets[name] = {
      name,
      type: "secret_key",
      format: "raw",
      algorithm: { name: "HMAC", hash: "SHA-256" },
      usages: ["sign", "verify"],
      key_base64: b64(i),
    };
  }
  for (let i = 0; i < 5; i++) {
    const name = `JWK_KEY_${i}`;
    secrets[name] = {
      name,
      type: "secret_key",
      format: "jwk",
      algorithm: { name: "ECDSA", namedCurve: "P-256" },
      usages: ["verify"],
      key_jwk: { kty: "EC", crv: "P-256", x: "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU", y: `y${i}` },
    };
  }
  for (let i = 0; i < 10; i++) secrets[`OLD_${i}`] = null;
  return { secrets, version_tags: { release: "v1.2.3" } };
}

/** The same body with 5 mistakes spread over it, so allErrors has to report several. */
export function hundredSecretsWithErrors() {
  const body = hundredSecrets();
  body.secrets.TEXT_SECRET_3.type = "secret_txt";
  delete body.secrets.TEXT_SECRET_40.text;
  body.secrets.HMAC_KEY_2.usages = ["sign", "sign"];
  body.secrets.HMAC_KEY_9.format = "jwk";
  body.secrets.JWK_KEY_1.key_base64 = "AAAA";
  return body;
}
