import { WaiverBook } from '../../src/config';
import { applyEnforcement, applyWaivers, decideVerdict, staleWaivers } from '../../src/engine/judge';
import type { Result } from '../../src/report/model';

const result = (over: Partial<Result>): Result => ({
  ruleId: 'r1', status: 'fail', severity: 'high', resource: { address: 'aws_s3_bucket.logs', type: 'aws_s3_bucket' }, message: 'bad', ...over,
});

const waiver = { rule: 'r1', resource: 'aws_s3_bucket.logs*', reason: 'why', approvedBy: 'sec', expires: '2027-01-31' };

describe('waivers on results', () => {
  test('an active waiver waives a failure and is not stale', () => {
    const book = new WaiverBook([waiver], '2026-11-21');
    const [r] = applyWaivers([result({})], book);
    expect(r.status).toBe('waived');
    expect(r.waiver).toMatchObject({ reason: 'why', approvedBy: 'sec', expires: '2027-01-31' });
    expect(staleWaivers(book)).toEqual([]);
  });

  test('an expired waiver leaves the failure and says when it expired', () => {
    const [r] = applyWaivers([result({})], new WaiverBook([{ ...waiver, expires: '2026-01-01' }], '2026-11-21'));
    expect(r.status).toBe('fail');
    expect(r.message).toBe('bad (waiver expired on 2026-01-01)');
  });

  test('passes are never waived and a waiver matching nothing is stale', () => {
    const book = new WaiverBook([waiver], '2026-11-21');
    expect(applyWaivers([result({ status: 'pass' })], book)[0].status).toBe('pass');
    expect(staleWaivers(book)).toEqual([{ ...waiver, why: 'unmatched' }]);
  });
});

describe('verdict', () => {
  const opts = { failOn: 'low' as const, failOnUnknown: false, override: false };
  const categories = new Map([['r1', 'tagging']]);

  test.each([
    ['a failure fails', [result({})], opts, 'fail'],
    ['below failOn passes', [result({ severity: 'low' })], { ...opts, failOn: 'high' as const }, 'pass'],
    ['unknown passes by default', [result({ status: 'unknown' })], opts, 'pass'],
    ['unknown fails with failOnUnknown', [result({ status: 'unknown' })], { ...opts, failOnUnknown: true }, 'fail'],
    ['waived passes', [result({ status: 'waived' })], opts, 'pass'],
    ['an error is an error', [result({}), result({ status: 'error' })], opts, 'error'],
  ] as const)('%s', (_name, results, options, want) => {
    expect(decideVerdict(applyEnforcement([...results], categories, undefined), options, { problems: false, uncovered: false })).toBe(want);
  });

  test.each([
    ['advisory', false, 'pass'],
    ['soft-mandatory', false, 'fail'],
    ['soft-mandatory', true, 'pass'],
    ['mandatory', true, 'fail'],
  ] as const)('enforcement %s with override=%s gives %s', (level, override, want) => {
    const results = applyEnforcement([result({})], categories, { tagging: level });
    expect(results[0].enforcement).toBe(level);
    expect(decideVerdict(results, { ...opts, override }, { problems: false, uncovered: false })).toBe(want);
  });

  const passing = [result({ status: 'pass' })];
  test.each([
    ['problems make an error even when all passes', { problems: true, uncovered: false }, opts, 'error'],
    ['no rules ran fails', { problems: false, uncovered: false, empty: 'no rules ran' }, opts, 'fail'],
    ['nothing judged fails', { problems: false, uncovered: true, empty: 'nothing judged' }, opts, 'fail'],
    ['nothing judged passes with allowEmpty', { problems: false, uncovered: true, empty: 'nothing judged' }, { ...opts, allowEmpty: true }, 'pass'],
    ['uncovered resources pass by default', { problems: false, uncovered: true }, opts, 'pass'],
    ['uncovered resources fail with failOnUncovered', { problems: false, uncovered: true }, { ...opts, failOnUncovered: true }, 'fail'],
  ] as const)('%s', (_name, gaps, options, want) => {
    expect(decideVerdict(passing, options, gaps)).toBe(want);
  });
});
