// readInputs: the entry point of the inputs layer. Expands paths, reads each file's bytes (size-capped), decodes,
// parses, detects its format through INPUT_FORMATS and normalises it; a bad file becomes one input_error diagnostic
// and the other files of the run are still read. The per-file core is synchronous so a worker thread can use it.
import { createHash } from 'node:crypto';
import { constants } from 'node:buffer';
import { resolve } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { diagnostic, type Diagnostic } from '../diagnostics';
import { isTemplateSource, looksLikeInput, parseContent, type InputContent } from './content';
import { decodeInput } from './decode';
import { buildDocument, countResources, type ParsedFile } from './document';
import { MAX_STRING_CHARS } from './json-text';
import { lineAt, opensLikeJson, overlongJsonString } from './overlong-string';
import { detectFormat, INPUT_FORMATS, type InputFormat } from './registry';
import { readRegularFile } from './safe-read';
import type { InputFile, ParsedInput, ReadOptions, ReadResult } from './types';
import { expandPaths, type InputCandidate } from './walk';

/** Default size limit for one input file (`--max-input-size`): 512 MiB, four times the largest plan measured. */
export const DEFAULT_MAX_FILE_BYTES = 512 * 1024 ** 2;

/** What reading one file produced: its parsed input (when it is one), its InputFile record and its problems. */
export interface FileOutcome {
  parsed?: ParsedInput;
  input?: InputFile;
  diagnostics: Diagnostic[];
}

const isOutcome = <T extends object>(x: T | FileOutcome): x is FileOutcome => 'diagnostics' in x;

const ACCEPTED = INPUT_FORMATS.map((f) => f.describe).join('; ');

/** A file's text once decoded: the bytes are hashed and released first, so a big plan is never held twice. */
interface LoadedText {
  candidate: InputCandidate;
  sha256: string;
  text: string | undefined;
}

/** Hashes and decodes bytes; a decoding problem (empty, binary, bad UTF-8) is an outcome of its own. */
function loadText(bytes: Buffer, candidate: InputCandidate): LoadedText | FileOutcome {
  const overlong = opensLikeJson(bytes) ? overlongJsonString(bytes, MAX_STRING_CHARS) : undefined;
  if (overlong) {
    const message = `a string of ${overlong.length} bytes, longer than the ${MAX_STRING_CHARS}-character limit; refused`;
    return { diagnostics: [diagnostic('input_error', message, { file: candidate.path, line: lineAt(bytes, overlong.offset) })] };
  }
  const decoded = decodeInput(bytes, candidate.path);
  if (!decoded.ok) return { diagnostics: candidate.named ? [decoded.diagnostic] : [] };
  return { candidate, sha256: createHash('sha256').update(bytes).digest('hex'), text: decoded.text };
}

/** Parses decoded text and finds its format; `named` files that are no input are errors, walked ones are ignored. */
function detect(loaded: LoadedText, options: ReadOptions): { content: InputContent; format: InputFormat } | FileOutcome {
  const { path: file, named } = loaded.candidate;
  const text = loaded.text ?? '';
  if (!named && isTemplateSource(text)) return { diagnostics: [] };
  const content = parseContent(text, file, options);
  if (!content.ok) return named || looksLikeInput(text) ? { diagnostics: [content.diagnostic] } : { diagnostics: [] };
  const format = detectFormat(content.content, named);
  if (format) return { content: content.content, format };
  const yamlErrors = content.content.syntax === 'yaml' ? content.content.yaml.diagnostics : [];
  if (yamlErrors.length > 0 && (named || looksLikeInput(text))) return { diagnostics: yamlErrors };
  return { diagnostics: named ? [diagnostic('input_error', `not a recognised input; expected ${ACCEPTED}`, { file })] : [] };
}

/** Detects and normalises; the text is held only inside `detect`, so `normalise` can let it go. */
function readLoaded(loaded: LoadedText, options: ReadOptions): FileOutcome {
  const detected = detect(loaded, options);
  return isOutcome(detected) ? detected : normalise(loaded, detected.content, detected.format, options);
}

