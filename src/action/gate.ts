// The pull-request gate: which failures block the merge (fail-on, enforcement and, with fail-on-new-only, only
// those the change introduces), the verdict the check run concludes with, and the exit code like the CLI's.
import type { Diagnostic } from '../diagnostics';
import { checkExitCode } from '../cli/check-command';
import { severityRank, type ReportModel, type Result, type Severity, type Verdict } from '../report';

/** The gate's decision over a report. */
export interface GateDecision {
  verdict: Verdict;
  exitCode: number;
  /** Failures that block the merge. */
  blocking: number;
  /** Failing results the change introduces / inherits / fixes (all failures count as new without a baseline). */
  introduced: number;
  inherited: number;
  fixed: number;
  /** Whether fail-on-new-only let inherited failures pass. */
  forgaveInherited: boolean;
}

/** Options of the gate. */
export interface GateOptions {
  failOnNewOnly: boolean;
  /** plangate.yaml's failOnUnknown: undecidable results block as failures do. */
  failOnUnknown: boolean;
}

function isFailing(r: Result): boolean {
  return r.status === 'fail' || r.status === 'error';
}

/** Whether a result blocks: evaluation errors always; failures (and unknowns when asked) at or above fail-on, unless advisory. */
export function failsAtThreshold(r: Result, failOn: Severity, failOnUnknown = false): boolean {
  if (r.status === 'error') return true;
  const failing = r.status === 'fail' || (r.status === 'unknown' && failOnUnknown);
  return failing && severityRank(r.severity) <= severityRank(failOn) && r.enforcement !== 'advisory';
}

/** Whether the result is new against the baseline; without a baseline every result is. */
export function isIntroduced(r: Result): boolean {
  return r.baseline === undefined || r.baseline === 'new';
}

/** Whether a blocking result still blocks under fail-on-new-only: new ones do, and evaluation errors always do. */
export function blocksUnderNewOnly(r: Result): boolean {
  return r.status === 'error' || isIntroduced(r);
}

/** Decides the gate: the report's own verdict, relaxed to pass when only inherited failures fail and fail-on-new-only is set. */
export function decideGate(report: ReportModel, diagnostics: readonly Diagnostic[], options: GateOptions): GateDecision {
  const failOn = report.run?.failOn ?? 'low';
  const failing = report.results.filter(isFailing);
  const introduced = failing.filter(isIntroduced).length;
  const blockingAll = report.results.filter((r) => failsAtThreshold(r, failOn, options.failOnUnknown));
  const blockingNew = blockingAll.filter(blocksUnderNewOnly);
  // A run that judged nothing, or left resources uncovered under failOnUncovered, fails for what it did not check:
  // no baseline makes that inherited.
  const gapFails = (report.empty !== undefined && !report.empty.allowed) || (report.run?.failOnUncovered === true && (report.uncovered?.length ?? 0) > 0);
  const relax = options.failOnNewOnly && report.verdict === 'fail' && blockingNew.length === 0 && !gapFails;
  const verdict: Verdict = relax ? 'pass' : report.verdict;
  return {
    verdict,
    exitCode: checkExitCode(verdict, diagnostics),
    blocking: options.failOnNewOnly ? blockingNew.length : blockingAll.length,
    introduced,
    inherited: failing.length - introduced,
    fixed: report.baseline?.counts.fixed ?? 0,
    forgaveInherited: relax,
  };
}
