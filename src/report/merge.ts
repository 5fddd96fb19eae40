// Combines many reports (repositories, pipelines) into one organisation-wide posture report. Inputs are read one
// at a time and folded into running aggregates, so memory grows with the failures kept, not with the report count.
import { diagnostic, PlangateError } from '../diagnostics';
import { ComplianceAccumulator, complianceMatrix } from './aggregate';
import { verifyReport } from './evidence';
import { readReportAsync } from './load';
import type { InputRecord, MergeInfo, PolicyRecord, Problem, ReportModel, Result, StaleWaiver, Summary, UncoveredType, Verdict } from './model';
import { SCHEMA_VERSION } from './model';
import { runtimeInfo } from './provenance';
import { compareText, sortPolicies, sortResults } from './sort';

/** Addresses kept per uncovered type across merged reports (the count stays exact). */
const UNCOVERED_ADDRESSES_KEPT = 50;

/** Options of `mergeReports`. */
export interface MergeOptions {
  generatedAt: string;
  toolVersion: string;
  /** Passing results kept as listed evidence; beyond it they are only counted (default 1,000). */
  passLimit?: number;
  /** Merged reports and inputs listed by path and digest; beyond it they are only counted (default 1,000). */
  sourceLimit?: number;
  /** Refuse reports whose digest does not match (default true). */
  verify?: boolean;
}

const VERDICT_RANK: Record<Verdict, number> = { pass: 0, fail: 1, error: 2 };

/** Running state of a merge. */
class MergeState {
  readonly counts: Omit<Summary, 'rules'> = { resources: 0, passed: 0, failed: 0, waived: 0, errors: 0, unknown: 0 };
  readonly policies = new Map<string, PolicyRecord>();
  readonly compliance = new ComplianceAccumulator();
  readonly kept: Result[] = [];
  readonly inputs: InputRecord[] = [];
  readonly stale = new Map<string, StaleWaiver>();
  readonly problems: Problem[] = [];
  readonly uncovered = new Map<string, UncoveredType>();
  /** Resources judged, summed while every merged report says; undefined once one does not (an older report). */
  judged: number | undefined = 0;
  readonly info: MergeInfo = { reports: 0, sources: [], sourcesOmitted: 0, inputsOmitted: 0, passesKept: 0, passesOmitted: 0 };
  verdict: Verdict = 'pass';

  constructor(private readonly passLimit: number, private readonly sourceLimit: number) {}

  add(report: ReportModel, path: string): void {
    this.info.reports += 1;
    if (this.info.sources.length < this.sourceLimit) {
      this.info.sources.push({ path, verdict: report.verdict, generatedAt: report.generatedAt, ...(report.digest ? { digest: report.digest.value } : {}) });
    } else {
      this.info.sourcesOmitted += 1;
    }
    if (VERDICT_RANK[report.verdict] > VERDICT_RANK[this.verdict]) this.verdict = report.verdict;
    this.addCounts(report);
    for (const p of report.policies) if (!this.policies.has(p.id)) this.policies.set(p.id, p);
    for (const row of complianceMatrix(report)) this.compliance.addRow(row);
    for (const input of report.inputs) {
      if (this.inputs.length < this.sourceLimit) this.inputs.push({ ...input, path: `${path}: ${input.path}` });
      else this.info.inputsOmitted += 1;
    }
    for (const w of report.staleWaivers ?? []) if (this.stale.size < this.sourceLimit) this.stale.set(JSON.stringify(w), w);
    // What a merged report did not check stays visible in the merge: its problems, and what no rule judged.
    for (const p of report.problems ?? []) if (this.problems.length < this.sourceLimit) this.problems.push({ ...p, file: `${path}: ${p.file ?? ''}`.replace(/: $/, '') });
    for (const u of report.uncovered ?? []) this.addUncovered(u, path);
    this.judged = report.summary.judged === undefined || this.judged === undefined ? undefined : this.judged + report.summary.judged;
    for (const r of report.results) this.addResult(r, path);
    // A merged input carries its own count of passes it did not list.
    this.info.passesOmitted += report.merge?.passesOmitted ?? 0;
  }

  private addUncovered(u: UncoveredType, path: string): void {
    const entry = this.uncovered.get(u.type) ?? { type: u.type, resources: 0, addresses: [] };
    entry.resources += u.resources;
    for (const a of u.addresses) if (entry.addresses.length < UNCOVERED_ADDRESSES_KEPT) entry.addresses.push(`${path}: ${a}`);
    this.uncovered.set(u.type, entry);
  }

  private addCounts(report: ReportModel): void {
    const s = report.summary;
    this.counts.resources += s.resources;
    this.counts.passed += s.passed;
    this.counts.failed += s.failed;
    this.counts.waived += s.waived;
    this.counts.errors += s.errors;
    this.counts.unknown += s.unknown ?? 0;
  }

  private addResult(r: Result, path: string): void {
    const source = r.source ? `${path}: ${r.source}` : path;
    if (r.status !== 'pass') {
      this.kept.push({ ...r, source });
    } else if (this.info.passesKept < this.passLimit) {
      this.kept.push({ ...r, source });
      this.info.passesKept += 1;
    } else {
      this.info.passesOmitted += 1;
    }
  }
}

/** Merges report.json files, read one after another; throws a PlangateError naming the first bad report. */
export async function mergeReports(paths: Iterable<string> | AsyncIterable<string>, options: MergeOptions): Promise<ReportModel> {
  const state = new MergeState(options.passLimit ?? 1000, options.sourceLimit ?? 1000);
  for await (const path of paths) {
    const report = await readReportAsync(path);
    if (options.verify !== false) {
      const outcome = verifyReport(report);
      if (!outcome.intact) throw new PlangateError(diagnostic('input_error', `refusing to merge an altered report: ${outcome.problems.join('; ')}`, { file: path }));
    }
    state.add(report, path);
  }
  if (state.info.reports === 0) throw new PlangateError(diagnostic('usage_error', 'merge needs at least one report.json'));
  const policies = sortPolicies([...state.policies.values()]);
  // Counted while reading: the kept results alone would undercount the passes.
  const summary: Summary = { ...state.counts, rules: policies.length, ...(state.judged !== undefined ? { judged: state.judged } : {}) };
  const uncovered = [...state.uncovered.values()].sort((a, b) => b.resources - a.resources || compareText(a.type, b.type));
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'plangate', version: options.toolVersion },
    generatedAt: options.generatedAt,
    verdict: state.verdict,
    summary,
    inputs: state.inputs,
    policies,
    results: sortResults(state.kept),
    run: { runtime: runtimeInfo() },
    ...(state.stale.size ? { staleWaivers: [...state.stale.values()] } : {}),
    ...(state.problems.length ? { problems: state.problems } : {}),
    ...(uncovered.length ? { uncovered } : {}),
    merge: state.info,
    compliance: state.compliance.rowsSorted(),
  };
}
