// Deterministic workloads for the benchmark (issue 3): a ~1 MB nested document with a ~10 KB patch, a
// 50,000-member flat object, and nested chains. A seeded PRNG keeps every run on the same data.

function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet"];

function record(rand, i) {
  const word = () => WORDS[Math.floor(rand() * WORDS.length)];
  return {
    id: i,
    name: `${word()} ${word()} ${i}`,
    email: `user${i}@example.com`,
    active: rand() < 0.5,
    score: Math.round(rand() * 1e6) / 100,
    tags: [word(), word(), word()],
    address: {
      street: `${Math.floor(rand() * 999)} ${word()} street`,
      city: word(),
      geo: { lat: rand() * 180 - 90, lng: rand() * 360 - 180, meta: { source: word(), accuracy: rand() } },
    },
    history: [
      { at: 1700000000 + i, event: word() },
      { at: 1700000500 + i, event: word() },
    ],
  };
}

const id = (i) => `r${String(i).padStart(4, "0")}`;

/** ~1 MB document: { version, records: { r0000: {...}, … } }, 2,400 records (depth 5). */
export function largeDocument() {
  const rand = prng(1);
  const records = {};
  for (let i = 0; i < 2400; i++) records[id(i)] = record(rand, i);
  return { version: 1, records };
}

/** ~10 KB merge patch touching ~2% of the records: edits, deletions of members, new and deleted records. */
export function smallPatch() {
  const rand = prng(2);
  const records = {};
  for (let n = 0; n < 52; n++) {
    const i = Math.floor(rand() * 2400);
    records[id(i)] = {
      name: `renamed ${n}`,
      email: null,
      score: n,
      tags: ["patched", String(n)],
      address: { geo: { lat: n, meta: { accuracy: null, checked: true } } },
    };
  }
  for (let n = 0; n < 5; n++) records[`${id(n * 97)}x`] = record(rand, 10000 + n);
  for (let n = 0; n < 5; n++) records[id(2399 - n * 13)] = null;
  return { version: 2, records };
}

/** Flat object with `width` members, and a changed copy (1% edited, 0.5% deleted, 0.5% added). */
export function widePair(width) {
  const before = {};
  for (let i = 0; i < width; i++) before[`key${i}`] = i;
  const after = { ...before };
  for (let i = 0; i < width; i += 100) after[`key${i}`] = -i;
  for (let i = 50; i < width; i += 200) delete after[`key${i}`];
  for (let i = 0; i < width / 200; i++) after[`new${i}`] = i;
  return { before, after };
}

/** `{"a":{"a":…{"leaf":leaf}}}` nested `depth` levels. */
export function chain(depth, leaf) {
  let value = { leaf };
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}
