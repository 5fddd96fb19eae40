// report.sarif against the SARIF 2.1.0 JSON Schema (shipped with @microsoft/sarif-multitool) and Microsoft's
// SARIF Multitool with GitHub's rules; plus fingerprints, levels, suppressions and locations.
import Ajv2020 from 'ajv/dist/2020';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { applyBaseline, sealReport, type ReportModel } from '../../src/report';
import { buildSarif, findingFingerprint, MAX_SARIF_RESULTS, pathToUri, ruleName } from '../../src/report/sarif';
import { baselineModel, demoModel, generatedModel, makeResult, ROOT } from './report-fixtures';

const MULTITOOL_DIR = dirname(require.resolve('@microsoft/sarif-multitool-linux/package.json', { paths: [ROOT] }));
const MULTITOOL = join(MULTITOOL_DIR, 'Sarif.Multitool');
const SARIF_SCHEMA = JSON.parse(readFileSync(join(MULTITOOL_DIR, 'sarif-2.1.0.json'), 'utf8')) as object;
// The schema's `format` keywords (uri, date-time) are checked by the multitool below; ajv checks the structure.
const validateSarif = new Ajv2020({ allErrors: true, strict: false, validateFormats: false }).compile(SARIF_SCHEMA);

type SarifLog = { runs: { tool: { driver: { rules: { id: string; name: string; help: { text: string } }[] } }; results: SarifResult[]; invocations: { toolExecutionNotifications: unknown[] }[] }[] };
type SarifResult = {
  ruleId: string;
  level: string;
  kind: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
  partialFingerprints: Record<string, string>;
  suppressions?: { kind: string; justification: string }[];
  baselineState?: string;
};

function sarifOf(model: ReportModel): SarifLog {
  return JSON.parse(JSON.stringify(buildSarif(sealReport(model)))) as SarifLog;
}

/** Runs the multitool's validator with the SARIF and GitHub rule sets; returns its error-level findings. */
function multitoolErrors(log: unknown): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'plangate-sarif-'));
  const input = join(dir, 'report.sarif');
  const output = join(dir, 'validation.sarif');
  writeFileSync(input, JSON.stringify(log, null, 2));
  // The multitool exits 0 even when it finds errors; its own SARIF output is what tells.
  execFileSync(MULTITOOL, ['validate', '--rule-kind', 'Gh;Sarif', input, '--output', output], { encoding: 'utf8' });
  const validation = JSON.parse(readFileSync(output, 'utf8')) as { runs: { results?: { level?: string; ruleId: string; message: { text?: string } }[] }[] };
  return (validation.runs[0].results ?? []).filter((r) => r.level === 'error').map((r) => `${r.ruleId}: ${r.message.text ?? ''}`);
}

const MODELS: [string, () => ReportModel][] = [
  ['demo', demoModel],
  ['demo with baseline', () => applyBaseline(demoModel(), baselineModel())],
  ['generated 500 results', () => generatedModel(500)],
];

describe.each(MODELS)('SARIF of %s', (_name, model) => {
  test('fits the SARIF 2.1.0 JSON Schema', () => {
    const ok = validateSarif(sarifOf(model()));
    expect(ok ? [] : validateSarif.errors).toEqual([]);
  });

  test('the SARIF Multitool (SARIF and GitHub rules) reports no errors', () => {
    expect(multitoolErrors(sarifOf(model()))).toEqual([]);
  });
});

test('the multitool check can fail: a result without location and an absolute-path URI are errors', () => {
  const log = sarifOf(demoModel());
  delete (log.runs[0].results[0] as Partial<SarifResult>).locations;
  log.runs[0].results[1].locations[0].physicalLocation.artifactLocation.uri = '/abs/plan.json';
  expect(multitoolErrors(log).length).toBeGreaterThanOrEqual(2);
});

