// Parses JSON input text and bounds its nesting, turning JSON.parse's failure into a diagnostic with a line and
// column and a fixed reason (json-syntax.ts: never the text around the error, which may be a secret). Duplicate
// keys, which JSON.parse accepts silently (the last one wins), are refused naming the key and its line.
import { diagnostic, SourceFile, type Diagnostic } from '../diagnostics';
import { findDuplicateKey } from '../json-duplicate-keys';
import { describeJsonError } from './json-syntax';
import { scanJsonDepth, valueExceedsDepth } from './nesting';

/** The parsed value, or why the text is not JSON. */
export type JsonParseResult = { ok: true; value: unknown } | { ok: false; diagnostic: Diagnostic };

/** Key names longer than this are cut in messages. */
const KEY_IN_MESSAGE = 80;

/** Parses JSON text from `file`, refusing documents nested deeper than `maxDepth` and duplicate keys. */
export function parseJsonText(text: string, file: string, maxDepth: number): JsonParseResult {
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
  const duplicate = findDuplicateKey(text);
  if (duplicate) {
    const { line, col } = new SourceFile(file, text).locate(duplicate.offset);
    const key = duplicate.key.length > KEY_IN_MESSAGE ? `${duplicate.key.slice(0, KEY_IN_MESSAGE)}...` : duplicate.key;
    return { ok: false, diagnostic: diagnostic('input_error', `duplicate key ${JSON.stringify(key)} in one object: keys must be unique`, { file, line, col }) };
  }
  return { ok: true, value };
}

function jsonSyntaxDiagnostic(err: Error, text: string, file: string): Diagnostic {
  const error = describeJsonError(err.message, text);
  if (error.offset === undefined) return diagnostic('input_error', `invalid JSON: ${error.reason}`, { file });
  const { line, col } = new SourceFile(file, text).locate(error.offset);
  return diagnostic('input_error', `invalid JSON: ${error.reason}`, { file, line, col });
}
