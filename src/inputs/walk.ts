// Expands the paths a user gives (files, directories, globs) into the list of files to read, in a stable order.
// Named files must be inputs; files found by walking a directory or matching a glob are only candidates.
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { globSync, hasMagic } from 'glob';
import { diagnostic, type Diagnostic } from '../diagnostics';

/** One file to read: its path as the user will see it, and whether the user named it. */
export interface InputCandidate {
  path: string;
  named: boolean;
  /** The folder walked (or the working directory of a glob) that found it: symbolic links may not lead out of it. */
  root?: string;
}

/** Candidates and problems (missing paths, globs matching nothing), deduplicated by resolved path. */
export interface Expansion {
  candidates: InputCandidate[];
  diagnostics: Diagnostic[];
}

/** Candidate extensions when walking directories (`x.tfplan.json` is a `.json`). */
export const CANDIDATE_PATTERN = '**/*.{json,yaml,yml}';
/** Folders never walked into: dependencies, VCS data, Terraform's provider/module cache. */
export const SKIPPED_DIRS = ['**/node_modules/**', '**/.git/**', '**/.terraform/**'];

function kindOf(path: string, cwd: string): 'file' | 'dir' | 'missing' {
  try {
    return statSync(resolve(cwd, path)).isDirectory() ? 'dir' : 'file';
  } catch {
    return 'missing';
  }
}

function filesOf(path: string, cwd: string): { found: InputCandidate[]; problem?: string } {
  const kind = kindOf(path, cwd);
  if (kind === 'file') return { found: [{ path, named: true }] };
  if (kind === 'dir') {
    const rel = globSync(CANDIDATE_PATTERN, { cwd: resolve(cwd, path), ignore: SKIPPED_DIRS, nodir: true, dot: true, posix: true });
    const root = resolve(cwd, path);
    return { found: rel.sort().map((r) => ({ path: path === '.' ? r : join(path, r), named: false, root })) };
  }
  if (hasMagic(path)) {
    const matches = globSync(path, { cwd, ignore: SKIPPED_DIRS, nodir: true, posix: true });
    return matches.length > 0 ? { found: matches.sort().map((m) => ({ path: m, named: false, root: cwd })) } : { found: [], problem: 'no files match this pattern' };
  }
  return { found: [], problem: 'no such file or directory' };
}

/** Expands every path; missing paths and empty globs become input errors naming them. */
export function expandPaths(paths: string[], cwd: string): Expansion {
  const out: Expansion = { candidates: [], diagnostics: [] };
  const seen = new Set<string>();
  for (const path of paths) {
    const { found, problem } = filesOf(path, cwd);
    if (problem) out.diagnostics.push(diagnostic('input_error', problem, { file: path }));
    for (const candidate of found) {
      const key = resolve(cwd, candidate.path);
      if (!seen.has(key)) {
        seen.add(key);
        out.candidates.push(candidate);
      }
    }
  }
  return out;
}
