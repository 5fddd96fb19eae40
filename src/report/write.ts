// Writes reports atomically: every format is rendered into a temporary file in the same directory first, then each
// is renamed over its target, so readers never see a partial or mixed report.
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

/** What a file is written from: its whole text or bytes, or its text in pieces (large reports). */
export type FileData = string | Buffer | Iterable<string>;

/** Text gathered before each write call: few system calls without holding a large report as one string. */
const WRITE_BATCH_CHARS = 1 << 20;

function writeData(fd: number, data: FileData): void {
  if (typeof data === 'string' || Buffer.isBuffer(data)) {
    writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    return;
  }
  let batch: string[] = [];
  let chars = 0;
  for (const piece of data) {
    batch.push(piece);
    chars += piece.length;
    if (chars >= WRITE_BATCH_CHARS) {
      writeSync(fd, Buffer.from(batch.join(''), 'utf8'));
      batch = [];
      chars = 0;
    }
  }
  writeSync(fd, Buffer.from(batch.join(''), 'utf8'));
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // The temporary file was never created or is already gone.
  }
}

function writeError(path: string, err: unknown): PlangateError {
  return new PlangateError(diagnostic('io_error', `cannot write report: ${(err as Error).message}`, { file: path }));
}

/** A file written in full under a temporary name beside its target, waiting to be renamed into place. */
interface StagedFile {
  path: string;
  temp: string;
}

/** Writes `data` (rendered as it is written, when given in pieces) to a temporary file beside `path`. */
function stageFile(path: string, data: () => FileData): StagedFile {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  trackTempFile(temp);
  try {
    const fd = openSync(temp, 'wx', 0o644);
    try {
      writeData(fd, data());
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    return { path, temp };
  } catch (err) {
    removeQuietly(temp);
    untrackTempFile(temp);
    // A renderer's own failure is its error; only the file system's is an io_error.
    throw err instanceof Error && 'syscall' in err ? writeError(path, err) : err;
  }
}

/** Renames staged files into place; what is not renamed (after a failure) is removed. */
function commitFiles(staged: readonly StagedFile[]): void {
  try {
    for (const file of staged) {
      try {
        renameSync(file.temp, file.path);
      } catch (err) {
        throw writeError(file.path, err);
      }
      untrackTempFile(file.temp);
    }
  } finally {
    discardStaged(staged);
  }
}

function discardStaged(staged: readonly StagedFile[]): void {
  for (const file of staged) {
    removeQuietly(file.temp);
    untrackTempFile(file.temp);
  }
}

/** Writes `data` to `path` through a temporary file in the same directory and a rename. */
export function writeFileAtomic(path: string, data: FileData): void {
  commitFiles([stageFile(path, () => data)]);
}

/** Sorts and seals the model (digest, optional signature), renders every format, then writes each file atomically; returns the paths. */
export function writeReports(model: ReportModel, formats: readonly (string | Renderer)[], dir: string, options: WriteOptions = {}): string[] {
  const sealed = options.keepSeal ? model : sealReport(normaliseReport(model), options.signingKey);
  const renderers = formats.map((f) => (typeof f === 'string' ? findRenderer(f) : f));
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw new PlangateError(diagnostic('io_error', `cannot create output directory: ${(err as Error).message}`, { file: dir }));
  }
  // Every format is rendered into its temporary file before any file is renamed into place: a renderer that throws
  // leaves the previous reports as they were. Large formats are rendered in pieces as they are written.
  const staged: StagedFile[] = [];
  try {
    for (const r of renderers) {
      staged.push(stageFile(join(dir, r.fileName), () => (r.renderPieces ? r.renderPieces(sealed, options) : r.render(sealed, options))));
    }
  } catch (err) {
    discardStaged(staged);
    throw err;
  }
  commitFiles(staged);
  return staged.map((f) => f.path);
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
