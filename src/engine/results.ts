// Turns one rule's outputs into results: every resource the rule applies to gets exactly one result — fail when
// denied, unknown when undecidable, pass otherwise. Passes are derived, never written by hand.
import type { ResourceRef, Result, Severity } from '../report/model';
import { MessageBudget } from './message-caps';

/** A finding a rule reports: the resource id, a message, and what else the policy said (conftest, Gatekeeper). */
export interface Finding {
  id: string;
  msg: string;
  details?: Record<string, unknown>;
}

/** What a rule's evaluation produced, as the aggregator returns it (sets arrive as arrays). */
export interface RuleOutput {
  applies: string[];
  deny: Finding[];
  unknown: Finding[];
  /** Failures the policy exempted itself (conftest's exception rules): reported as passes that say so. */
  exempt?: Finding[];
  /** What the rule observed on resources it passes (optional). */
  evidence?: Finding[];
}

/** The resources of the run by id, with the identity reports print. */
export type ResourceIndex = ReadonlyMap<string, ResourceRef>;

function asFindings(value: unknown): Finding[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item): Finding[] => {
    if (item && typeof item === 'object' && typeof (item as Finding).id === 'string') {
      const { msg, details } = item as { msg?: unknown; details?: unknown };
      const kept = details && typeof details === 'object' && !Array.isArray(details) && Object.keys(details).length > 0 ? { details: details as Record<string, unknown> } : {};
      return [{ id: (item as Finding).id, msg: typeof msg === 'string' ? msg : JSON.stringify(msg ?? ''), ...kept }];
    }
    return [];
  });
}

/** Reads a rule's raw output defensively: user rules may produce shapes other than the documented ones. */
export function readRuleOutput(raw: unknown): RuleOutput {
  const obj = (raw ?? {}) as Record<string, unknown>;
  return {
    applies: Array.isArray(obj.applies) ? obj.applies.filter((x): x is string => typeof x === 'string') : [],
    deny: asFindings(obj.deny),
    unknown: asFindings(obj.unknown),
    evidence: asFindings(obj.evidence),
    ...(Array.isArray(obj.exempt) && obj.exempt.length > 0 ? { exempt: asFindings(obj.exempt) } : {}),
  };
}

function resourceOf(index: ResourceIndex, id: string): ResourceRef {
  return index.get(id) ?? { address: id.includes('#') ? id.slice(id.indexOf('#') + 1) : id, type: 'unknown' };
}


function detailsOf(findings: readonly Finding[]): Pick<Result, 'details'> {
  const details = findings.filter((f) => f.details).map((f) => f.details as Record<string, unknown>);
  if (details.length === 0) return {};
  return { details: details.length === 1 ? details[0] : { findings: details } };
}

/**
 * One result per resource the rule applies to (plus any resource it denies without declaring it applies); `note`
 * prefixes each failure's message (a Gatekeeper constraint in dryrun).
 */
export function deriveResults(ruleId: string, severity: Severity, output: RuleOutput, resources: ResourceIndex, passMessage: string, note?: string): Result[] {
  const denied = groupById(output.deny);
  const unknown = groupById(output.unknown);
  const exempt = groupById(output.exempt ?? []);
  const evidence = groupById(output.evidence ?? []);
  const ids = new Set(output.applies);
  for (const id of denied.keys()) ids.add(id);
  for (const id of unknown.keys()) ids.add(id);
  const results: Result[] = [];
  const budget = new MessageBudget(ruleId);
  for (const id of ids) {
    const resource = resourceOf(resources, id);
    const fails = denied.get(id);
    const undecided = unknown.get(id);
    const exempted = exempt.get(id);
    if (fails) {
      const message = budget.message(fails.map((f) => f.msg));
      results.push({ ruleId, status: 'fail', severity, resource, message: note ? `[${note}] ${message}` : message, ...detailsOf(fails) });
    } else if (undecided) results.push({ ruleId, status: 'unknown', severity, resource, message: budget.message(undecided.map((f) => f.msg)) });
    else if (exempted) {
      const message = `exempted by the policy's exception rule: ${budget.message(exempted.map((f) => f.msg))}`;
      results.push({ ruleId, status: 'pass', severity, resource, message, details: { exception: true, ...detailsOf(exempted).details } });
    } else {
      const observed = evidence.get(id);
      results.push({ ruleId, status: 'pass', severity, resource, message: observed ? `${passMessage}: ${budget.message(observed.map((f) => f.msg))}` : passMessage });
    }
  }
  return results;
}

function groupById(findings: Finding[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = out.get(f.id);
    if (list) list.push(f);
    else out.set(f.id, [f]);
  }
  return out;
}
