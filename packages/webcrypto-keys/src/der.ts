/**
 * A small strict DER reader (ITU-T X.690 §8 basic encoding + §10 DER restrictions).
 *
 * Why our own and not a library: the candidates we looked at do not fit. `@oslojs/asn1` (small, ESM) accepts
 * non-minimal long-form lengths and reports no offsets; `asn1js` / `@peculiar/asn1-schema` are BER-lenient
 * and pull `tslib`/`pvtsutils`; `@lapo/asn1js` is a BER viewer. Key import needs five universal types and
 * strictness (definite, minimal lengths; minimal INTEGERs; no trailing bytes), which is ~120 lines.
 * Reading is iterative and bounded by the input: no recursion, every TLV must fit in its parent.
 */

export const TAG = {
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  NULL: 0x05,
  OID: 0x06,
  SEQUENCE: 0x30,
  CTX0: 0xa0,
  CTX1: 0xa1,
} as const;

const TAG_NAMES: Record<number, string> = {
  1: "BOOLEAN",
  2: "INTEGER",
  3: "BIT STRING",
  4: "OCTET STRING",
  5: "NULL",
  6: "OBJECT IDENTIFIER",
  12: "UTF8String",
  48: "SEQUENCE",
  49: "SET",
  160: "[0]",
  161: "[1]",
  128: "[0] (primitive)",
  129: "[1] (primitive)",
};

/** Human name of a tag byte, for messages (names, never raw bytes). */
export function tagName(tag: number): string {
  return TAG_NAMES[tag] ?? `a tag of class ${["universal", "application", "context", "private"][tag >> 6]}`;
}

/** A decoded tag-length-value: offsets into the reader's buffer. */
export interface Tlv {
  tag: number;
  start: number;
  contentStart: number;
  end: number;
}

export class DerError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(`${message} at byte ${offset}`);
    this.name = "DerError";
  }
}

export class DerReader {
  private pos: number;
  constructor(
    readonly bytes: Uint8Array,
    start = 0,
    private readonly limit = bytes.length,
  ) {
    this.pos = start;
  }

  get done(): boolean {
    return this.pos >= this.limit;
  }

  get offset(): number {
    return this.pos;
  }

  peekTag(): number | undefined {
    return this.done ? undefined : this.bytes[this.pos];
  }

  /** Read the next TLV, enforcing X.690 §10.1 (definite, minimal length) and low-tag-number form. */
  read(): Tlv {
    const start = this.pos;
    const b = this.bytes;
    if (start + 2 > this.limit)
      throw new DerError(start, "expected a tag and a length, found the end of the data");
    const tag = b[start] as number;
    if ((tag & 0x1f) === 0x1f)
      throw new DerError(start, "expected a low tag number, found the high-tag-number form");
    let p = start + 1;
    const first = b[p++] as number;
    let length = first;
    if (first === 0x80)
      throw new DerError(start + 1, "expected a definite length, found the indefinite form (BER)");
    if (first > 0x80) {
      const n = first & 0x7f;
      if (n > 4) throw new DerError(start + 1, `expected at most 4 length bytes, found ${n}`);
      if (p + n > this.limit)
        throw new DerError(start + 1, "expected the length bytes, found the end of the data");
      if (b[p] === 0) throw new DerError(p, "expected a minimal length, found a leading zero length byte");
      length = 0;
      for (let i = 0; i < n; i++) length = length * 256 + (b[p++] as number);
      if (length < 0x80)
        throw new DerError(start + 1, "expected the short length form for lengths below 128");
    }
    const end = p + length;
    if (end > this.limit) {
      throw new DerError(
        start,
        `expected ${length} content bytes for ${tagName(tag)}, found ${this.limit - p}`,
      );
    }
    this.pos = end;
    return { tag, start, contentStart: p, end };
  }

  /** Read the next TLV and insist on its tag. */
  expect(tag: number, what: string): Tlv {
    const found = this.peekTag();
    if (found === undefined)
      throw new DerError(this.pos, `expected ${what} (${tagName(tag)}), found the end`);
    if (found !== tag)
      throw new DerError(this.pos, `expected ${what} (${tagName(tag)}), found ${tagName(found)}`);
    return this.read();
  }

  /** A reader over the content of a constructed TLV. */
  inside(t: Tlv): DerReader {
    return new DerReader(this.bytes, t.contentStart, t.end);
  }

  /** Fail when anything is left (X.690 allows no trailing data inside a structure). */
  finish(what: string): void {
    if (!this.done)
      throw new DerError(
        this.pos,
        `expected the end of ${what}, found ${tagName(this.bytes[this.pos] as number)}`,
      );
  }

  content(t: Tlv): Uint8Array {
    return this.bytes.subarray(t.contentStart, t.end);
  }

  /** INTEGER content (X.690 §8.3): minimal two's complement; returns the magnitude of a non-negative value. */
  unsigned(t: Tlv, what: string): Uint8Array {
    const c = this.content(t);
    if (c.length === 0)
      throw new DerError(t.start, `expected ${what} to have content, found an empty INTEGER`);
    const [b0, b1] = [c[0] as number, c[1]];
    if (b1 !== undefined && ((b0 === 0 && b1 < 0x80) || (b0 === 0xff && b1 >= 0x80))) {
      throw new DerError(t.start, `expected ${what} in minimal form, found redundant leading bytes`);
    }
    if (b0 >= 0x80)
      throw new DerError(t.start, `expected ${what} to be non-negative, found a negative INTEGER`);
    return b0 === 0 && c.length > 1 ? c.subarray(1) : c;
  }

  /** A small non-negative INTEGER such as a version number. */
  smallInt(t: Tlv, what: string): number {
    const mag = this.unsigned(t, what);
    if (mag.length > 4)
      throw new DerError(t.start, `expected ${what} to be a small integer, found ${mag.length} bytes`);
    return mag.reduce((n, x) => n * 256 + x, 0);
  }

  /** BIT STRING content (X.690 §8.6) holding whole bytes: the unused-bits octet must be 0. */
  bitStringBytes(t: Tlv, what: string): Uint8Array {
    const c = this.content(t);
    if (c.length === 0 || c[0] !== 0) {
      throw new DerError(t.start, `expected ${what} as a BIT STRING of whole bytes, found unused bits`);
    }
    return c.subarray(1);
  }
}
