import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadConfigFile } from '../../src/config';
import { readLibraryDefaults } from '../../src/engine';
import { fixtureCopy, REPO_ROOT, runPlangate } from './run-cli';

describe('plangate init', () => {
  test('writes a commented plangate.yaml that validates, with every default spelled out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plangate-init-'));
    const run = runPlangate(['init'], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('plangate: wrote plangate.yaml\n');
    const file = join(dir, 'plangate.yaml');
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n').filter((l) => l.startsWith('#')).length).toBeGreaterThan(10);
    const loaded = loadConfigFile(file);
    expect(loaded.config).toMatchObject({ failOn: 'low', failOnUnknown: false, builtin: true, formats: ['text'], outputDir: 'plangate-report', timeout: 60, maxMemory: 1024, waivers: [] });
    expect(parse(text).parameters).toEqual(readLibraryDefaults());
    const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'schemas', 'config.schema.json'), 'utf8')) as { properties: object };
    for (const key of Object.keys(schema.properties)) {
      expect(text).toMatch(new RegExp(`^#? ?${key}:`, 'm'));
    }
  });

  test('the example waiver in the comments validates once uncommented', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plangate-init-'));
    runPlangate(['init', '-o', 'p.yaml'], dir);
    const [head, commented] = readFileSync(join(dir, 'p.yaml'), 'utf8').split('waivers: []\n');
    writeFileSync(join(dir, 'p.yaml'), `${head}waivers:\n${commented.replace(/^#/gm, '')}`);
    expect(loadConfigFile(join(dir, 'p.yaml')).config.waivers).toHaveLength(1);
  });

  test('refuses to overwrite without --force (exit 2), overwrites with it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plangate-init-'));
    writeFileSync(join(dir, 'plangate.yaml'), 'failOn: high\n');
    const refused = runPlangate(['init'], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('plangate.yaml: usage_error: file exists; use --force to overwrite\n');
    expect(runPlangate(['init', '--force'], dir).code).toBe(0);
    expect(readFileSync(join(dir, 'plangate.yaml'), 'utf8')).toContain('failOn: low');
  });

  test('a check runs with the written file as it is', () => {
    const dir = fixtureCopy();
    expect(runPlangate(['init'], dir).code).toBe(0);
    const run = runPlangate(['check', 'k8s/api.yaml', '--no-builtin', '-p', 'policies'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });
});
