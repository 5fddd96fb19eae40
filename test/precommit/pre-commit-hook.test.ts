// Integration test of the pre-commit hook with the real `pre-commit` (Debian package) in a temporary git repository.
//
// The hook published in .pre-commit-hooks.yaml is `language: node`: for a user, pre-commit clones plangate at the
// tag and runs `npm install` there, which needs the npm registry. This test must run offline, so it installs the same
// hook as a `repo: local` hook with `language: system` whose entry runs this checkout's bin/plangate.js: every other
// field (files, types, pass_filenames, the arguments after `plangate`) is read from .pre-commit-hooks.yaml, so the
// published definition is what is exercised; only how pre-commit installs the program differs.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

const REPO_ROOT = join(__dirname, '..', '..');
const BIN = join(REPO_ROOT, 'bin', 'plangate.js');

interface HookDefinition {
  id: string;
  entry: string;
  language: string;
  files: string;
  types?: string[];
  pass_filenames: boolean;
  require_serial?: boolean;
}

const hooks = parse(readFileSync(join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as HookDefinition[];
const published = hooks.find((h) => h.id === 'plangate') as HookDefinition;

function localHookConfig(): string {
  const local = {
    ...published,
    name: 'plangate',
    language: 'system',
    entry: published.entry.replace(/^plangate\b/, `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)}`),
  };
  return stringify({ repos: [{ repo: 'local', hooks: [local] }] });
}

describe('pre-commit hook', () => {
  const repo = mkdtempSync(join(tmpdir(), 'plangate-precommit-'));
  const env = {
    ...process.env,
    PRE_COMMIT_HOME: mkdtempSync(join(tmpdir(), 'plangate-precommit-home-')),
    GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com',
    GIT_CONFIG_NOSYSTEM: '1', HOME: repo, NO_COLOR: '1',
  };
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: repo, env, encoding: 'utf8' });
  const commit = (message: string): { code: number | null; output: string } => {
    const run = spawnSync('git', ['commit', '-m', message], { cwd: repo, env, encoding: 'utf8' });
    return { code: run.status, output: run.stdout + run.stderr };
  };
  const commits = (): number => Number(git('rev-list', '--count', 'HEAD').trim());

  beforeAll(() => {
    git('init', '-q', '-b', 'main');
    git('config', 'commit.gpgsign', 'false');
    writeFileSync(join(repo, '.pre-commit-config.yaml'), localHookConfig());
    execFileSync('pre-commit', ['install'], { cwd: repo, env });
    git('add', '.pre-commit-config.yaml');
  });

  test('the published hook is a node hook running plangate check on JSON and YAML files', () => {
    expect(published).toMatchObject({ language: 'node', pass_filenames: true });
    expect(published.entry).toMatch(/^plangate check\b/);
    for (const name of ['plan.json', 'k8s/app.yaml', 'app.yml']) expect(name).toMatch(new RegExp(published.files));
    expect('main.tf').not.toMatch(new RegExp(published.files));
  });

  test('the first commit (the pre-commit configuration itself, no input) goes through', () => {
    const run = commit('pre-commit configuration');
    expect(run.output).toMatch(/plangate\.+Passed/);
    expect(run.code).toBe(0);
    expect(commits()).toBe(1);
  });

  test('a commit adding a privileged Deployment is refused, with the finding printed', () => {
    copyFileSync(join(__dirname, 'privileged-deployment.yaml'), join(repo, 'deployment.yaml'));
    git('add', 'deployment.yaml');
    const run = commit('add a privileged deployment');
    expect(run.code).not.toBe(0);
    expect(run.output).toMatch(/plangate\.+Failed/);
    expect(run.output).toContain('k8s-no-privileged-containers');
    expect(run.output).toContain('Deployment/prd-shop/prd-web');
    expect(run.output).toContain('runs privileged');
    expect(commits()).toBe(1);
  });

  test('a compliant Deployment (with an unrelated JSON file) goes through', () => {
    copyFileSync(join(__dirname, 'compliant-deployment.yaml'), join(repo, 'deployment.yaml'));
    writeFileSync(join(repo, 'package.json'), '{ "name": "app" }\n');
    git('add', 'deployment.yaml', 'package.json');
    const run = commit('add a compliant deployment');
    expect(run.output).toMatch(/plangate\.+Passed/);
    expect(run.code).toBe(0);
    expect(commits()).toBe(2);
  });
});
