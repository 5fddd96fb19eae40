import { addressGlob, enforcementLevel, failsRun, mergeParameters, parseParamFlags, todayUtc, WaiverBook } from '../../src/config';
import type { Waiver } from '../../src/config';

const waiver = (over: Partial<Waiver>): Waiver => ({ rule: 'r1', resource: 'aws_s3_bucket.logs*', reason: 'why', approvedBy: 'sec', expires: '2027-01-31', ...over });

describe('waivers', () => {
  test.each([
    ['aws_s3_bucket.logs*', 'aws_s3_bucket.logs', true],
    ['aws_s3_bucket.logs*', 'aws_s3_bucket.logs["eu"]', true],
    ['aws_s3_bucket.logs*', 'aws_s3_bucket.data', false],
    ['module.*.aws_s3_bucket.b', 'module.net.aws_s3_bucket.b', true],
    ['aws_s3_bucket.b[?]', 'aws_s3_bucket.b[0]', true],
    ['aws_s3_bucket.b[0]', 'aws_s3_bucket.b0', false],
    ['Deployment/default/*', 'Deployment/default/web', true],
  ])('glob %s against %s', (pattern, address, matches) => {
    expect(addressGlob(pattern).test(address)).toBe(matches);
  });

  test('active, expired and stale states', () => {
    const active = waiver({});
    const expired = waiver({ rule: 'r2', expires: '2026-01-01' });
    const stale = waiver({ rule: 'r3' });
    const book = new WaiverBook([active, expired, stale], '2026-11-21');
    expect(book.match('r1', 'aws_s3_bucket.logs')).toEqual({ waiver: active, state: 'active' });
    expect(book.match('r2', 'aws_s3_bucket.logs')).toEqual({ waiver: expired, state: 'expired' });
    expect(book.match('r1', 'aws_s3_bucket.other')).toBeUndefined();
    expect(book.stale()).toEqual([stale]);
  });

  test('a waiver is valid through its expiry day', () => {
    expect(new WaiverBook([waiver({ expires: '2026-11-21' })], '2026-11-21').match('r1', 'aws_s3_bucket.logs')?.state).toBe('active');
    expect(new WaiverBook([waiver({ expires: '2026-11-20' })], '2026-11-21').match('r1', 'aws_s3_bucket.logs')?.state).toBe('expired');
  });

  test('an active waiver wins over an expired one for the same failure', () => {
    const old = waiver({ expires: '2025-01-01' });
    const current = waiver({});
    expect(new WaiverBook([old, current], '2026-11-21').match('r1', 'aws_s3_bucket.logs')?.waiver).toBe(current);
  });

  test('today honours SOURCE_DATE_EPOCH', () => {
    expect(todayUtc({ SOURCE_DATE_EPOCH: '1700000000' })).toBe('2023-11-14');
  });
});

describe('parameters', () => {
  test('layers merge key by key, objects recursively, arrays replaced', () => {
    const merged = mergeParameters(
      { required_tags: { owner: [], 'data-classification': ['public'] }, admin_ports: [22, 3389] },
      { required_tags: { 'cost-center': [] }, admin_ports: [22] },
      parseParamFlags(['required_tags.owner=[team-a, team-b]', 'environment=prd']),
    );
    expect(merged).toEqual({
      required_tags: { owner: ['team-a', 'team-b'], 'data-classification': ['public'], 'cost-center': [] },
      admin_ports: [22],
      environment: 'prd',
    });
  });

  test('a flag without = is a usage error', () => {
    expect(() => parseParamFlags(['environment'])).toThrow('expected KEY=VALUE');
  });
});

describe('enforcement', () => {
  test.each([
    [{ r1: 'advisory' as const }, 'r1', 'tagging', 'advisory'],
    [{ tagging: 'soft-mandatory' as const }, 'r1', 'tagging', 'soft-mandatory'],
    [{ r1: 'mandatory' as const, tagging: 'advisory' as const }, 'r1', 'tagging', 'mandatory'],
    [undefined, 'r1', 'tagging', 'mandatory'],
  ])('level from %j for %s/%s', (levels, rule, category, want) => {
    expect(enforcementLevel(levels, rule, category)).toBe(want);
  });

  test.each([
    ['advisory', false, false],
    ['advisory', true, false],
    ['soft-mandatory', false, true],
    ['soft-mandatory', true, false],
    ['mandatory', true, true],
  ] as const)('%s with override=%s fails the run: %s', (level, override, fails) => {
    expect(failsRun(level, override)).toBe(fails);
  });
});
