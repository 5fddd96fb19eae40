// report.json: the model itself, top-level fields in the contract's order so the file reads well and is stable.
// Written in pieces, a batch of results at a time, so a large report is never one string.
import type { ReportModel } from './model';
import type { Renderer } from './renderer';

const FIELD_ORDER: (keyof ReportModel)[] = [
  'schemaVersion', 'tool', 'generatedAt', 'verdict', 'summary', 'empty', 'problems', 'uncovered', 'inputs', 'policies', 'results',
  'run', 'staleWaivers', 'overrides', 'baseline', 'merge', 'compliance', 'digest', 'signature',
];

/** Results stringified per call: large enough that calls are few, small enough that no piece is large. */
const ITEMS_PER_PIECE = 1000;

/** The model with its top-level fields in the contract's order (the digest does not depend on order). */
export function orderReportFields(model: ReportModel): ReportModel {
  const ordered: Record<string, unknown> = {};
  for (const key of FIELD_ORDER) if (model[key] !== undefined) ordered[key] = model[key];
  return ordered as unknown as ReportModel;
}

/**
 * A value's JSON text as it appears one level deep in the indented report: stringified inside an array, whose own
 * brackets are cut off, so JSON.stringify does the indenting.
 */
function levelOneText(value: unknown): string {
  return JSON.stringify([value], null, 2).slice('[\n  '.length, -'\n]'.length);
}

/** A top-level array, as JSON.stringify(model, null, 2) writes it, in pieces of ITEMS_PER_PIECE items. */
function* arrayPieces(items: readonly unknown[]): Generator<string> {
  yield '[\n';
  for (let start = 0; start < items.length; start += ITEMS_PER_PIECE) {
    // A batch two levels deep puts its items at the depth they have in the report; the brackets around are cut off.
    const batch = JSON.stringify([items.slice(start, start + ITEMS_PER_PIECE)], null, 2).slice('[\n  [\n'.length, -'\n  ]\n]'.length);
    yield start > 0 ? `,\n${batch}` : batch;
  }
  yield '\n  ]';
}

/** report.json in pieces; their concatenation is JSON.stringify(orderReportFields(model), null, 2) + '\n'. */
export function* jsonReportPieces(model: ReportModel): Generator<string> {
  const ordered = orderReportFields(model) as unknown as Record<string, unknown>;
  const keys = Object.keys(ordered);
  yield keys.length === 0 ? '{}\n' : '{\n';
  for (const [i, key] of keys.entries()) {
    const value = ordered[key];
    yield `  ${JSON.stringify(key)}: `;
    if (Array.isArray(value) && value.length > ITEMS_PER_PIECE) yield* arrayPieces(value);
    else yield levelOneText(value);
    yield i < keys.length - 1 ? ',\n' : '\n}\n';
  }
}

/** Renders report.json. */
export const jsonRenderer: Renderer = {
  name: 'json',
  fileName: 'report.json',
  description: 'report.json: every result with evidence digests (the source for report, merge and verify)',
  render: (model) => [...jsonReportPieces(model)].join(''),
  renderPieces: jsonReportPieces,
};
