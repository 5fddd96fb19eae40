// Applies the configuration to raw results: waivers turn failures into waived ones (or say they expired),
// enforcement levels are recorded, and the verdict is decided from failOn, failOnUnknown and --override.
import { enforcementLevel, failsRun, type EnforcementLevel, type WaiverBook } from '../config';
import type { EmptyRunReason, Result, Severity, StaleWaiver, Verdict } from '../report/model';

const SEVERITY_RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2, critical: 3 };

/** How the run is judged. */
export interface JudgeOptions {
  failOn: Severity;
  failOnUnknown: boolean;
  /** Resources no rule judged fail the run. */
  failOnUncovered?: boolean;
  /** A run that judged nothing may pass. */
  allowEmpty?: boolean;
  override: boolean;
  enforcement?: Readonly<Record<string, EnforcementLevel>>;
}

/** Marks failures covered by an active waiver as waived; an expired waiver leaves the failure and says so. */
export function applyWaivers(results: Result[], book: WaiverBook): Result[] {
  return results.map((r) => {
    if (r.status !== 'fail') return r;
    const match = book.match(r.ruleId, r.resource.address);
    if (!match) return r;
    const { reason, approvedBy, expires, ticket, rule, resource } = match.waiver;
    const waiver = { reason, approvedBy, expires, rule, resource, ...(ticket ? { ticket } : {}) };
    if (match.state === 'active') return { ...r, status: 'waived', waiver };
    return { ...r, message: `${r.message} (waiver expired on ${expires})`, waiver };
  });
}

/** The waivers that matched no failure, in the report's shape. */
export function staleWaivers(book: WaiverBook): StaleWaiver[] {
  return book.stale().map(({ rule, resource, reason, approvedBy, expires, ticket }) => ({
    rule, resource, reason, approvedBy, expires, ...(ticket ? { ticket } : {}), why: 'unmatched' as const,
  }));
}

/**
 * Records each result's enforcement level: by rule id, then category, then the level the rule's convention gives
 * it (a conftest warning, a Gatekeeper constraint's enforcementAction), else mandatory.
 */
export function applyEnforcement(results: Result[], categories: ReadonlyMap<string, string>, levels: JudgeOptions['enforcement'], defaults: ReadonlyMap<string, EnforcementLevel> = new Map()): Result[] {
  return results.map((r) => {
    const category = categories.get(r.ruleId) ?? '';
    const configured = levels?.[r.ruleId] ?? levels?.[category];
    return { ...r, enforcement: configured ?? defaults.get(r.ruleId) ?? enforcementLevel(levels, r.ruleId, category) };
  });
}

/** Whether one result fails the run. */
export function failsTheRun(r: Result, opts: JudgeOptions): boolean {
  const failing = r.status === 'fail' || (r.status === 'unknown' && opts.failOnUnknown);
  return failing && SEVERITY_RANK[r.severity] >= SEVERITY_RANK[opts.failOn] && failsRun(r.enforcement ?? 'mandatory', opts.override);
}

/** Rules whose soft-mandatory failures `--override` let pass: recorded in the report's overrides for audit. */
export function overriddenRules(results: readonly Result[], opts: JudgeOptions): string[] {
  if (!opts.override) return [];
  const withoutOverride = { ...opts, override: false };
  return [...new Set(results.filter((r) => r.enforcement === 'soft-mandatory' && failsTheRun(r, withoutOverride)).map((r) => r.ruleId))].sort();
}

/** What the run could not judge. */
export interface RunGaps {
  /** An input could not be read or a policy could not run. */
  problems: boolean;
  /** Some resources were judged by no rule. */
  uncovered: boolean;
  /** The run had no rules, or judged no resource. */
  empty?: EmptyRunReason;
}

/**
 * error when an input or a rule could not be judged; fail when a result fails the run, when uncovered resources
 * fail it (failOnUncovered), or when nothing was judged (unless allowEmpty); pass otherwise.
 */
export function decideVerdict(results: readonly Result[], opts: JudgeOptions, gaps: RunGaps): Verdict {
  if (gaps.problems || results.some((r) => r.status === 'error')) return 'error';
  if (gaps.empty && !opts.allowEmpty) return 'fail';
  if (gaps.uncovered && opts.failOnUncovered) return 'fail';
  return results.some((r) => failsTheRun(r, opts)) ? 'fail' : 'pass';
}
