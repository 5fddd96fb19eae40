// Writes reports atomically: every format is rendered into a temporary file in the same directory first, then each
// is renamed over its target, so readers never see a partial or mixed report.
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { diagnostic, errorText, PlangateError, type Diagnostic } from '../diagnostics';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { removeStaleTempFiles, trackTempFile, untrackTempFile } from '../temp-files';
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

/** What writing several formats produced: the files written and, for each format that could not be, why. */
export interface WrittenReports {
  paths: string[];
  failures: Diagnostic[];
}

/** Why a format was not written: the file system's error as it is, a renderer's as an internal_error naming it. */
function formatFailure(path: string, err: unknown): Diagnostic[] {
  if (err instanceof PlangateError) return err.diagnostics;
  return [diagnostic('internal_error', `could not render this report: ${errorText(err)}; the other formats were written`, { file: path })];
}

/**
 * The steps of writing several formats, as a generator: it yields between formats (and before renaming them into
 * place) so an asynchronous caller can give an interrupt its turn: a run stopped by SIGTERM while its reports are
 * rendered then leaves no new report at all, instead of finishing them first.
 */
function* writeSteps(model: ReportModel, formats: readonly (string | Renderer)[], dir: string, options: WriteOptions): Generator<void, WrittenReports> {
  const sealed = options.keepSeal ? model : sealReport(normaliseReport(model), options.signingKey);
  const renderers = formats.map((f) => (typeof f === 'string' ? findRenderer(f) : f));
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw new PlangateError(diagnostic('io_error', `cannot create output directory: ${(err as Error).message}`, { file: dir }));
  }
  removeStaleTempFiles(dir);
  const staged: StagedFile[] = [];
  const failures: Diagnostic[] = [];
  // An interrupt handled at a yield exits the process; its handler removes the staged temporaries (temp-files.ts).
  for (const r of renderers) {
    yield;
    const path = join(dir, r.fileName);
    try {
      // Large formats are rendered in pieces as they are written.
      staged.push(stageFile(path, () => (r.renderPieces ? r.renderPieces(sealed, options) : r.render(sealed, options))));
    } catch (err) {
      failures.push(...formatFailure(path, err));
    }
  }
  yield;
  const paths: string[] = [];
  for (const file of staged) {
    try {
      commitFiles([file]);
      paths.push(file.path);
    } catch (err) {
      failures.push(...formatFailure(file.path, err));
    }
  }
  return { paths, failures };
}

/**
 * Sorts and seals the model, renders every format into its temporary file, then renames each into place. Each
 * format stands alone: one that fails (a renderer error, a full disk) leaves its previous file as it was and no
 * temporary, and never keeps the other formats from being written. Temporaries of dead runs in `dir` are removed.
 */
export function writeReportsSettled(model: ReportModel, formats: readonly (string | Renderer)[], dir: string, options: WriteOptions = {}): WrittenReports {
  const steps = writeSteps(model, formats, dir, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** writeReportsSettled giving the event loop a turn between formats (signal handlers run there). */
export async function writeReportsInTurns(model: ReportModel, formats: readonly (string | Renderer)[], dir: string, options: WriteOptions = {}): Promise<WrittenReports> {
  const steps = writeSteps(model, formats, dir, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await nextTurn();
  }
}

/** writeReportsSettled for callers that want every format or an error: throws (after writing the others) if one failed. */
export function writeReports(model: ReportModel, formats: readonly (string | Renderer)[], dir: string, options: WriteOptions = {}): string[] {
  const written = writeReportsSettled(model, formats, dir, options);
  if (written.failures.length > 0) throw new PlangateError(written.failures);
  return written.paths;
}

/** What `emitReports` produced: files written, the text view for stdout, and the formats that failed. */
export interface EmittedReports {
  paths: string[];
  stdout: string;
  failures: Diagnostic[];
}

/** The CLI's way of writing: the text format goes to stdout, every other format to a file in `dir`. */
export function emitReports(model: ReportModel, formats: readonly Renderer[], dir: string | undefined, options: WriteOptions = {}): EmittedReports {
  const files = formats.filter((r) => r.name !== 'text');
  if (files.length > 0 && dir === undefined) {
    throw new PlangateError(diagnostic('usage_error', `--output-dir is needed for ${files.map((r) => r.name).join(', ')}`));
  }
  const sealed = options.keepSeal ? model : sealReport(normaliseReport(model), options.signingKey);
  const written = files.length > 0 && dir !== undefined ? writeReportsSettled(sealed, files, dir, { ...options, keepSeal: true }) : { paths: [], failures: [] };
  return { ...written, ...textView(sealed, formats, options, written.failures) };
}

/** The text view for stdout when asked; its failure joins the others. */
function textView(sealed: ReportModel, formats: readonly Renderer[], options: WriteOptions, failed: readonly Diagnostic[]): { stdout: string; failures: Diagnostic[] } {
  const failures = [...failed];
  let stdout = '';
  try {
    stdout = formats.some((r) => r.name === 'text') ? findRenderer('text').render(sealed, options).toString() : '';
  } catch (err) {
    failures.push(...formatFailure('<stdout>', err));
  }
  return { stdout, failures };
}

/** emitReports giving the event loop a turn before each step, so an interrupt stops the run before its reports. */
export async function emitReportsInTurns(model: ReportModel, formats: readonly Renderer[], dir: string | undefined, options: WriteOptions = {}): Promise<EmittedReports> {
  const files = formats.filter((r) => r.name !== 'text');
  if (files.length > 0 && dir === undefined) {
    throw new PlangateError(diagnostic('usage_error', `--output-dir is needed for ${files.map((r) => r.name).join(', ')}`));
  }
  await nextTurn();
  const sealed = options.keepSeal ? model : sealReport(normaliseReport(model), options.signingKey);
  const written = files.length > 0 && dir !== undefined ? await writeReportsInTurns(sealed, files, dir, { ...options, keepSeal: true }) : { paths: [], failures: [] };
  return { ...written, ...textView(sealed, formats, options, written.failures) };
}
