// The text view: coloured only when asked, control characters from untrusted strings never reach the terminal.
import { sealReport, type ReportModel, type Result, type Severity } from '../../src/report';
import { buildText } from '../../src/report/text';
import { demoModel } from './report-fixtures';

const ESC = '\u001b';
/** Our own SGR colour codes (the only escapes the view may write). */
const SGR = new RegExp(`${ESC}\\[\\d+m`, 'g');

test('plain when colour is off, coloured when on, same words', () => {
  const model = sealReport(demoModel());
  const plain = buildText(model, { color: false });
  const coloured = buildText(model, { color: true });
  expect(plain).not.toContain(ESC);
  expect(coloured).toContain(`${ESC}[31m`);
  expect(coloured.replace(SGR, '')).toBe(plain);
});

test('escape sequences inside messages are made visible, not sent to the terminal', () => {
  const model = demoModel();
  model.results[2] = { ...model.results[2], status: 'fail', message: `evil ${ESC}[2J${ESC}]0;title\u0007 done`, resource: { ...model.results[2].resource, address: `x${ESC}[31m` } };
  const out = buildText(sealReport(model), { color: true });
  const withoutOurs = out.replace(SGR, '');
  expect(withoutOurs).not.toContain(ESC);
  expect(withoutOurs).toContain('evil \\x1b[2J\\x1b]0;title\\x07 done');
});

test('the verdict and counts open the output', () => {
  const lines = buildText(sealReport(demoModel())).trimEnd().split('\n');
  expect(lines[0]).toBe('Verdict: FAIL');
  expect(lines[1]).toBe('12 resources, 11 rules: 14 passed, 12 failed, 3 waived, 2 unknown, 1 errors');
});

describe('the order a reader needs', () => {
  const failure = (ruleId: string, severity: Severity, address: string, message: string): Result => ({ ruleId, status: 'fail', severity, resource: { address, type: 't', file: 'plan.json' }, message });
  const longTail = 'which is not allowed for aws (allowed: eu-central-1, eu-central-2, eu-west-1, eu-west-2, eu-west-3, eu-south-1)';
  const model: ReportModel = {
    ...demoModel(),
    results: [
      ...Array.from({ length: 13 }, (_, i) => failure('allowed-regions', 'medium', `aws_sqs_queue.q${String(i).padStart(2, '0')}`, `aws_sqs_queue.q${i} is in region 'us-east-1', ${longTail}`)),
      failure('aws-rds-not-public', 'critical', 'aws_db_instance.db', 'aws_db_instance.db is publicly accessible'),
      failure('required-tags', 'low', 'aws_s3_bucket.b', 'aws_s3_bucket.b lacks owner'),
      { ...failure('aws-ebs-volume-encrypted', 'high', 'aws_ebs_volume.v', 'aws_ebs_volume.v is not encrypted (waiver expired on 2020-01-01)'), waiver: { reason: 'legacy', approvedBy: 'a@example.com', expires: '2020-01-01' } },
      { ...failure('aws-efs-encrypted', 'high', 'aws_efs_file_system.f', 'not encrypted'), status: 'waived', waiver: { reason: 'migrating', approvedBy: 'a@example.com', expires: '2099-01-01' } },
      { ruleId: 'aws-efs-encrypted', status: 'pass', severity: 'high', resource: { address: 'aws_efs_file_system.ok', type: 't' }, message: 'EFS file systems are encrypted: encrypted = true' },
    ],
    staleWaivers: [{ rule: 'aws-sqs-encrypted', resource: 'aws_sqs_queue.gone', reason: 'old', approvedBy: 'a@example.com', expires: '2099-01-01', why: 'unmatched' }],
    problems: [{ code: 'input_error', message: 'invalid JSON', file: 'broken.plan.json', line: 1 }],
    summary: { ...demoModel().summary, judged: 12 },
    uncovered: [{ type: 'random_id', resources: 1, addresses: ['random_id.x'] }],
    baseline: undefined,
  };
  const text = buildText(sealReport(model));
  const at = (needle: string): number => {
    const i = text.indexOf(needle);
    expect(i).toBeGreaterThanOrEqual(0);
    return i;
  };

  test('failures by severity, critical first, each rule once with its resources under it', () => {
    expect(at('aws-rds-not-public')).toBeLessThan(at('aws-ebs-volume-encrypted'));
    expect(at('aws-ebs-volume-encrypted')).toBeLessThan(at('allowed-regions'));
    expect(at('allowed-regions (medium, 13)')).toBeLessThan(at('required-tags (low, 1)'));
    expect(text.match(/^allowed-regions /gm)).toHaveLength(1);
  });

  test('a long list is cut short and a message tail all share is printed once', () => {
    expect(text).toContain('  … and 3 more');
    expect(text).not.toContain('aws_sqs_queue.q12');
    expect(text.split(longTail)).toHaveLength(2);
    expect(text).toContain(`  each: … is in region 'us-east-1', ${longTail}`);
    expect(text).toContain('          aws_sqs_queue.q0 …');
  });

  test('waived, expired and stale waivers in their own sections; passes only when verbose; problems last', () => {
    expect(at('== Waived (1) ==')).toBeLessThan(at('== Expired waivers: failing again (1) =='));
    expect(at('== Expired waivers: failing again (1) ==')).toBeLessThan(at('== Stale waivers (1) =='));
    expect(text).toContain('aws-sqs-encrypted aws_sqs_queue.gone: unmatched');
    expect(text).not.toContain('aws_efs_file_system.ok');
    expect(buildText(sealReport(model), { verbose: true })).toContain('encrypted = true');
    expect(text).toContain('12 of 12 resources judged; 1 of types random_id (1) judged by no rule');
    expect(text.trimEnd().split('\n').at(-1)).toBe('  broken.plan.json:1: input_error: invalid JSON');
  });
});
