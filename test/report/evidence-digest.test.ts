// computeDigest assembles the whole digest from its fields' canonical texts: it must equal the digest of the
// canonical JSON of the whole subject, for any field order and with undefined fields left out.
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../src/report/canonical-json';
import { computeDigest } from '../../src/report/evidence';

const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

test.each<[Record<string, unknown>]>([
  [{ b: 1, a: { y: [1, 'x', null], x: true } }],
  [{ results: [{ z: 1, a: 'é' }], schemaVersion: '1', Z: 'upper before lower', skipped: undefined }],
  [{ digest: { value: 'old' }, signature: 'sig', summary: { passed: 3 } }],
  // More results than one piece of the canonical writer holds: the digest is fed piece by piece.
  [{ results: Array.from({ length: 2345 }, (_, i) => ({ ruleId: `r${i % 7}`, status: 'pass', message: 'ü😀', n: i })), a: 1 }],
])('digest of %# equals the digest of its canonical JSON', (report) => {
  const { digest: _d, signature: _s, ...subject } = report;
  const digest = computeDigest(report);
  expect(digest.value).toBe(sha(canonicalJson(subject)));
  expect(Object.keys(digest.parts ?? {})).toEqual(Object.keys(subject).filter((k) => subject[k] !== undefined).sort());
});