describe('SARIF content', () => {
  const log = sarifOf(demoModel());
  const run = log.runs[0];

  test('one reportingDescriptor per rule with help text and remediation', () => {
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(demoModel().policies.map((p) => p.id));
    const enc = run.tool.driver.rules.find((r) => r.id === 'PG_ENC_001')!;
    expect(enc.name).toBe('StorageBucketsAreEncryptedAtRest');
    expect(enc.help.text).toContain('Remediation: Add an aws_s3_bucket_server_side_encryption_configuration');
  });

  test.each([
    ['critical', 'error'],
    ['high', 'error'],
    ['medium', 'warning'],
    ['low', 'note'],
  ])('a failing %s result has level %s', (severity, level) => {
    const failures = run.results.filter((r) => r.kind === 'fail' && !r.suppressions && r.message.text.length > 0);
    const model = demoModel();
    const bySeverity = model.results.filter((r) => r.status === 'fail' && r.severity === severity);
    expect(bySeverity.length).toBeGreaterThan(0);
    for (const r of bySeverity) expect(failures.find((f) => f.partialFingerprints['plangateFinding/v1'] === findingFingerprint(r))?.level).toBe(level);
  });

  test('waived results are suppressions with reason, approver and expiry', () => {
    const waived = run.results.filter((r) => r.suppressions);
    expect(waived).toHaveLength(3);
    expect(waived[0].suppressions![0]).toMatchObject({ kind: 'external' });
    expect(waived.map((w) => w.suppressions![0].justification)).toContain('Break-glass debug pod, removed after incident INC-77 (approved by platform-lead@example.com, expires 2026-12-15)');
  });

  test('passes are left out, errors become tool notifications, unknowns are for review', () => {
    expect(run.results.some((r) => r.kind === 'pass')).toBe(false);
    expect(run.invocations[0].toolExecutionNotifications).toHaveLength(1);
    expect(run.results.filter((r) => r.kind === 'review').every((r) => r.level === 'none')).toBe(true);
  });

  test('every result has a file and line; a result without a file points at the first input', () => {
    for (const r of run.results) expect(r.locations[0].physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
    const model = demoModel();
    model.results = [{ ...model.results.find((r) => r.status === 'fail')!, resource: { address: 'x.y', type: 'x' } }];
    const only = sarifOf(model).runs[0].results[0];
    expect(only.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'fixtures/demo/terraform/plan.json' }, region: { startLine: 1 } });
  });

  test('fingerprints ignore the line and message, so a moved finding is not reopened', () => {
    const r = demoModel().results.find((x) => x.status === 'fail')!;
    const moved = { ...r, message: 'reworded', resource: { ...r.resource, line: (r.resource.line ?? 0) + 40 } };
    expect(findingFingerprint(moved)).toBe(findingFingerprint(r));
    expect(findingFingerprint({ ...r, ruleId: 'OTHER' })).not.toBe(findingFingerprint(r));
    expect(findingFingerprint({ ...r, resource: { ...r.resource, address: 'other' } })).not.toBe(findingFingerprint(r));
  });

  test('baseline states: new, unchanged, and absent for fixed findings', () => {
    const states = sarifOf(applyBaseline(demoModel(), baselineModel())).runs[0].results.map((r) => r.baselineState);
    expect(new Set(states)).toEqual(new Set(['new', 'unchanged', 'absent']));
  });
});

test.each([
  ['plans/my plan.json', 'plans/my%20plan.json'],
  ['a#b/%.json', 'a%23b/%25.json'],
  ['dir\\win.json', 'dir/win.json'],
  ['/abs/plan.json', 'file:///abs/plan.json'],
])('pathToUri(%p) = %p', (path, uri) => {
  expect(pathToUri(path)).toBe(uri);
});

test.each([
  ['Storage buckets are encrypted at rest', 'StorageBucketsAreEncryptedAtRest'],
  ['Resources carry a cost-center | billing tag', 'ResourcesCarryACostCenterBillingTag'],
  ['', 'Rule'],
])('ruleName(%p) = %p', (title, name) => {
  expect(ruleName(title)).toBe(name);
});

test('more results than GitHub accepts: the most severe open failures are kept and the cut is recorded', () => {
  const model = generatedModel(0);
  model.results = [
    ...Array.from({ length: MAX_SARIF_RESULTS }, (_, i) => ({ ...makeResult(i, 'waived'), severity: 'critical' as const })),
    ...Array.from({ length: 100 }, (_, i) => ({ ...makeResult(100000 + i, 'fail'), severity: 'low' as const })),
  ];
  const run = buildSarif(model).runs as { results: SarifResult[]; properties: Record<string, unknown> }[];
  expect(run[0].results).toHaveLength(MAX_SARIF_RESULTS);
  expect(run[0].results.filter((r) => !r.suppressions)).toHaveLength(100);
  expect(run[0].properties.resultsOmitted).toBe(100);
});
