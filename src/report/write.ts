// Writes reports atomically: every format is rendered in memory first, then each file is written to a temporary
// name in the same directory and renamed over the target, so readers never see a partial or mixed report.
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { diagnostic, PlangateError } from '../diagnostics';
import { trackTempFile, untrackTempFile } from '../temp-files';
import { sealReport, type KeyInput } from './evidence';
import type { ReportModel } from './model';
import { findRenderer } from './registry';
import type { RenderOptions, Renderer } from './renderer';
import { sortPolicies, sortResults } from './sort';

/** Options of `writeReports`. */
export interface WriteOptions extends RenderOptions {
  /** Ed25519 private key: the report is signed as well as digested. */
  signingKey?: KeyInput;
  /** Keep the model's digest and signature as they are (re-rendering a verified saved report). */
  keepSeal?: boolean;
}

/** The model in its one deterministic order (results, policies, fixed findings), so equal runs give equal bytes. */
export function normaliseReport(model: ReportModel): ReportModel {
  const baseline = model.baseline ? { ...model.baseline, absent: sortResults(model.baseline.absent) } : undefined;
  return { ...model, policies: sortPolicies(model.policies), results: sortResults(model.results), ...(baseline ? { baseline } : {}) };
}

/** Renders one format of a model. */
export function renderReport(model: ReportModel, format: string, options: RenderOptions = {}): string | Buffer {
  return findRenderer(format).render(model, options);
}

/** Writes `data` to `path` through a temporary file in the same directory and a rename. */
export function writeFileAtomic(path: string, data: string | Buffer): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  trackTempFile(temp);
  try {
    const fd = openSync(temp, 'wx', 0o644);
    try {
      writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (err) {
    try {
      unlinkSync(temp);
    } catch {
      // The temporary file was never created or is already gone.
    }
    throw new PlangateError(diagnostic('io_error', `cannot write report: ${(err as Error).message}`, { file: path }));
  } finally {
    untrackTempFile(temp);
  }
}

/** Sorts and seals the model (digest, optional signature), renders every format, then writes each file atomically; returns the paths. */
export function writeReports(model: ReportModel, formats: readonly (string | Renderer)[], dir: string, options: WriteOptions = {}): string[] {
  const sealed = options.keepSeal ? model : sealReport(normaliseReport(model), options.signingKey);
  const renderers = formats.map((f) => (typeof f === 'string' ? findRenderer(f) : f));
  // Render everything before touching the disk: a renderer that throws leaves no file behind.
  const outputs = renderers.map((r) => ({ path: join(dir, r.fileName), data: r.render(sealed, options) }));
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw new PlangateError(diagnostic('io_error', `cannot create output directory: ${(err as Error).message}`, { file: dir }));
  }
  for (const o of outputs) writeFileAtomic(o.path, o.data);
  return outputs.map((o) => o.path);
}

/** What `emitReports` produced: files written, and the text view for stdout. */
export interface EmittedReports {
  paths: string[];
  stdout: string;
}

/** The CLI's way of writing: the text format goes to stdout, every other format to a file in `dir`. */
export function emitReports(model: ReportModel, formats: readonly Renderer[], dir: string | undefined, options: WriteOptions = {}): EmittedReports {
  const files = formats.filter((r) => r.name !== 'text');
  if (files.length > 0 && dir === undefined) {
    throw new PlangateError(diagnostic('usage_error', `--output-dir is needed for ${files.map((r) => r.name).join(', ')}`));
  }
  const sealed = options.keepSeal ? model : sealReport(normaliseReport(model), options.signingKey);
  const stdout = formats.some((r) => r.name === 'text') ? findRenderer('text').render(sealed, options).toString() : '';
  const paths = files.length > 0 && dir !== undefined ? writeReports(sealed, files, dir, { ...options, keepSeal: true }) : [];
  return { paths, stdout };
}
