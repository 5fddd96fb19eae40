// The published pre-commit hook, installed the way users get it: the real `pre-commit` (Debian's package, which
// README's test command installs when missing) against a fresh clone of this repository. pre-commit installs the
// `language: node` hook itself: `npm install` in the clone (whose `prepare` builds plangate), `npm pack`, whose
// stdout it takes as the tarball's name, and `npm install -g` of that tarball into its own environment. Nothing is
// substituted; the npm registry is used as users use it.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { GIT_ENV, freshClone } from './fresh-clone';

const REPO_ROOT = join(__dirname, '..', '..');

/** The first run installs the hook's environment: npm install of the clone, its build, pack and a global install. */
const INSTALL_BUDGET_MS = 15 * 60_000;

interface HookDefinition {
  id: string;
  entry: string;
  language: string;
  files: string;
  pass_filenames: boolean;
}

const published = (parse(readFileSync(join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as HookDefinition[]).find((h) => h.id === 'plangate') as HookDefinition;

const env: NodeJS.ProcessEnv = {
  ...process.env,
  ...GIT_ENV,
  // A store of its own, so the hook is installed from scratch here, whatever the user's pre-commit has cached.
  PRE_COMMIT_HOME: mkdtempSync(join(tmpdir(), 'plangate-pre-commit-home-')),
  NO_COLOR: '1',
  // npm's package cache is still used; these only keep npm from asking the registry what the cache already has.
  npm_config_prefer_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
};

let clone: { dir: string; commit: string };
let project: string;

function run(command: string, args: string[], timeout = INSTALL_BUDGET_MS): { code: number | null; output: string } {
  const result = spawnSync(command, args, { cwd: project, env, encoding: 'utf8', timeout, maxBuffer: 64 << 20 });
  if (result.error) throw result.error;
  return { code: result.status, output: result.stdout + result.stderr };
}

const git = (...args: string[]): string => execFileSync('git', args, { cwd: project, env, encoding: 'utf8' });

beforeAll(() => {
  // README's test command installs pre-commit; without it this test must fail, never skip.
  if (spawnSync('pre-commit', ['--version'], { stdio: 'ignore' }).status !== 0) {
    throw new Error('pre-commit is not installed: run `npm test` (which installs it with apt-get) or `apt-get install pre-commit`');
  }
  clone = freshClone(REPO_ROOT);
  project = mkdtempSync(join(tmpdir(), 'plangate-pre-commit-project-'));
  git('init', '-q', '-b', 'main');
  copyFileSync(join(__dirname, 'privileged-deployment.yaml'), join(project, 'bad.yaml'));
  copyFileSync(join(__dirname, 'compliant-deployment.yaml'), join(project, 'good.yaml'));
});

describe('.pre-commit-hooks.yaml', () => {
  test('publishes a node hook running plangate check on JSON and YAML files', () => {
    expect(published).toMatchObject({ language: 'node', pass_filenames: true });
    expect(published.entry).toMatch(/^plangate check\b/);
    for (const name of ['plan.json', 'k8s/app.yaml', 'app.yml']) expect(name).toMatch(new RegExp(published.files));
    expect('main.tf').not.toMatch(new RegExp(published.files));
  });
});

describe('pre-commit try-repo <fresh clone> plangate', () => {
  test('installs the hook from the clone and rejects a privileged Deployment, printing the finding', () => {
    const result = run('pre-commit', ['try-repo', clone.dir, 'plangate', '--verbose', '--files', 'bad.yaml']);
    expect(result.output).toMatch(/plangate\.+Failed/);
    expect(result.output).toContain('k8s-no-privileged-containers');
    expect(result.output).toContain('Deployment/prd-shop/prd-web');
    expect(result.output).toContain('runs privileged');
    expect(result.code).not.toBe(0);
  }, INSTALL_BUDGET_MS + 60_000);

  test('passes a compliant Deployment', () => {
    const result = run('pre-commit', ['try-repo', clone.dir, 'plangate', '--verbose', '--files', 'good.yaml']);
    expect(result.output).toMatch(/plangate\.+Passed/);
    expect(result.code).toBe(0);
  }, INSTALL_BUDGET_MS + 60_000);
});

describe('the hook configured by repository and rev, as README shows', () => {
  const commits = (): number => Number(git('rev-list', '--count', 'HEAD').trim());
  const commit = (message: string) => run('git', ['commit', '-m', message]);

  beforeAll(() => {
    const config = { repos: [{ repo: clone.dir, rev: clone.commit, hooks: [{ id: 'plangate' }] }] };
    writeFileSync(join(project, '.pre-commit-config.yaml'), stringify(config));
    run('pre-commit', ['install']);
    git('add', '.pre-commit-config.yaml');
  });

  test('a commit adding a privileged Deployment is refused with the finding printed', () => {
    copyFileSync(join(__dirname, 'privileged-deployment.yaml'), join(project, 'deployment.yaml'));
    git('add', 'deployment.yaml');
    const result = commit('add a privileged deployment');
    expect(result.output).toMatch(/plangate\.+Failed/);
    expect(result.output).toContain('k8s-no-privileged-containers');
    expect(result.code).not.toBe(0);
    expect(() => git('rev-parse', '--verify', '-q', 'HEAD')).toThrow();
  }, INSTALL_BUDGET_MS + 60_000);

  test('a compliant Deployment (with an unrelated JSON file) is committed', () => {
    copyFileSync(join(__dirname, 'compliant-deployment.yaml'), join(project, 'deployment.yaml'));
    writeFileSync(join(project, 'package.json'), '{ "name": "app" }\n');
    git('add', 'deployment.yaml', 'package.json');
    const result = commit('add a compliant deployment');
    expect(result.output).toMatch(/plangate\.+Passed/);
    expect(result.code).toBe(0);
    expect(commits()).toBe(1);
  }, INSTALL_BUDGET_MS + 60_000);
});
