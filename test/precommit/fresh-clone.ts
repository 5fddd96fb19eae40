// A fresh clone of this repository as its files stand now: what git tracks or would track (untracked files that
// .gitignore does not exclude), committed into a new repository. It holds no node_modules, dist/ or build/, exactly
// what pre-commit gets from a tag, while still covering changes not yet committed in the working tree.
import { execFileSync } from 'node:child_process';
import { copyFileSync, lstatSync, mkdirSync, mkdtempSync, readlinkSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Environment for git commands in throwaway repositories: a fixed identity, no system or user configuration. */
export const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null',
};

/** Clones `repoRoot`'s working tree into a new temporary repository; returns its path and the commit made. */
export function freshClone(repoRoot: string): { dir: string; commit: string } {
  const dir = mkdtempSync(join(tmpdir(), 'plangate-clone-'));
  const git = (cwd: string, ...args: string[]): string => execFileSync('git', args, { cwd, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8', maxBuffer: 64 << 20 });
  const files = git(repoRoot, 'ls-files', '-z', '--cached', '--others', '--exclude-standard').split('\0').filter((f) => f !== '');
  for (const file of files) {
    const from = join(repoRoot, file);
    const stat = lstatSync(from, { throwIfNoEntry: false });
    if (!stat) continue; // deleted in the working tree, not yet in the index
    mkdirSync(join(dir, dirname(file)), { recursive: true });
    if (stat.isSymbolicLink()) symlinkSync(readlinkSync(from), join(dir, file));
    else copyFileSync(from, join(dir, file));
  }
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--no-verify', '-m', 'snapshot of the working tree');
  return { dir, commit: git(dir, 'rev-parse', 'HEAD').trim() };
}
