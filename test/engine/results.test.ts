import { aggregateModuleSource } from '../../src/engine/aggregate-module';
import { deriveResults, readRuleOutput } from '../../src/engine/results';
import type { RuleDefinition } from '../../src/engine/rule-metadata';

const resources = new Map([
  ['p#aws_s3_bucket.a', { address: 'aws_s3_bucket.a', type: 'aws_s3_bucket', file: 'p', line: 3 }],
  ['p#aws_s3_bucket.b', { address: 'aws_s3_bucket.b', type: 'aws_s3_bucket', file: 'p' }],
  ['p#aws_s3_bucket.c', { address: 'aws_s3_bucket.c', type: 'aws_s3_bucket', file: 'p' }],
]);

describe('deriveResults', () => {
  test('one result per applicable resource: fail, unknown, or a derived pass', () => {
    const output = readRuleOutput({
      applies: ['p#aws_s3_bucket.a', 'p#aws_s3_bucket.b', 'p#aws_s3_bucket.c'],
      deny: [{ id: 'p#aws_s3_bucket.a', msg: 'no encryption' }, { id: 'p#aws_s3_bucket.a', msg: 'no encryption' }],
      unknown: [{ id: 'p#aws_s3_bucket.b', msg: 'known after apply' }],
    });
    const results = deriveResults('r', 'high', output, resources, 'ok');
    expect(results.map((r) => [r.resource.address, r.status, r.message])).toEqual([
      ['aws_s3_bucket.a', 'fail', 'no encryption'],
      ['aws_s3_bucket.b', 'unknown', 'known after apply'],
      ['aws_s3_bucket.c', 'pass', 'ok'],
    ]);
    expect(results[0].resource.line).toBe(3);
  });

  test('a denied resource missing from applies is still reported as failing', () => {
    const results = deriveResults('r', 'low', readRuleOutput({ applies: [], deny: [{ id: 'p#aws_s3_bucket.b', msg: 'bad' }] }), resources, 'ok');
    expect(results).toHaveLength(1);
    expect(results[0].status).toBe('fail');
  });

  test('malformed outputs are read defensively', () => {
    expect(readRuleOutput({ applies: [1, 'x'], deny: ['text', { id: 'x', msg: { a: 1 } }] })).toEqual({
      applies: ['x'], deny: [{ id: 'x', msg: '{"a":1}' }], unknown: [], evidence: [],
    });
    expect(readRuleOutput(undefined)).toEqual({ applies: [], deny: [], unknown: [], evidence: [] });
  });
});

describe('aggregateModuleSource', () => {
  const rule = (id: string, path: string[], outputs: RuleDefinition['outputs']): RuleDefinition => ({
    meta: { id, title: id, severity: 'low', category: 'c', controls: [] }, packagePath: path, outputs, parameters: [],
  });

  test('gathers each rule output, absent outputs as empty sets', () => {
    const src = aggregateModuleSource([rule('a-rule', ['plangate', 'rules', 'a'], ['applies', 'deny']), rule('b', ['x', 'we-ird'], ['deny'])]);
    expect(src).toContain('rule_0 := {"applies": data.plangate.rules.a.applies, "deny": data.plangate.rules.a.deny, "unknown": set(), "evidence": set()}');
    expect(src).toContain('rule_1 := {"applies": set(), "deny": data.x["we-ird"].deny, "unknown": set(), "evidence": set()}');
    expect(src).toContain('"a-rule": rule_0,');
  });
});

test('a passing result carries what the rule observed (evidence), failing ones their findings', () => {
  const index = new Map([['a', { address: 'aws_ebs_volume.a', type: 'aws_ebs_volume' }], ['b', { address: 'aws_ebs_volume.b', type: 'aws_ebs_volume' }]]);
  const out = deriveResults('r', 'high', { applies: ['a', 'b'], deny: [{ id: 'b', msg: 'b is not encrypted' }], unknown: [], evidence: [{ id: 'a', msg: 'encrypted = true' }, { id: 'b', msg: 'ignored' }] }, index, 'EBS volumes are encrypted');
  expect(out.map((r) => [r.resource.address, r.status, r.message])).toEqual([
    ['aws_ebs_volume.a', 'pass', 'EBS volumes are encrypted: encrypted = true'],
    ['aws_ebs_volume.b', 'fail', 'b is not encrypted'],
  ]);
});