/** Runs the format's parse and records the file; a file that yielded nothing but errors is not an input. */
function normalise(loaded: LoadedText, content: InputContent, format: InputFormat, options: ReadOptions): FileOutcome {
  // Formats that work from the parsed value alone let the text go: for a large plan that is a file's size of memory.
  if (!format.needsText) {
    loaded.text = undefined;
    content.text = '';
  }
  const parsed = format.parse(content, options);
  // A file whose every part failed (schema, format version, all objects broken) contributes nothing to the run.
  if (parsed.diagnostics.length > 0 && parsed.resources.length + parsed.deleted.length + parsed.dataSources.length === 0) {
    return { diagnostics: parsed.diagnostics };
  }
  const input: InputFile = { path: loaded.candidate.path, type: parsed.type, sha256: loaded.sha256, resources: countResources(parsed) };
  return { parsed, input, diagnostics: parsed.diagnostics };
}

/** Reads one file's bytes into its outcome (for callers, such as worker threads, that already hold the bytes). */
export function readInputBytes(bytes: Buffer, candidate: InputCandidate, options: ReadOptions = {}): FileOutcome {
  const loaded = loadText(bytes, candidate);
  return isOutcome(loaded) ? loaded : readLoaded(loaded, options);
}

/** Node decodes no string longer than this; a file of more bytes is refused before it is read, not after (memory). */
const MAX_TEXT_BYTES = constants.MAX_STRING_LENGTH;

/** The size limit in force: the configured one, and never beyond what can be decoded as text. */
function effectiveLimit(options: ReadOptions): number {
  return Math.min(options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, MAX_TEXT_BYTES);
}

/** Reads one candidate from disk: a regular file within the limit, hashed and decoded, its bytes then dropped. */
export function readInputFileSync(candidate: InputCandidate, options: ReadOptions = {}): FileOutcome {
  const loaded = loadFromDisk(candidate, options);
  return isOutcome(loaded) ? loaded : readLoaded(loaded, options);
}

/** The file's text; its bytes are garbage once this returns, before anything is parsed (a file's size of memory). */
function loadFromDisk(candidate: InputCandidate, options: ReadOptions): LoadedText | FileOutcome {
  const full = resolve(options.cwd ?? process.cwd(), candidate.path);
  const read = readRegularFile(full, { root: candidate.root, limit: effectiveLimit(options) });
  if (!read.ok) return { diagnostics: [diagnostic(read.code, read.reason, { file: candidate.path })] };
  return loadText(read.bytes, candidate);
}

function assemble(outcomes: FileOutcome[], expansionDiagnostics: Diagnostic[]): ReadResult {
  const files: ParsedFile[] = [];
  const inputs: InputFile[] = [];
  const diagnostics = [...expansionDiagnostics];
  for (const o of outcomes) {
    diagnostics.push(...o.diagnostics);
    if (o.parsed && o.input) {
      files.push({ path: o.input.path, parsed: o.parsed });
      inputs.push(o.input);
    }
  }
  return { document: buildDocument(files), inputs, diagnostics };
}

function pastDeadline(options: ReadOptions): boolean {
  return options.deadline !== undefined && Date.now() > options.deadline;
}

/** A file left unread because the run's time was up: an error, so the run cannot pass without it. */
function notReadInTime(candidate: InputCandidate): FileOutcome {
  return { diagnostics: [diagnostic('input_error', 'not read: the run passed its --timeout while reading the inputs', { file: candidate.path })] };
}

/** With `ignoreUnrecognised`, named files are judged as walked ones: what is no input is skipped, not an error. */
function candidatesToRead(candidates: readonly InputCandidate[], options: ReadOptions): InputCandidate[] {
  return options.ignoreUnrecognised ? candidates.map((c) => ({ ...c, named: false })) : [...candidates];
}

/** The synchronous core of readInputs (for worker threads and scripts). */
export function readInputsSync(paths: string[], options: ReadOptions = {}): ReadResult {
  const expansion = expandPaths(paths, options.cwd ?? process.cwd());
  return assemble(candidatesToRead(expansion.candidates, options).map((c) => readInputFileSync(c, options)), expansion.diagnostics);
}

/** Reads every input of a run into one document; never throws for bad input (see `diagnostics`). */
export async function readInputs(paths: string[], options: ReadOptions = {}): Promise<ReadResult> {
  const expansion = expandPaths(paths, options.cwd ?? process.cwd());
  const outcomes: FileOutcome[] = [];
  for (const candidate of candidatesToRead(expansion.candidates, options)) {
    // One turn of the event loop between files, so an interrupt (SIGTERM, SIGINT) is handled while inputs are read.
    await nextTurn();
    outcomes.push(pastDeadline(options) ? notReadInTime(candidate) : readInputFileSync(candidate, options));
  }
  return assemble(outcomes, expansion.diagnostics);
}
