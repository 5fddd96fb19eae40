// fast-check arbitraries for fuzzing: byte-level mutations of seed files (flips, cuts, splices, repeated slices,
// hostile insertions) and structure-level mutations of JSON seeds (values swapped for random or hostile JSON).
import fc from 'fast-check';

/** Bytes that tend to break parsers: structure, quotes, escapes, YAML indicators, BOMs, NUL, invalid UTF-8. */
const HOSTILE_SNIPPETS = [
  '{', '}', '[', ']', '"', '\\', '\\u', ':', ',', '\n', '\r\n', '\t', '- ', '? ', '&a ', '*a', '!!binary ', '---\n', '...\n',
  '%YAML 1.1\n', '<<: *a\n', '#', '|', '>', '\ufeff', '\u0000', '\ud800', '1e999999', '-0', '9'.repeat(400), '"\\ud800"',
  'null', 'true', '{"a":'.repeat(50), '['.repeat(2000),
].map((s) => Buffer.from(s, 'utf8'));
const RAW_BYTES = [Buffer.from([0xff]), Buffer.from([0xc3]), Buffer.from([0xfe, 0xff]), Buffer.from([0xe2, 0x82])];

type Mutation = (bytes: Buffer) => Buffer;

function at(bytes: Buffer, fraction: number): number {
  return Math.min(bytes.length, Math.floor(fraction * (bytes.length + 1)));
}

const unit = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

/** One byte-level mutation. */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(unit, fc.integer({ min: 0, max: 255 })).map(([p, v]): Mutation => (b) => {
    const out = Buffer.from(b);
    if (out.length > 0) out[Math.min(out.length - 1, at(b, p))] = v;
    return out;
  }),
  unit.map((p): Mutation => (b) => b.subarray(0, at(b, p))),
  fc.tuple(unit, unit).map(([p, q]): Mutation => (b) => Buffer.concat([b.subarray(0, at(b, Math.min(p, q))), b.subarray(at(b, Math.max(p, q)))])),
  fc.tuple(unit, unit, fc.integer({ min: 2, max: 20 })).map(([p, q, n]): Mutation => (b) => {
    const slice = b.subarray(at(b, Math.min(p, q)), at(b, Math.max(p, q))).subarray(0, 4096);
    return Buffer.concat([b.subarray(0, at(b, p)), ...Array.from({ length: n }, () => slice), b.subarray(at(b, p))]);
  }),
  fc.tuple(unit, fc.constantFrom(...HOSTILE_SNIPPETS, ...RAW_BYTES)).map(([p, snippet]): Mutation => (b) => Buffer.concat([b.subarray(0, at(b, p)), snippet, b.subarray(at(b, p))])),
);

/** A seed with one to eight byte-level mutations applied. */
export function mutatedBytes(seeds: readonly Buffer[]): fc.Arbitrary<Buffer> {
  return fc.tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 8 })).map(([seed, ms]) => ms.reduce((b, m) => m(b), seed));
}

const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(null, '', -0, 1e308, '<script>x</script>', '\u0000', [], {}, { kind: null }, { apiVersion: 1, kind: 2, metadata: 3 }, 'a'.repeat(10000)),
);

function replaceAt(value: unknown, path: number[], replacement: unknown): unknown {
  if (path.length === 0 || value === null || typeof value !== 'object') return replacement;
  const [step, ...rest] = path;
  if (Array.isArray(value)) {
    if (value.length === 0) return replacement;
    const i = step % value.length;
    return value.map((v, j) => (j === i ? replaceAt(v, rest, replacement) : v));
  }
  const keys = Object.keys(value);
  if (keys.length === 0) return replacement;
  const key = keys[step % keys.length];
  return { ...(value as Record<string, unknown>), [key]: replaceAt((value as Record<string, unknown>)[key], rest, replacement) };
}

/** A JSON seed with up to five sub-values replaced by random or hostile JSON, serialised again. */
export function mutatedJson(seeds: readonly unknown[]): fc.Arbitrary<Buffer> {
  const edit = fc.tuple(fc.array(fc.nat(), { minLength: 0, maxLength: 8 }), hostileJson);
  return fc.tuple(fc.constantFrom(...seeds), fc.array(edit, { minLength: 1, maxLength: 5 })).map(([seed, edits]) =>
    Buffer.from(JSON.stringify(edits.reduce((v, [path, replacement]) => replaceAt(v, path, replacement), seed))),
  );
}

/** Entirely random bytes, and random printable text with YAML/JSON punctuation. */
export const randomBytes: fc.Arbitrary<Buffer> = fc.oneof(
  fc.uint8Array({ maxLength: 2048 }).map((a) => Buffer.from(a)),
  fc.string({ unit: fc.constantFrom('a', 'b', ':', ' ', '\n', '-', '{', '}', '[', ']', '"', "'", '&', '*', '!', '#', '|', '>', '1', ','), maxLength: 400 }).map((s) => Buffer.from(s)),
);
