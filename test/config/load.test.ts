import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findConfigFile, loadConfig, loadConfigFile, loadWaiversFile } from '../../src/config';
import { PlangateError } from '../../src/diagnostics';

function writeTemp(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'plangate-config-'));
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

function errorsOf(fn: () => unknown): { message: string; line?: number; code: string }[] {
  try {
    fn();
  } catch (err) {
    if (err instanceof PlangateError) return err.diagnostics.map((d) => ({ message: d.message, line: d.location?.line, code: d.code }));
    throw err;
  }
  throw new Error('expected a configuration error');
}

const complete = `failOn: high
environment: prd
policies: [./policies]
disable: [some-rule]
severity: { required-tags: low }
enforcement: { tagging: advisory, k8s-no-privileged-containers: soft-mandatory }
parameters:
  allowed_registries: [registry.example.com]
formats: [json, html]
outputDir: plangate-report
waivers:
  - rule: aws-s3-encryption-at-rest
    resource: "aws_s3_bucket.logs*"
    reason: "Log bucket is encrypted by the account default; tracked in SEC-123"
    approvedBy: "security@example.com"
    expires: 2027-01-31
    ticket: SEC-123
`;

describe('plangate.yaml', () => {
  test('a complete file loads, with waiver sources and a digest', () => {
    const file = writeTemp('plangate.yaml', complete);
    const loaded = loadConfigFile(file);
    expect(loaded.config.failOn).toBe('high');
    expect(loaded.config.waivers?.[0]).toMatchObject({ rule: 'aws-s3-encryption-at-rest', expires: '2027-01-31', source: { file, line: 12 } });
    expect(loaded.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  test('found as plangate.yaml or .plangate.yaml in the working directory', () => {
    const file = writeTemp('.plangate.yaml', 'failOn: low\n');
    const dir = join(file, '..');
    expect(findConfigFile(dir)).toBe(file);
    expect(loadConfig(undefined, dir).config.failOn).toBe('low');
    expect(loadConfig(undefined, tmpdir() + '/definitely-missing-dir').config).toEqual({});
  });

  test.each([
    ['unknown key', 'failOn: high\nfailon: low\n', 'unknown key "failon"', 2],
    ['wrong enum', 'environment: prd\nfailOn: severe\n', 'failOn: must be one of low, medium, high, critical', 2],
    ['wrong type', 'disable: some-rule\n', 'disable: must be array', 1],
    ['nested unknown key', 'waivers:\n  - rule: r\n    resource: "*"\n    reason: x\n    approvedBy: y\n    expires: 2027-01-01\n    owner: z\n', 'waivers[0]: unknown key "owner"', 7],
    ['waiver without reason', 'waivers:\n  - rule: r\n    resource: "*"\n    approvedBy: y\n    expires: 2027-01-01\n', 'waivers[0]: missing required key "reason"', 2],
    ['waiver without approver', 'waivers:\n  - rule: r\n    resource: "*"\n    reason: x\n    expires: 2027-01-01\n', 'waivers[0]: missing required key "approvedBy"', 2],
    ['waiver without expiry', 'waivers:\n  - rule: r\n    resource: "*"\n    reason: x\n    approvedBy: y\n', 'waivers[0]: missing required key "expires"', 2],
    ['bad expiry', 'waivers:\n  - rule: r\n    resource: "*"\n    reason: x\n    approvedBy: y\n    expires: next year\n', 'waivers[0].expires: must be a date YYYY-MM-DD', 6],
    ['memory limit above 4 GiB', 'timeout: 30\nmaxMemory: 8192\n', 'maxMemory: must be <= 4096', 2],
    ['timeout not a number', 'timeout: soon\n', 'timeout: must be number', 1],
    ['yaml syntax', 'failOn: [high\n', undefined, 2],
    ['duplicate key', 'failOn: high\nfailOn: low\n', undefined, 2],
  ])('%s is a config_error with the line', (_name, text, message, line) => {
    const errors = errorsOf(() => loadConfigFile(writeTemp('plangate.yaml', text)));
    expect(errors[0].code).toBe('config_error');
    if (message) expect(errors.map((e) => e.message)).toContain(message);
    expect(errors[0].line).toBe(line);
  });

  test('a discovered file is named by its bare name in messages; a named one as given', () => {
    const dir = join(writeTemp('plangate.yaml', 'failOn: high\nfailon: low\n'), '..');
    expect(() => loadConfig(undefined, dir)).toThrow(expect.objectContaining({ diagnostics: [expect.objectContaining({ location: { file: 'plangate.yaml', line: 2, col: 1 } })] }));
    writeFileSync(join(dir, 'other.yaml'), 'failOn: high\n');
    expect(loadConfig('other.yaml', dir)).toMatchObject({ path: 'other.yaml', config: { failOn: 'high' } });
  });

  test('the shipped schema describes every key for editors, and the contract example validates', () => {
    const schema = JSON.parse(readFileSync(join(__dirname, '..', '..', 'schemas', 'config.schema.json'), 'utf8')) as { $schema: string; properties: Record<string, { description?: string }> };
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    for (const [key, value] of Object.entries(schema.properties)) expect([key, typeof value.description]).toEqual([key, 'string']);
    const contract = readFileSync(join(__dirname, '..', '..', 'docs', 'CONTRACT.md'), 'utf8');
    const example = /## plangate\.yaml[\s\S]*?```yaml\n([\s\S]*?)```/.exec(contract)?.[1] ?? '';
    expect(example).toContain('waivers:');
    const file = writeTemp('plangate.yaml', example.replace('parameters: { ... }', 'parameters: {}'));
    expect(loadConfigFile(file).config.enforcement).toEqual({ RULE_ID_OR_CATEGORY: 'advisory' });
  });

  test('a missing named file is a config_error', () => {
    expect(errorsOf(() => loadConfig('/nonexistent/plangate.yaml', '.'))[0].message).toContain('file not found');
  });
});

describe('waivers file', () => {
  test('loads waivers with their lines', () => {
    const file = writeTemp('waivers.yaml', 'waivers:\n  - rule: r\n    resource: "*"\n    reason: x\n    approvedBy: y\n    expires: 2027-01-01\n');
    expect(loadWaiversFile(file)).toEqual([{ rule: 'r', resource: '*', reason: 'x', approvedBy: 'y', expires: '2027-01-01', source: { file, line: 2 } }]);
  });

  test('rejects other keys and incomplete waivers', () => {
    const file = writeTemp('waivers.yaml', 'failOn: low\nwaivers:\n  - rule: r\n');
    const messages = errorsOf(() => loadWaiversFile(file)).map((e) => e.message);
    expect(messages).toContain('unknown key "failOn"');
    expect(messages).toContain('waivers[0]: missing required key "resource"');
  });
});
