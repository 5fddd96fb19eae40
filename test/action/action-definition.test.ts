// action.yml against the code: the inputs it declares are the ones the Action reads, the outputs it declares are the
// ones the Action writes, and it runs the committed bundle on node24.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { INPUT_NAMES, parseBaseline } from '../../src/action/inputs';
import { actionOutputs } from '../../src/action/outputs';
import { FORMAT_NAMES, type ReportModel } from '../../src/report';
import { REPO_ROOT } from './action-process';

interface ActionDefinition {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

const definition = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as ActionDefinition;

describe('action.yml', () => {
  test('runs the committed bundle on node24', () => {
    expect(definition.runs).toEqual({ using: 'node24', main: 'action/dist/index.js' });
    expect(existsSync(join(REPO_ROOT, definition.runs.main))).toBe(true);
  });

  test('declares exactly the inputs the Action reads, each described', () => {
    expect(Object.keys(definition.inputs)).toEqual([...INPUT_NAMES]);
    for (const spec of Object.values(definition.inputs)) expect(spec.description.length).toBeGreaterThan(10);
  });

  test.each([
    ['formats', 'json,html,sarif,markdown'],
    ['github-token', '${{ github.token }}'],
    ['annotations', 'true'],
    ['summary', 'true'],
    ['comment', 'false'],
    ['fail-on-new-only', 'false'],
  ])('input %s defaults to %s', (name, value) => {
    expect(definition.inputs[name].default).toBe(value);
  });

  test('declares exactly the outputs the Action writes, including one path per report file format', () => {
    const report = { summary: { passed: 0, failed: 0, waived: 0, errors: 0, unknown: 0 } } as ReportModel;
    const gate = { verdict: 'pass' as const, exitCode: 0, blocking: 0, introduced: 0, inherited: 0, fixed: 0, forgaveInherited: false };
    const files = new Map(FORMAT_NAMES.filter((f) => f !== 'text').map((f) => [f, `plangate-report/${f}`]));
    expect(Object.keys(actionOutputs(report, gate, files, 1)).sort()).toEqual(Object.keys(definition.outputs).sort());
  });
});

describe('the baseline input', () => {
  test.each([
    ['artifact', { kind: 'artifact', name: 'plangate-report' }],
    ['artifact:', { kind: 'artifact', name: 'plangate-report' }],
    ['artifact:compliance-main', { kind: 'artifact', name: 'compliance-main' }],
    ['base/report.json', { kind: 'file', path: 'base/report.json' }],
  ])('%s', (value, expected) => {
    expect(parseBaseline(value)).toEqual(expected);
  });
});
