// The one deterministic order of results (and policies): every writer sorts with these so that the same
// inputs give byte-identical reports. The engine uses `sortResults` too.
import type { PolicyRecord, Result, ResultStatus, Severity } from './model';
import { SEVERITIES, STATUSES } from './model';

const STATUS_RANK = new Map<ResultStatus, number>(STATUSES.map((s, i) => [s, i]));
const SEVERITY_RANK = new Map<Severity, number>(SEVERITIES.map((s, i) => [s, i]));

/** Code-unit string comparison, independent of locale (localeCompare is not). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders by rule, then file, line, address, source and status: a total order for one report. */
export function compareResults(a: Result, b: Result): number {
  return (
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.resource.file ?? '', b.resource.file ?? '') ||
    (a.resource.line ?? 0) - (b.resource.line ?? 0) ||
    compareText(a.resource.address, b.resource.address) ||
    compareText(a.source ?? '', b.source ?? '') ||
    (STATUS_RANK.get(a.status) ?? 0) - (STATUS_RANK.get(b.status) ?? 0) ||
    compareText(a.message, b.message)
  );
}

/** A sorted copy of the results. */
export function sortResults(results: readonly Result[]): Result[] {
  return [...results].sort(compareResults);
}

/** A sorted copy of the policies, by id. */
export function sortPolicies(policies: readonly PolicyRecord[]): PolicyRecord[] {
  return [...policies].sort((a, b) => compareText(a.id, b.id));
}

/** Rank of a severity, 0 for critical; for sorting and `--fail-on` comparisons. */
export function severityRank(severity: Severity): number {
  return SEVERITY_RANK.get(severity) ?? SEVERITIES.length;
}
