// Collects Rego policy files from the paths a user names (files or folders, searched recursively), with their
// digests. Test files (*_test.rego) are left to `plangate test`.
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { diagnostic, PlangateError } from '../diagnostics';
import { readRegularFile } from '../inputs';
import type { RegoVersion } from '../rego';

/** One Rego file: its path as shown to users, its text and the SHA-256 of its bytes. */
export interface RegoFile {
  path: string;
  source: string;
  sha256: string;
  /** The file's Rego version when it is not the run's (per policy source, a bundle's file_rego_versions, a template's). */
  regoVersion?: RegoVersion;
}

const SKIPPED_DIRS = new Set(['node_modules', '.git', '.terraform']);
/** Larger than any hand-written policy file by far. */
const MAX_REGO_FILE_BYTES = 16 * 1024 ** 2;

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) walk(path, out);
    } else if (entry.name.endsWith('.rego')) {
      out.push(path);
    }
  }
}

/** The .rego files under `paths`; `includeTests` keeps *_test.rego files too. */
export function listRegoFiles(paths: readonly string[], includeTests: boolean, cwd = process.cwd()): string[] {
  const files: string[] = [];
  for (const p of paths) {
    const full = resolve(cwd, p);
    let isDir: boolean;
    try {
      isDir = statSync(full).isDirectory();
    } catch {
      throw new PlangateError(diagnostic('policy_error', 'policy path not found', { file: p }));
    }
    if (isDir) {
      const found: string[] = [];
      walk(full, found);
      files.push(...found.map((f) => relative(cwd, f) || f));
    } else {
      files.push(p);
    }
  }
  return [...new Set(files)].filter((f) => includeTests || !f.endsWith('_test.rego'));
}

/** Reads Rego files with their digests. */
export function readRegoFiles(files: readonly string[], cwd = process.cwd()): RegoFile[] {
  return files.map((path) => {
    // A policy folder may come with a pull request: a FIFO or a link to a device named *.rego must not hang the run.
    const read = readRegularFile(resolve(cwd, path), { limit: MAX_REGO_FILE_BYTES });
    if (!read.ok) throw new PlangateError(diagnostic('policy_error', `cannot read policy: ${read.reason}`, { file: path }));
    const bytes = read.bytes;
    return { path, source: bytes.toString('utf8'), sha256: createHash('sha256').update(bytes).digest('hex') };
  });
}
