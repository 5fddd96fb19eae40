// Finds the `.tf` line of each resource's `resource "TYPE" "NAME"` block so reports can point at source lines.
// Module directories come from local `source = "./x"` calls (or .terraform/modules/modules.json for registry
// modules); block headers are found by a line scanner that skips comments and heredocs (no full HCL parser).
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readRegularFile } from '../safe-read';
import type { PlanConfiguration } from './configuration';
import { readLiteralLocals } from './tf-locals';

/** Where a block is declared. */
export interface BlockLocation {
  file: string;
  line: number;
}

const HEADER = /^\s*(resource|data)\s+"?([A-Za-z0-9_-]+)"?\s+"?([A-Za-z0-9_-]+)"?\s*\{/;
const HEREDOC = /<<-?\s*"?([A-Za-z_][A-Za-z0-9_]*)"?\s*$/;

/** Block header -> location for every `resource`/`data` block in one text (key `mode.type.name`). */
export function scanTfBlocks(text: string, file: string): Map<string, BlockLocation> {
  const found = new Map<string, BlockLocation>();
  const lines = text.split(/\r?\n/);
  let inComment = false;
  let heredocEnd: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    if (heredocEnd !== undefined) {
      if (line.trim() === heredocEnd) heredocEnd = undefined;
      continue;
    }
    if (inComment) {
      const close = line.indexOf('*/');
      if (close < 0) continue;
      line = ' '.repeat(close + 2) + line.slice(close + 2);
    }
    const code = stripComments(line);
    inComment = code.opensBlockComment;
    const header = HEADER.exec(code.text);
    if (header) {
      const key = `${header[1] === 'data' ? 'data' : 'managed'}.${header[2]}.${header[3]}`;
      if (!found.has(key)) found.set(key, { file, line: i + 1 });
    }
    const heredoc = HEREDOC.exec(code.text);
    if (heredoc) heredocEnd = heredoc[1];
  }
  return found;
}

/** The code part of one line: text before a `#`, `//` or `/*` that is outside a string. */
function stripComments(line: string): { text: string; opensBlockComment: boolean } {
  let inString = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
    } else if (c === '#' || (c === '/' && line[i + 1] === '/')) {
      return { text: line.slice(0, i), opensBlockComment: false };
    } else if (c === '/' && line[i + 1] === '*') {
      const close = line.indexOf('*/', i + 2);
      if (close < 0) return { text: line.slice(0, i), opensBlockComment: true };
      line = line.slice(0, i) + ' '.repeat(close + 2 - i) + line.slice(close + 2);
    }
  }
  return { text: line, opensBlockComment: false };
}

/** Looks up resource blocks across the root module directory and its module directories. */
export class TfSourceIndex {
  private readonly dirs = new Map<string, string | undefined>();
  private readonly blocks = new Map<string, Map<string, BlockLocation>>();
  private readonly installed: Map<string, string>;

  /** `rootDir` as the user sees it (reported paths start with it); `cwd` is what relative paths resolve against. */
  constructor(private readonly rootDir: string, private readonly configuration: PlanConfiguration, private readonly cwd: string) {
    this.installed = readInstalledModules(resolve(cwd, rootDir));
  }

  /** True when the root directory holds any .tf file at all (otherwise nothing is looked up). */
  static hasSources(dir: string, cwd: string): boolean {
    try {
      return readdirSync(resolve(cwd, dir)).some((f) => f.endsWith('.tf'));
    } catch {
      return false;
    }
  }

  /** Location of a resource's block, given its configuration module path (`module.a.module.b`). */
  locate(modulePath: string, mode: string, type: string, name: string): BlockLocation | undefined {
    const dir = this.moduleDir(modulePath);
    if (dir === undefined) return undefined;
    let blocks = this.blocks.get(dir);
    if (!blocks) {
      blocks = scanDirectory(dir, this.cwd);
      this.blocks.set(dir, blocks);
    }
    return blocks.get(`${mode}.${type}.${name}`);
  }

  /** Literal locals of the root module and of every module whose directory is found, by module path. */
  literalLocals(): Map<string, Map<string, string>> {
    const out = new Map<string, Map<string, string>>();
    for (const path of ['', ...this.configuration.calls.keys()]) {
      const dir = this.moduleDir(path);
      const locals = dir === undefined ? undefined : readLiteralLocals(dir, this.cwd);
      if (locals && locals.size > 0) out.set(path, locals);
    }
    return out;
  }

  private moduleDir(modulePath: string): string | undefined {
    if (modulePath === '') return this.rootDir;
    if (this.dirs.has(modulePath)) return this.dirs.get(modulePath);
    const call = this.configuration.calls.get(modulePath);
    let dir: string | undefined;
    if (call?.source && /^\.\.?[\\/]/.test(call.source)) {
      const parent = this.moduleDir(call.parentPath);
      dir = parent === undefined ? undefined : join(parent, call.source);
    } else {
      const key = modulePath.split('.').filter((_, i) => i % 2 === 1).join('.');
      const installedDir = this.installed.get(key);
      dir = installedDir === undefined ? undefined : join(this.rootDir, installedDir);
    }
    this.dirs.set(modulePath, dir);
    return dir;
  }
}

/** Hand-written Terraform files are far smaller; a bigger `.tf` is skipped. */
export const MAX_TF_FILE_BYTES = 16 * 1024 ** 2;

/** The `.tf` file names of a folder, sorted; none when the folder cannot be listed. */
export function tfFileNames(dir: string, cwd: string): string[] {
  try {
    return readdirSync(resolve(cwd, dir)).filter((f) => f.endsWith('.tf')).sort();
  } catch {
    return [];
  }
}

function scanDirectory(dir: string, cwd: string): Map<string, BlockLocation> {
  const merged = new Map<string, BlockLocation>();
  for (const f of tfFileNames(dir, cwd)) {
    const path = join(dir, f);
    // Only regular files inside the working tree (a `.tf` may be a FIFO or a link to /dev/zero in a pull request);
    // one that is refused costs its blocks their line numbers, nothing else.
    const read = readRegularFile(resolve(cwd, path), { root: cwd, limit: MAX_TF_FILE_BYTES });
    if (!read.ok) continue;
    const text = read.bytes.toString('utf8').replace(/^\uFEFF/, '');
    for (const [key, loc] of scanTfBlocks(text, path)) if (!merged.has(key)) merged.set(key, loc);
  }
  return merged;
}

/** `terraform init` records where registry modules were unpacked: Key "a.b" -> Dir. */
function readInstalledModules(rootDir: string): Map<string, string> {
  const map = new Map<string, string>();
  const manifest = join(rootDir, '.terraform', 'modules', 'modules.json');
  if (!existsSync(manifest)) return map;
  const read = readRegularFile(manifest, { root: rootDir, limit: MAX_TF_FILE_BYTES });
  if (!read.ok) return map;
  try {
    const parsed = JSON.parse(read.bytes.toString('utf8')) as { Modules?: Array<{ Key?: string; Dir?: string }> };
    for (const m of parsed.Modules ?? []) if (m.Key && m.Dir) map.set(m.Key, m.Dir);
  } catch {
    // A damaged manifest only costs registry modules their line numbers.
  }
  return map;
}
