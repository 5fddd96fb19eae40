// report.json: the model itself, top-level fields in the contract's order so the file reads well and is stable.
import type { ReportModel } from './model';
import type { Renderer } from './renderer';

const FIELD_ORDER: (keyof ReportModel)[] = [
  'schemaVersion', 'tool', 'generatedAt', 'verdict', 'summary', 'inputs', 'policies', 'results',
  'run', 'staleWaivers', 'overrides', 'baseline', 'merge', 'compliance', 'digest', 'signature',
];

/** The model with its top-level fields in the contract's order (the digest does not depend on order). */
export function orderReportFields(model: ReportModel): ReportModel {
  const ordered: Record<string, unknown> = {};
  for (const key of FIELD_ORDER) if (model[key] !== undefined) ordered[key] = model[key];
  return ordered as unknown as ReportModel;
}

/** Renders report.json. */
export const jsonRenderer: Renderer = {
  name: 'json',
  fileName: 'report.json',
  description: 'report.json: every result with evidence digests (the source for report, merge and verify)',
  render: (model) => JSON.stringify(orderReportFields(model), null, 2) + '\n',
};
