// Reads a saved report.json: parse errors and schema violations become input diagnostics naming the file.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { diagnostic, PlangateError, SourceFile } from '../diagnostics';
import { checkJsonText } from '../json-checks';
import type { ReportModel } from './model';
import { checkReportSchema } from './schema';

/** Parses and validates report.json text. */
export function parseReport(text: string, file: string): ReportModel {
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    // V8's message quotes the text around the error; a report may quote inputs, so only the fact is told.
    throw new PlangateError(diagnostic('input_error', 'not valid JSON', { file }));
  }
  const duplicate = checkJsonText(json);
  if (duplicate?.kind === 'duplicate-key') {
    const { line } = new SourceFile(file, json).locate(duplicate.offset);
    throw new PlangateError(diagnostic('input_error', `duplicate key ${JSON.stringify(duplicate.key.slice(0, 80))}: the report was edited`, { file, line }));
  }
  const problems = checkReportSchema(value, file);
  if (problems.length > 0) throw new PlangateError(problems);
  return value as ReportModel;
}

function readError(file: string, err: unknown): PlangateError {
  return new PlangateError(diagnostic('io_error', `cannot read report: ${(err as Error).message}`, { file }));
}

/** Reads and validates a report.json file. */
export function readReport(file: string): ReportModel {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw readError(file, err);
  }
  return parseReport(text, file);
}

/** Reads and validates a report.json file without blocking the event loop. */
export async function readReportAsync(file: string): Promise<ReportModel> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw readError(file, err);
  }
  return parseReport(text, file);
}
