// README's install, Action and pre-commit snippets match what a release makes: the npm package name, the repository
// and the tags the release workflow creates (vX.Y.Z and the moving major tag vX), the Action's inputs and the
// published hook; the pre-commit snippets are valid for the real pre-commit. CHANGELOG.md keeps its format and
// scripts/release-notes.mjs reads a version's notes from it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readmeCodeBlocks } from '../package/readme-examples';

const REPO_ROOT = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { name: string; version: string; repository: { url: string } };
const repository = /github\.com\/([^/]+\/[^/.]+)(\.git)?$/.exec(pkg.repository.url)?.[1] as string;
const major = `v${pkg.version.split('.')[0]}`;

interface PreCommitConfig { repos: { repo: string; rev?: string; hooks: { id: string }[] }[] }

describe('README snippets', () => {
  test('the repository is named in package.json, where npm provenance and the snippets take it from', () => {
    expect(repository).toMatch(/^[\w-]+\/[\w-]+$/);
  });

  test('Install: npm install -g, npx and a dev dependency, by the package name', () => {
    const [install] = readmeCodeBlocks('Install', 'sh');
    expect(install).toMatch(new RegExp(`^npm install -g ${pkg.name} `, 'm'));
    expect(install).toMatch(new RegExp(`^npx ${pkg.name} check `, 'm'));
    expect(install).toMatch(new RegExp(`^npm install --save-dev ${pkg.name} `, 'm'));
  });

  test("GitHub Actions: the example uses this repository at the major tag the release moves, with action.yml's inputs", () => {
    const [example] = readmeCodeBlocks('GitHub Actions', 'yaml');
    const steps = Object.values((parse(example) as { jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }> }).jobs).flatMap((j) => j.steps);
    const step = steps.find((s) => s.uses?.startsWith(`${repository}@`));
    expect(step?.uses).toBe(`${repository}@${major}`);
    const inputs = Object.keys((parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> }).inputs);
    expect(Object.keys(step?.with ?? {}).filter((k) => !inputs.includes(k))).toEqual([]);
    expect(readFileSync(join(REPO_ROOT, 'docs', 'github-action.md'), 'utf8')).toContain(`\`uses: ${repository}@${major}\``);
  });

  test('pre-commit: the remote hook is this repository at the release tag of this version, with a published hook id', () => {
    const configs = readmeCodeBlocks('pre-commit', 'yaml').map((b) => parse(b) as PreCommitConfig);
    const remote = configs.flatMap((c) => c.repos).find((r) => r.repo !== 'local');
    expect(remote).toMatchObject({ repo: `https://github.com/${repository}`, rev: `v${pkg.version}` });
    const published = (parse(readFileSync(join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string }[]).map((h) => h.id);
    for (const hook of remote?.hooks ?? []) expect(published).toContain(hook.id);
  });

  test('pre-commit: every configuration README shows is valid for the real pre-commit (including the Terraform hook)', () => {
    const blocks = readmeCodeBlocks('pre-commit', 'yaml');
    expect(blocks.some((b) => /terraform .*plan .*-out=/.test(b) && /terraform .*show -json/.test(b))).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'plangate-pre-commit-config-'));
    for (const [i, block] of blocks.entries()) {
      const file = join(dir, `config-${i}.yaml`);
      writeFileSync(file, block);
      const run = spawnSync('pre-commit', ['validate-config', file], { encoding: 'utf8' });
      expect([file, run.error?.message ?? '', run.stdout + run.stderr, run.status]).toEqual([file, '', '', 0]);
    }
  });
});

describe('CHANGELOG.md', () => {
  const text = readFileSync(join(REPO_ROOT, 'CHANGELOG.md'), 'utf8');
  const headings = text.split('\n').filter((l) => l.startsWith('## '));

  test('follows Keep a Changelog: an Unreleased section first, then dated versions, each with its link', () => {
    expect(text.startsWith('# Changelog\n')).toBe(true);
    expect(text).toContain('[Keep a Changelog](https://keepachangelog.com/');
    expect(headings[0]).toBe('## [Unreleased]');
    for (const h of headings.slice(1)) expect(h).toMatch(/^## \[\d+\.\d+\.\d+(-[\w.]+)?\] - \d{4}-\d{2}-\d{2}$/);
    for (const h of headings) expect(text).toContain(`\n${/\[[^\]]+\]/.exec(h)?.[0]}: https://github.com/${repository}/`);
  });

  test('sorts change types under the standard headings', () => {
    const types = text.split('\n').filter((l) => l.startsWith('### ')).map((l) => l.slice(4));
    expect(types.length).toBeGreaterThan(0);
    for (const t of types) expect(['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security']).toContain(t);
  });
});

describe('scripts/release-notes.mjs', () => {
  const changelog = (body: string): string => {
    const file = join(mkdtempSync(join(tmpdir(), 'plangate-changelog-')), 'CHANGELOG.md');
    writeFileSync(file, body);
    return file;
  };
  const notes = (tag: string, file: string) => spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'release-notes.mjs'), tag, file], { encoding: 'utf8' });
  const sample = changelog([
    '# Changelog', '', '## [Unreleased]', '', '### Added', '- next', '',
    '## [1.2.0] - 2027-01-15', '', '### Fixed', '- a bug', '',
    '## [1.1.0] - 2026-12-20', '', '### Added', '- a rule', '',
    '[Unreleased]: https://github.com/o/r/compare/v1.2.0...HEAD', '[1.2.0]: https://github.com/o/r/compare/v1.1.0...v1.2.0', '',
  ].join('\n'));

  test("prints the version's section, without the heading or the next version", () => {
    const run = notes('v1.2.0', sample);
    expect(run.stdout).toBe('### Fixed\n- a bug\n');
    expect(run.status).toBe(0);
  });

  test('the last section ends at the link references', () => {
    expect(notes('v1.1.0', sample).stdout).toBe('### Added\n- a rule\n');
  });

  test.each([
    ['a version without a section', 'v9.9.9', sample, 'has no "## [9.9.9] - YYYY-MM-DD" section'],
    ['an undated section', 'v2.0.0', changelog('# Changelog\n\n## [2.0.0]\n\n- x\n'), 'has no release date'],
    ['an empty section', 'v2.0.0', changelog('# Changelog\n\n## [2.0.0] - 2027-02-01\n\n## [1.0.0] - 2027-01-01\n\n- x\n'), 'section is empty'],
    ['a tag that is not a version', 'latest', sample, 'usage:'],
  ])('stops on %s', (_name, tag, file, message) => {
    const run = notes(tag, file);
    expect(run.stderr).toContain(message);
    expect(run.stdout).toBe('');
    expect(run.status).toBe(1);
  });
});
