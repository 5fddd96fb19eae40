// Finds, parses and validates plangate.yaml (and separate waiver files); every problem is a config_error naming the
// file, the line and the key path.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { diagnostic, PlangateError, type Diagnostic } from '../diagnostics';
import { describeSchemaError, formatKeyPath, validateConfigShape, type ShapeProblem } from './schema';
import { isCalendarDate } from './calendar-date';
import type { LoadedConfig, PlangateConfig, Waiver } from './types';
import { locateYamlPath } from './yaml-locations';

/** File names looked for in the working directory, in order. */
export const CONFIG_FILE_NAMES = ['plangate.yaml', '.plangate.yaml'] as const;

/** The configuration file of a directory, or undefined. */
export function findConfigFile(cwd: string): string | undefined {
  return CONFIG_FILE_NAMES.map((name) => join(cwd, name)).find((p) => existsSync(p));
}

interface ParsedYaml {
  value: unknown;
  locate: (segments: string[], atKey?: boolean) => { line: number; col: number } | undefined;
}

function readText(file: string, cwd = process.cwd()): Buffer {
  try {
    return readFileSync(resolve(cwd, file));
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (err as Error).message;
    throw new PlangateError(diagnostic('config_error', `cannot read configuration: ${reason}`, { file }));
  }
}

function parseYamlFile(file: string, bytes: Buffer): ParsedYaml {
  const lines = new LineCounter();
  const doc = parseDocument(bytes.toString('utf8').replace(/^\uFEFF/, ''), { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    throw new PlangateError(doc.errors.slice(0, 10).map((e) => {
      const pos = lines.linePos(e.pos[0]);
      return diagnostic('config_error', e.message.split('\n')[0], { file, line: pos.line, col: pos.col });
    }));
  }
  return { value: doc.toJS({ maxAliasCount: 100 }) ?? {}, locate: (segments, atKey = false) => locateYamlPath(doc, lines, segments, atKey) };
}

function shapeDiagnostics(file: string, parsed: ParsedYaml, value: unknown): Diagnostic[] {
  const problems = validateConfigShape(value).map(describeSchemaError);
  if (problems.length === 0) problems.push(...waiverDateProblems(value));
  return problems.map((p) => {
    const pos = parsed.locate(p.segments, p.atKey);
    const key = formatKeyPath(p.atKey ? p.segments.slice(0, -1) : p.segments);
    return diagnostic('config_error', key ? `${key}: ${p.message}` : p.message, { file, ...pos }, { jsonPath: '/' + p.segments.join('/') });
  });
}

/** Waiver `expires` values of the right shape that name no real day (2099-13-45, 2027-02-30). */
function waiverDateProblems(value: unknown): ShapeProblem[] {
  const waivers = (value as { waivers?: { expires?: unknown }[] } | null)?.waivers ?? [];
  return waivers.flatMap((w, i) =>
    typeof w.expires === 'string' && !isCalendarDate(w.expires)
      ? [{ segments: ['waivers', String(i), 'expires'], atKey: false, message: `${w.expires} is not a calendar date (YYYY-MM-DD)` }]
      : [],
  );
}

function withWaiverSources(waivers: Waiver[] | undefined, file: string, parsed: ParsedYaml, prefix: string[]): Waiver[] | undefined {
  return waivers?.map((w, i) => ({ ...w, source: { file, line: parsed.locate([...prefix, String(i)])?.line } }));
}

/**
 * Reads and validates a configuration file (`file` resolved against `cwd`, shown as given); throws a PlangateError of
 * config_error diagnostics.
 */
export function loadConfigFile(file: string, cwd = process.cwd()): LoadedConfig {
  const bytes = readText(file, cwd);
  const parsed = parseYamlFile(file, bytes);
  const problems = shapeDiagnostics(file, parsed, parsed.value);
  if (problems.length > 0) throw new PlangateError(problems);
  const config = parsed.value as PlangateConfig;
  return {
    config: { ...config, ...policySources(parsed.value as RawPolicies), waivers: withWaiverSources(config.waivers, file, parsed, ['waivers']) },
    path: file,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    lineOf: (path, atKey) => parsed.locate(path, atKey)?.line,
  };
}

/** `policies:` as written: paths, or `{ path, regoVersion }`. */
interface RawPolicies {
  policies?: (string | { path: string; regoVersion?: 'v0' | 'v1' })[];
}

/** `policies:` as paths, with the Rego version of the entries that name one. */
function policySources(raw: RawPolicies): Pick<PlangateConfig, 'policies' | 'policyVersions'> {
  if (!raw.policies) return {};
  const versions: Record<string, 'v0' | 'v1'> = {};
  const policies = raw.policies.map((entry) => {
    if (typeof entry === 'string') return entry;
    if (entry.regoVersion) versions[entry.path] = entry.regoVersion;
    return entry.path;
  });
  return { policies, ...(Object.keys(versions).length > 0 ? { policyVersions: versions } : {}) };
}

/**
 * The configuration of a run: the named file, else the one found in `cwd` (named in messages by its bare file name,
 * as users see it), else an empty configuration.
 */
export function loadConfig(explicitPath: string | undefined, cwd: string): LoadedConfig {
  if (explicitPath) return loadConfigFile(explicitPath, cwd);
  const found = findConfigFile(cwd);
  return found ? loadConfigFile(basename(found), cwd) : { config: {} };
}

/** Reads a separate waivers file (`waivers: [...]`, the same shape as in plangate.yaml). */
export function loadWaiversFile(file: string): Waiver[] {
  const bytes = readText(file);
  const parsed = parseYamlFile(file, bytes);
  const doc = parsed.value as { waivers?: unknown } | null;
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new PlangateError(diagnostic('config_error', 'a waivers file holds a mapping with one key, "waivers"', { file, line: 1 }));
  }
  const extra = Object.keys(doc).filter((k) => k !== 'waivers');
  const problems = extra.map((k) => diagnostic('config_error', `unknown key "${k}"`, { file, ...parsed.locate([k], true) }));
  problems.push(...shapeDiagnostics(file, parsed, { waivers: doc.waivers ?? [] }));
  if (problems.length > 0) throw new PlangateError(problems);
  return withWaiverSources(doc.waivers as Waiver[] | undefined, file, parsed, ['waivers']) ?? [];
}
