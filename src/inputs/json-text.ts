// Parses JSON input text and bounds its nesting, turning JSON.parse's message into a diagnostic with a line and
// column (V8 reports a character position, or nothing at all when the text simply ends too early).
import { diagnostic, SourceFile, type Diagnostic } from '../diagnostics';
import { scanJsonDepth, valueExceedsDepth } from './nesting';

/** The parsed value, or why the text is not JSON. */
export type JsonParseResult = { ok: true; value: unknown } | { ok: false; diagnostic: Diagnostic };

/** Parses JSON text from `file`, refusing documents nested deeper than `maxDepth`. */
export function parseJsonText(text: string, file: string, maxDepth: number): JsonParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, diagnostic: jsonSyntaxDiagnostic(err as Error, text, file) };
  }
  if (!valueExceedsDepth(value, maxDepth)) return { ok: true, value };
  // Only a document refused for its depth pays for a scan of the text, to name the line.
  const line = scanJsonDepth(text, maxDepth)?.line;
  return { ok: false, diagnostic: diagnostic('input_error', `JSON nested deeper than ${maxDepth} levels`, line === undefined ? { file } : { file, line }) };
}

function jsonSyntaxDiagnostic(err: Error, text: string, file: string): Diagnostic {
  // V8 may quote the text around the error ('..."ab\ncd"... is not valid JSON'): dropped, so the message stays one line.
  const reason = err.message.replace(/\s+in JSON at position \d+.*$/s, '').replace(/,\s*(\.\.\.)?".*" is not valid JSON$/s, '').split('\n')[0];
  const at = /at position (\d+)/.exec(err.message);
  const end = text.trimEnd().length;
  // V8 says "Unexpected end" or, when the cut falls inside a string, "Unterminated string" at the last position.
  const truncated = /end of JSON input/.test(err.message) || (at !== null && Number(at[1]) >= end - 1 && /Unterminated|end/i.test(err.message));
  const offset = at ? Math.min(Number(at[1]), end) : truncated ? end : undefined;
  if (offset === undefined) return diagnostic('input_error', `invalid JSON: ${reason}`, { file });
  const { line, col } = new SourceFile(file, text).locate(offset);
  const message = truncated ? 'invalid JSON: the text ends before the document is complete (truncated?)' : `invalid JSON: ${reason}`;
  return diagnostic('input_error', message, { file, line, col });
}
