import { fc, test } from "@fast-check/vitest";
import { beforeAll, describe, expect, it } from "vitest";
import { DerError, DerReader, TAG } from "./der.js";
import { readKeyInfo } from "./key-info.js";
import { decodeOid, encodeOid, OID } from "./oid.js";
import { innerPrivateKey, innerPublicKey, type KeySet, keys, sec1WithCurve } from "./test-support/keys.js";
import { tlv, wrapPkcs1Private, wrapPkcs1Public, wrapSec1 } from "./wrap.js";

const hex = (s: string) => new Uint8Array(s.match(/../g)?.map((h) => Number.parseInt(h, 16)) ?? []);

describe("DerReader.read enforces X.690 §10.1", () => {
  it.each([
    ["short definite length", { given: "0403aabbcc", want: { contentStart: 2, end: 5 } }],
    ["long form for 128 bytes", { given: `0481800${"0".repeat(255)}`, want: { contentStart: 3, end: 131 } }],
    ["empty content", { given: "0500", want: { contentStart: 2, end: 2 } }],
  ])("accepts %s", (_name, { given, want }) => {
    const t = new DerReader(hex(given)).read();
    expect({ contentStart: t.contentStart, end: t.end }).toEqual(want);
  });

  it.each([
    ["indefinite length (BER)", { given: "30800000", want: /indefinite/ }],
    ["long form below 128", { given: "048105aabbccddee", want: /short length form/ }],
    ["leading zero length byte", { given: "04820080", want: /leading zero/ }],
    ["more than 4 length bytes", { given: "0485000000000100", want: /at most 4/ }],
    ["content past the end", { given: "0405aabb", want: /expected 5 content bytes/ }],
    ["high tag number form", { given: "1f0100", want: /high-tag-number/ }],
    ["a lone tag byte", { given: "04", want: /end of the data/ }],
  ])("rejects %s", (_name, { given, want }) => {
    expect(() => new DerReader(hex(given)).read()).toThrow(want);
  });

  it("reports failures as DerError with the offset", () => {
    try {
      new DerReader(hex("3003020180")).expect(TAG.SEQUENCE, "x");
      new DerReader(hex("300302")).read();
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DerError);
      expect((e as DerError).offset).toBe(0);
    }
  });
});

describe("INTEGER, BIT STRING and OID content rules", () => {
  const int = (h: string) => {
    const r = new DerReader(hex(h));
    return r.unsigned(r.read(), "n");
  };
  it.each([
    ["minimal positive with sign byte", { given: "02020080", want: "80" }],
    ["zero", { given: "020100", want: "00" }],
    ["multi-byte", { given: "0203010001", want: "010001" }],
  ])("INTEGER %s", (_name, { given, want }) => {
    expect(Buffer.from(int(given)).toString("hex")).toBe(want);
  });
  it.each([
    ["empty INTEGER", { given: "0200", want: /empty INTEGER/ }],
    ["redundant 0x00", { given: "02020001", want: /minimal form/ }],
    ["redundant 0xff", { given: "0202ff80", want: /minimal form/ }],
    ["negative", { given: "020180", want: /non-negative/ }],
  ])("INTEGER rejects %s", (_name, { given, want }) => {
    expect(() => int(given)).toThrow(want);
  });
  it("BIT STRING with unused bits is rejected", () => {
    const r = new DerReader(hex("030207ff"));
    expect(() => r.bitStringBytes(r.read(), "k")).toThrow(/unused bits/);
  });
  it.each([
    ["rsaEncryption", { given: "2a864886f70d010101", want: OID.rsaEncryption }],
    ["P-256", { given: "2a8648ce3d030107", want: OID.p256 }],
    ["Ed25519", { given: "2b6570", want: OID.ed25519 }],
  ])("decodes the %s OID", (_name, { given, want }) => {
    expect(decodeOid(hex(given), 0)).toBe(want);
  });
  it.each([
    ["a 0x80 pad", { given: "2b8065", want: /0x80 pad/ }],
    ["a dangling continuation", { given: "2b65f0", want: /continuation/ }],
    ["no bytes", { given: "", want: /1\.\.64/ }],
  ])("OID rejects %s", (_name, { given, want }) => {
    expect(() => decodeOid(hex(given), 0)).toThrow(want);
  });
});

describe("laws", () => {
  test.prop([fc.uint8Array({ maxLength: 300 }), fc.constantFrom(0x04, 0x30, 0x02)])(
    "tlv then read gives back the content",
    (content, tag) => {
      const r = new DerReader(tlv(tag, content));
      const t = r.read();
      expect(t.tag).toBe(tag);
      expect(r.content(t)).toEqual(content);
      expect(r.done).toBe(true);
    },
  );

  test.prop([
    fc.array(fc.integer({ min: 0, max: 2 ** 40 }), { minLength: 1, maxLength: 8 }),
    fc.integer({ min: 0, max: 2 }),
    fc.integer({ min: 0, max: 39 }),
  ])("encodeOid then decodeOid is the identity", (rest, first, second) => {
    const oid = [first, second, ...rest].join(".");
    expect(decodeOid(encodeOid(oid), 0)).toBe(oid);
  });

  test.prop([fc.uint8Array({ maxLength: 200 })], { numRuns: 2000 })(
    "readKeyInfo on random bytes returns or throws DerError, nothing else",
    (bytes) => {
      try {
        readKeyInfo(bytes);
      } catch (e) {
        expect(e).toBeInstanceOf(DerError);
      }
    },
  );
});

describe("readKeyInfo names the structure", () => {
  let k: KeySet;
  beforeAll(async () => {
    k = await keys();
  });
  it.each([
    ["RSA SPKI", { given: (k: KeySet) => k.rsa.spki, want: "spki" }],
    ["RSA PKCS#8", { given: (k: KeySet) => k.rsa.pkcs8, want: "pkcs8" }],
    ["bare PKCS#1 private", { given: (k: KeySet) => innerPrivateKey(k.rsa.pkcs8), want: "pkcs1-private" }],
    ["bare PKCS#1 public", { given: (k: KeySet) => innerPublicKey(k.rsa.spki), want: "pkcs1-public" }],
    ["SEC1", { given: (k: KeySet) => sec1WithCurve(k.ec["P-384"].pkcs8, OID.p384), want: "sec1" }],
    ["Ed25519 PKCS#8", { given: (k: KeySet) => k.ed25519.pkcs8, want: "pkcs8" }],
  ])("%s", (_name, { given, want }) => {
    expect(readKeyInfo(given(k)).kind).toBe(want);
  });

  it("rewraps bare keys losslessly into the structures WebCrypto generates", () => {
    expect(wrapPkcs1Private(innerPrivateKey(k.rsa.pkcs8))).toEqual(k.rsa.pkcs8);
    expect(wrapPkcs1Public(innerPublicKey(k.rsa.spki))).toEqual(k.rsa.spki);
    const sec1 = sec1WithCurve(k.ec["P-256"].pkcs8, OID.p256);
    const info = readKeyInfo(wrapSec1(sec1, OID.p256));
    expect(info.kind).toBe("pkcs8");
    expect(info.inner.innerCurve).toBe(OID.p256);
  });

  it("reports RSA facts", () => {
    const info = readKeyInfo(k.rsa.spki);
    expect(info.inner.rsa).toEqual({
      modulusBytes: 256,
      modulusBits: 2048,
      modulusOdd: true,
      exponent: 65537n,
    });
  });

  it("counts trailing bytes", () => {
    const withTrailing = new Uint8Array([...k.ed25519.spki, 0, 0]);
    expect(readKeyInfo(withTrailing).trailing).toBe(2);
  });
});
