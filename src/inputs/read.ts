// readInputs: the entry point of the inputs layer. Expands paths, reads each file's bytes (size-capped), decodes,
// parses, detects its format through INPUT_FORMATS and normalises it; a bad file becomes one input_error diagnostic
// and the other files of the run are still read. The per-file core is synchronous so a worker thread can use it.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics';
import { looksLikeInput, parseContent } from './content';
import { decodeInput } from './decode';
import { buildDocument, countResources, type ParsedFile } from './document';
import { detectFormat, INPUT_FORMATS } from './registry';
import type { InputFile, ParsedInput, ReadOptions, ReadResult } from './types';
import { expandPaths, type InputCandidate } from './walk';

/** Default size limit for one input file. */
export const DEFAULT_MAX_FILE_BYTES = 2 * 1024 ** 3;

/** What reading one file produced: its parsed input (when it is one), its InputFile record and its problems. */
export interface FileOutcome {
  parsed?: ParsedInput;
  input?: InputFile;
  diagnostics: Diagnostic[];
}

const ACCEPTED = INPUT_FORMATS.map((f) => f.describe).join('; ');

/** Reads one file's bytes into its outcome; `named` files that are no input are errors, walked ones are ignored. */
export function readInputBytes(bytes: Buffer, candidate: InputCandidate, options: ReadOptions = {}): FileOutcome {
  const { path: file, named } = candidate;
  const decoded = decodeInput(bytes, file);
  if (!decoded.ok) return named ? { diagnostics: [decoded.diagnostic] } : { diagnostics: [] };
  const content = parseContent(decoded.text, file, options);
  if (!content.ok) return named || looksLikeInput(decoded.text) ? { diagnostics: [content.diagnostic] } : { diagnostics: [] };
  const format = detectFormat(content.content);
  if (!format) {
    const yamlErrors = content.content.syntax === 'yaml' ? content.content.yaml.diagnostics : [];
    if (yamlErrors.length > 0 && (named || looksLikeInput(decoded.text))) return { diagnostics: yamlErrors };
    return named ? { diagnostics: [diagnostic('input_error', `not a recognised input; expected ${ACCEPTED}`, { file })] } : { diagnostics: [] };
  }
  const parsed = format.parse(content.content, options);
  // A file whose every part failed (schema, format version, all objects broken) contributes nothing to the run.
  if (parsed.diagnostics.length > 0 && parsed.resources.length + parsed.deleted.length + parsed.dataSources.length === 0) {
    return { diagnostics: parsed.diagnostics };
  }
  const input: InputFile = { path: file, type: parsed.type, sha256: createHash('sha256').update(bytes).digest('hex'), resources: countResources(parsed) };
  return { parsed, input, diagnostics: parsed.diagnostics };
}

function tooLarge(file: string, size: number, limit: number): Diagnostic {
  return diagnostic('input_error', `file is ${size} bytes, larger than the ${limit}-byte limit; refused`, { file });
}

function ioError(file: string, err: unknown): Diagnostic {
  const code = (err as { code?: string }).code;
  return diagnostic('io_error', `cannot read file${code ? ` (${code})` : ''}`, { file });
}

/** Reads one candidate from disk synchronously. */
export function readInputFileSync(candidate: InputCandidate, options: ReadOptions = {}): FileOutcome {
  const full = resolve(options.cwd ?? process.cwd(), candidate.path);
  const limit = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  try {
    const size = statSync(full).size;
    if (size > limit) return { diagnostics: [tooLarge(candidate.path, size, limit)] };
    return readInputBytes(readFileSync(full), candidate, options);
  } catch (err) {
    return { diagnostics: [ioError(candidate.path, err)] };
  }
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

/** The synchronous core of readInputs (for worker threads and scripts). */
export function readInputsSync(paths: string[], options: ReadOptions = {}): ReadResult {
  const expansion = expandPaths(paths, options.cwd ?? process.cwd());
  return assemble(expansion.candidates.map((c) => readInputFileSync(c, options)), expansion.diagnostics);
}

/** Reads every input of a run into one document; never throws for bad input (see `diagnostics`). */
export async function readInputs(paths: string[], options: ReadOptions = {}): Promise<ReadResult> {
  const cwd = options.cwd ?? process.cwd();
  const limit = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const expansion = expandPaths(paths, cwd);
  const outcomes: FileOutcome[] = [];
  for (const candidate of expansion.candidates) {
    const full = resolve(cwd, candidate.path);
    try {
      const size = (await stat(full)).size;
      outcomes.push(size > limit ? { diagnostics: [tooLarge(candidate.path, size, limit)] } : readInputBytes(await readFile(full), candidate, options));
    } catch (err) {
      outcomes.push({ diagnostics: [ioError(candidate.path, err)] });
    }
  }
  return assemble(outcomes, expansion.diagnostics);
}
