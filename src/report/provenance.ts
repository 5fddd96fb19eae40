// Reproduction facts for a report: the timestamp (SOURCE_DATE_EPOCH honoured, for byte-identical reports),
// the runtime, and the git commit and ref (GitHub Actions variables first, else the work tree's .git).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { diagnostic, PlangateError } from '../diagnostics';
import type { RunInfo } from './model';

/** `generatedAt`: SOURCE_DATE_EPOCH (seconds) when set, else now; ISO 8601 without milliseconds. */
export function reportTimestamp(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  let date = now;
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch)) throw new PlangateError(diagnostic('usage_error', `SOURCE_DATE_EPOCH must be whole seconds since 1970, got "${epoch}"`));
    date = new Date(Number(epoch) * 1000);
  }
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Node version, OS and architecture of this process. */
export function runtimeInfo(): RunInfo['runtime'] {
  return { node: process.version, os: process.platform, arch: process.arch };
}

/** The commit and ref: from GitHub Actions' GITHUB_SHA/GITHUB_REF, else read from the enclosing git work tree. */
export function gitInfo(cwd: string, env: NodeJS.ProcessEnv = process.env): RunInfo['git'] {
  if (env.GITHUB_SHA && /^[0-9a-f]{40}$/.test(env.GITHUB_SHA)) return { commit: env.GITHUB_SHA, ...(env.GITHUB_REF ? { ref: env.GITHUB_REF } : {}) };
  const gitDir = findGitDir(resolve(cwd));
  return gitDir ? readHead(gitDir) : undefined;
}

/** CI facts when running in GitHub Actions. */
export function ciInfo(env: NodeJS.ProcessEnv = process.env): RunInfo['ci'] {
  if (env.GITHUB_ACTIONS !== 'true') return undefined;
  return { provider: 'github-actions', ...(env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID } : {}), ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}) };
}

function findGitDir(start: string): string | undefined {
  for (let dir = start; ; dir = dirname(dir)) {
    const dotGit = join(dir, '.git');
    if (existsSync(dotGit)) {
      // A worktree or submodule has a `.git` file pointing at the real directory.
      if (statSync(dotGit).isFile()) {
        const m = /^gitdir: (.+)$/m.exec(readFileSync(dotGit, 'utf8'));
        return m ? resolve(dir, m[1].trim()) : undefined;
      }
      return dotGit;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

function readHead(gitDir: string): RunInfo['git'] {
  const head = safeRead(join(gitDir, 'HEAD'))?.trim();
  if (!head) return undefined;
  const symbolic = /^ref: (.+)$/.exec(head);
  if (!symbolic) return /^[0-9a-f]{40}$/.test(head) ? { commit: head } : undefined;
  const ref = symbolic[1];
  // Refs live in a loose file, or only in packed-refs (in the common dir for worktrees).
  const commonDir = safeRead(join(gitDir, 'commondir'))?.trim();
  const dirs = [gitDir, ...(commonDir ? [resolve(gitDir, commonDir)] : [])];
  for (const dir of dirs) {
    const loose = safeRead(join(dir, ref))?.trim();
    if (loose && /^[0-9a-f]{40}$/.test(loose)) return { commit: loose, ref };
    const packed = safeRead(join(dir, 'packed-refs'))?.split('\n').find((l) => l.endsWith(` ${ref}`));
    if (packed) return { commit: packed.slice(0, 40), ref };
  }
  return undefined;
}

function safeRead(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** What the engine knows about a run; `collectRunInfo` adds the runtime, git and CI facts. */
export interface RunFacts {
  cwd: string;
  configPath?: string;
  /** The configuration file's bytes, hashed into `configDigest`. */
  configBytes?: Uint8Array;
  failOn?: RunInfo['failOn'];
  environment?: string;
  parameters?: Record<string, unknown>;
}

/** The `run` section of a report: configuration digest, parameters, runtime, git commit and ref, CI. */
export function collectRunInfo(facts: RunFacts, env: NodeJS.ProcessEnv = process.env): RunInfo {
  const git = gitInfo(facts.cwd, env);
  const ci = ciInfo(env);
  return {
    ...(facts.configPath !== undefined ? { configPath: facts.configPath } : {}),
    ...(facts.configBytes !== undefined ? { configDigest: createHash('sha256').update(facts.configBytes).digest('hex') } : {}),
    ...(facts.failOn !== undefined ? { failOn: facts.failOn } : {}),
    ...(facts.environment !== undefined ? { environment: facts.environment } : {}),
    ...(facts.parameters !== undefined ? { parameters: facts.parameters } : {}),
    runtime: runtimeInfo(),
    ...(git ? { git } : {}),
    ...(ci ? { ci } : {}),
  };
}
