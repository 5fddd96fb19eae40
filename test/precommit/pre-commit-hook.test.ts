// The published pre-commit hook, installed the way users get it: the real `pre-commit` (Debian's package, which
// README's test command installs when missing) against a fresh clone of this repository. pre-commit installs the
// `language: node` hook itself: `npm install` in the clone (whose `prepare` builds plangate), `npm pack`, whose
// stdout it takes as the tarball's name, and `npm install -g` of that tarball into its own environment. Nothing is
// substituted; the npm registry is used as users use it.
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { GIT_ENV, freshClone } from './fresh-clone';

const REPO_ROOT = join(__dirname, '..', '..');

/** Each try-repo installs the hook into a store of its own: npm install of the clone, its build, pack, global install. */
const INSTALL_BUDGET_MS = 15 * 60_000;

interface HookDefinition {
  id: string;
  entry: string;
  language: string;
  files: string;
  pass_filenames: boolean;
}

interface Run { code: number | null; output: string }

const published = (parse(readFileSync(join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as HookDefinition[]).find((h) => h.id === 'plangate') as HookDefinition;

const env: NodeJS.ProcessEnv = {
  ...process.env,
  ...GIT_ENV,
  NO_COLOR: '1',
  // npm's package cache is still used; these only keep npm from asking the registry what the cache already has.
  npm_config_prefer_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
};

/** Runs `pre-commit try-repo <clone> plangate --files <file>` in the project repository. */
function tryRepo(clone: string, project: string, file: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile('pre-commit', ['try-repo', clone, 'plangate', '--verbose', '--files', file], { cwd: project, env, timeout: INSTALL_BUDGET_MS, maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      if (err && typeof err.code !== 'number') reject(err);
      else resolve({ code: err ? (err.code as number) : 0, output: stdout + stderr });
    });
  });
}

let bad: Run;
let good: Run;

beforeAll(async () => {
  // README's test command installs pre-commit; without it this test must fail, never skip.
  if (spawnSync('pre-commit', ['--version'], { stdio: 'ignore' }).status !== 0) {
    throw new Error('pre-commit is not installed: run `npm test` (which installs it with apt-get) or `apt-get install pre-commit`');
  }
  const clone = freshClone(REPO_ROOT);
  const project = mkdtempSync(join(tmpdir(), 'plangate-pre-commit-project-'));
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: project, env });
  copyFileSync(join(__dirname, 'privileged-deployment.yaml'), join(project, 'bad.yaml'));
  copyFileSync(join(__dirname, 'compliant-deployment.yaml'), join(project, 'good.yaml'));
  // try-repo installs into a fresh temporary store every time, so the two runs install side by side.
  [bad, good] = await Promise.all([tryRepo(clone.dir, project, 'bad.yaml'), tryRepo(clone.dir, project, 'good.yaml')]);
}, INSTALL_BUDGET_MS + 60_000);

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
    expect(bad.output).toMatch(/plangate\.+Failed/);
    expect(bad.output).toContain('k8s-no-privileged-containers');
    expect(bad.output).toContain('Deployment/prd-shop/prd-web');
    expect(bad.output).toContain('runs privileged');
    expect(bad.code).not.toBe(0);
  });

  test('passes a compliant Deployment', () => {
    expect(good.output).toMatch(/plangate\.+Passed/);
    expect(good.code).toBe(0);
  });
});
