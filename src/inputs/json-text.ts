// Parses JSON input text and bounds its nesting, turning JSON.parse's failure into a diagnostic with a line and
// column and a fixed reason (json-syntax.ts: never the text around the error, which may be a secret). Duplicate
// keys, which JSON.parse accepts silently (the last one wins), are refused naming the key and its line, and so are
// strings too long for the copies a run makes of them.
import { diagnostic, SourceFile, type Diagnostic } from '../diagnostics';
import { checkJsonText, type JsonTextProblem } from '../json-checks';
import { describeJsonError } from './json-syntax';
import { scanJsonDepth, valueExceedsDepth } from './nesting';

/** The parsed value, or why the text is not JSON. */
export type JsonParseResult = { ok: true; value: unknown } | { ok: false; diagnostic: Diagnostic };

/** Key names longer than this are cut in messages. */
const KEY_IN_MESSAGE = 80;
/** The longest string an input may hold (64 Mi characters): far beyond any attribute or ConfigMap value. */
export const MAX_STRING_CHARS = 64 * 1024 ** 2;

/** Parses JSON text from `file`, refusing documents nested deeper than `maxDepth` and duplicate keys. */
export function parseJsonText(text: string, file: string, maxDepth: number): JsonParseResult {
  // Scanned before parsing: an overlong string is refused without paying for its parse (a file's size of memory).
  const problem = checkJsonText(text, MAX_STRING_CHARS);
  if (problem?.kind === 'overlong-string') return { ok: false, diagnostic: problemDiagnostic(problem, text, file) };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, diagnostic: jsonSyntaxDiagnostic(err as Error, text, file) };
  }
  if (valueExceedsDepth(value, maxDepth)) {
    // Only a document refused for its depth pays for a scan of the text, to name the line.
    const line = scanJsonDepth(text, maxDepth)?.line;
    return { ok: false, diagnostic: diagnostic('input_error', `JSON nested deeper than ${maxDepth} levels`, line === undefined ? { file } : { file, line }) };
  }
  return problem ? { ok: false, diagnostic: problemDiagnostic(problem, text, file) } : { ok: true, value };
}

function problemDiagnostic(problem: JsonTextProblem, text: string, file: string): Diagnostic {
  const { line, col } = new SourceFile(file, text).locate(problem.offset);
  return diagnostic('input_error', problemMessage(problem), { file, line, col });
}

function problemMessage(problem: JsonTextProblem): string {
  if (problem.kind === 'overlong-string') return `a string of ${problem.length} characters, longer than the ${MAX_STRING_CHARS}-character limit; refused`;
  const key = problem.key.length > KEY_IN_MESSAGE ? `${problem.key.slice(0, KEY_IN_MESSAGE)}...` : problem.key;
  return `duplicate key ${JSON.stringify(key)} in one object: keys must be unique`;
}

function jsonSyntaxDiagnostic(err: Error, text: string, file: string): Diagnostic {
  const error = describeJsonError(err.message, text);
  if (error.offset === undefined) return diagnostic('input_error', `invalid JSON: ${error.reason}`, { file });
  const { line, col } = new SourceFile(file, text).locate(error.offset);
  return diagnostic('input_error', `invalid JSON: ${error.reason}`, { file, line, col });
}
