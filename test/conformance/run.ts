// Runs conformance cases through plangate's compiler and the OPA Wasm SDK and tallies the outcomes per tier.
import { compileRego } from '../../src/rego';
import type { ConformanceCase } from './cases';
import { runCase, type CaseOutcome, type CompileQuery, type HostBuiltins } from './harness';

/** Counts of one tier (or of the whole run). */
export interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

/** Outcome of one case with its identity. */
export interface CaseReport extends CaseOutcome {
  note: string;
  file: string;
  tier: string;
}

/** Compiles a case's modules and query with plangate's compiler; the query is the module's "query" entrypoint. */
export const compileWithPlangate: CompileQuery = async (modules, query, options) => {
  const result = compileRego(modules, { entrypoints: [], query, strictBuiltinErrors: options.strictBuiltinErrors, allowBuiltins: ['time.now_ns', 'uuid.rfc4122', 'rand.intn', 'opa.runtime'] });
  return { wasm: result.wasm, entrypoint: 'query' };
};

/** Runs every case (in order) and returns the per-case reports. */
export async function runCases(cases: readonly ConformanceCase[], hostBuiltins: HostBuiltins, onCase?: (r: CaseReport) => void): Promise<CaseReport[]> {
  const reports: CaseReport[] = [];
  for (const c of cases) {
    const outcome = await runCase(c, compileWithPlangate, hostBuiltins);
    const report = { ...outcome, note: c.note, file: c.file, tier: c.tier };
    reports.push(report);
    onCase?.(report);
  }
  return reports;
}

/** Counts per tier, plus "all". */
export function tally(reports: readonly CaseReport[]): Map<string, Tally> {
  const out = new Map<string, Tally>();
  const bump = (key: string, r: CaseReport): void => {
    const t = out.get(key) ?? { passed: 0, failed: 0, skipped: 0 };
    if (r.status === 'pass') t.passed++;
    else if (r.status === 'fail') t.failed++;
    else t.skipped++;
    out.set(key, t);
  };
  for (const r of reports) {
    bump(r.tier, r);
    bump('all', r);
  }
  return out;
}

/** `N passed, N failed, N skipped`. */
export function formatTally(t: Tally): string {
  return `${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`;
}
