// Compares results with an earlier report: each result is marked new, unchanged or fixed, and failures that
// disappeared with their resource or rule are kept as `baseline.absent` so every view can say what was fixed.
import type { BaselineMark, ReportModel, Result } from './model';
import { sortResults } from './sort';

/** Identity of a finding across runs: rule, resource (and merged source); never the line or message. */
export function findingKey(r: Result): string {
  return [r.ruleId, r.resource.address, r.source ?? ''].join('\u0000');
}

/** Failing results are the ones a baseline tracks: `fail` and `error` both fail a run. */
function isFailing(r: Result): boolean {
  return r.status === 'fail' || r.status === 'error';
}

function markOf(current: Result, before: Result | undefined): BaselineMark {
  if (isFailing(current)) return before && isFailing(before) ? 'unchanged' : 'new';
  if (before && isFailing(before)) return 'fixed';
  return before ? 'unchanged' : 'new';
}

/** Returns the model with every result marked against the baseline and the summary of changes. */
export function applyBaseline(model: ReportModel, baseline: ReportModel): ReportModel {
  const before = new Map<string, Result>();
  for (const r of baseline.results) before.set(findingKey(r), r);
  const seen = new Set<string>();
  const results = model.results.map((r) => {
    const key = findingKey(r);
    seen.add(key);
    return { ...r, baseline: markOf(r, before.get(key)) };
  });
  const absent = sortResults(
    baseline.results.filter((r) => isFailing(r) && !seen.has(findingKey(r))).map((r) => {
      const { baseline: _mark, ...rest } = r;
      return { ...rest, baseline: 'fixed' as const };
    }),
  );
  // Counts are about failures: passes that stay passes are not "unchanged findings".
  const counts = { new: 0, unchanged: 0, fixed: absent.length };
  for (const r of results) {
    if (r.baseline === 'fixed') counts.fixed += 1;
    else if (isFailing(r)) counts[r.baseline] += 1;
  }
  return {
    ...model,
    results,
    baseline: { generatedAt: baseline.generatedAt, ...(baseline.digest ? { digest: baseline.digest.value } : {}), counts, absent },
  };
}
