// Counts the views share: results per status and severity, the compliance matrix per framework control,
// failures grouped by rule. Accumulators work one result at a time so merging can stream.
import type { ComplianceRow, ControlRef, ReportModel, Result, ResultStatus, Severity, StatusCounts, Summary } from './model';
import { SEVERITIES, STATUSES } from './model';
import { compareText } from './sort';

/** Zero counts for every status. */
export function emptyStatusCounts(): StatusCounts {
  return Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts;
}

/** Builds the per-control matrix incrementally. */
export class ComplianceAccumulator {
  private readonly rows = new Map<string, { framework: string; control: string; rules: Set<string>; counts: StatusCounts }>();

  /** Counts one result against every control of its rule. */
  add(ruleId: string, status: ResultStatus, controls: readonly ControlRef[]): void {
    for (const c of controls) {
      const row = this.row(c.framework, c.id);
      row.rules.add(ruleId);
      row.counts[status] += 1;
    }
  }

  /** Adds a stored row (from a report being merged) as it stands. */
  addRow(stored: ComplianceRow): void {
    const row = this.row(stored.framework, stored.control);
    for (const rule of stored.rules) row.rules.add(rule);
    for (const status of STATUSES) row.counts[status] += stored.counts[status] ?? 0;
  }

  private row(framework: string, control: string): { framework: string; control: string; rules: Set<string>; counts: StatusCounts } {
    const key = `${framework}\u0000${control}`;
    let row = this.rows.get(key);
    if (!row) {
      row = { framework, control, rules: new Set(), counts: emptyStatusCounts() };
      this.rows.set(key, row);
    }
    return row;
  }

  /** The matrix, sorted by framework and control (natural order of numbers inside ids). */
  rowsSorted(): ComplianceRow[] {
    return [...this.rows.values()]
      .map((r) => ({ framework: r.framework, control: r.control, rules: [...r.rules].sort(compareText), counts: r.counts }))
      .sort((a, b) => compareText(a.framework, b.framework) || compareControlIds(a.control, b.control));
  }
}

/** `Art.5` before `Art.32`, `A.8.9` before `A.8.24`: compares digit runs as numbers. */
export function compareControlIds(a: string, b: string): number {
  const pa = a.split(/(\d+)/);
  const pb = b.split(/(\d+)/);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const numeric = i % 2 === 1;
    const d = numeric ? Number(pa[i]) - Number(pb[i]) : compareText(pa[i], pb[i]);
    if (d !== 0) return d;
  }
  return pa.length - pb.length;
}

/** The compliance matrix of a report: the stored one, or rebuilt from its results and rule metadata. */
export function complianceMatrix(model: ReportModel): ComplianceRow[] {
  if (model.compliance) return model.compliance;
  const controlsByRule = new Map(model.policies.map((p) => [p.id, p.controls]));
  const acc = new ComplianceAccumulator();
  for (const r of model.results) acc.add(r.ruleId, r.status, controlsByRule.get(r.ruleId) ?? []);
  return acc.rowsSorted();
}

/** Counts per status from the summary, which stays exact when a merged report omits passing results. */
export function statusCounts(summary: Summary): StatusCounts {
  return { fail: summary.failed, error: summary.errors, unknown: summary.unknown, waived: summary.waived, pass: summary.passed };
}

/** Failing results per severity. */
export function failuresBySeverity(results: readonly Result[]): Record<Severity, number> {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const r of results) if (r.status === 'fail') counts[r.severity] += 1;
  return counts;
}

/** Builds the contract's summary from results (for the engine and for tests). */
export function summarise(results: readonly Result[], ruleCount: number): Summary {
  const counts = emptyStatusCounts();
  const resources = new Set<string>();
  for (const r of results) {
    counts[r.status] += 1;
    resources.add(`${r.source ?? ''}\u0000${r.resource.address}`);
  }
  return {
    resources: resources.size,
    rules: ruleCount,
    passed: counts.pass,
    failed: counts.fail,
    waived: counts.waived,
    errors: counts.error,
    unknown: counts.unknown,
  };
}

/** Results with one of the statuses, grouped by rule id in rule order. */
export function groupByRule(results: readonly Result[], statuses: readonly ResultStatus[]): Map<string, Result[]> {
  const wanted = new Set(statuses);
  const groups = new Map<string, Result[]>();
  for (const r of results) {
    if (!wanted.has(r.status)) continue;
    const list = groups.get(r.ruleId) ?? [];
    list.push(r);
    groups.set(r.ruleId, list);
  }
  return new Map([...groups.entries()].sort((a, b) => compareText(a[0], b[0])));
}

/** `file:line`, `file` or '' for a result's resource. */
export function locationText(r: Result): string {
  const file = r.resource.sourceFile ?? r.resource.file;
  if (!file) return '';
  return r.resource.line !== undefined ? `${file}:${r.resource.line}` : file;
}
