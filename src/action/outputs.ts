// The Action's outputs ($GITHUB_OUTPUT through @actions/core): the gate's verdict, the counts and one path per
// report file written (`report-json`, `report-html`, ...), for later steps such as SARIF upload.
import * as core from '@actions/core';
import type { ReportModel } from '../report';
import type { GateDecision } from './gate';

/** Every output, by name: what action.yml declares (a test holds the two lists together). */
export function actionOutputs(report: ReportModel, gate: GateDecision, files: ReadonlyMap<string, string>, checkRunId: number | undefined): Record<string, string> {
  const s = report.summary;
  const out: Record<string, string> = {
    verdict: gate.verdict,
    passed: String(s.passed),
    failed: String(s.failed),
    waived: String(s.waived),
    errors: String(s.errors),
    unknown: String(s.unknown),
    new: String(gate.introduced),
    fixed: String(gate.fixed),
    'check-run-id': checkRunId === undefined ? '' : String(checkRunId),
  };
  for (const [format, path] of files) out[`report-${format}`] = path;
  return out;
}

/** Writes the outputs. */
export function writeOutputs(outputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
}
