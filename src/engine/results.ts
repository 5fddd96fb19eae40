// Turns one rule's outputs into results: every resource the rule applies to gets exactly one result — fail when
// denied, unknown when undecidable, pass otherwise. Passes are derived, never written by hand.
import type { ResourceRef, Result, Severity } from '../report/model';
import { MessageBudget } from './message-caps';

/** A finding a rule reports: the resource id and a message. */
export interface Finding {
  id: string;
  msg: string;
}

/** What a rule's evaluation produced, as the aggregator returns it (sets arrive as arrays). */
export interface RuleOutput {
  applies: string[];
  deny: Finding[];
  unknown: Finding[];
}

/** The resources of the run by id, with the identity reports print. */
export type ResourceIndex = ReadonlyMap<string, ResourceRef>;

function asFindings(value: unknown): Finding[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item): Finding[] => {
    if (item && typeof item === 'object' && typeof (item as Finding).id === 'string') {
      const msg = (item as { msg?: unknown }).msg;
      return [{ id: (item as Finding).id, msg: typeof msg === 'string' ? msg : JSON.stringify(msg ?? '') }];
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
  };
}

function resourceOf(index: ResourceIndex, id: string): ResourceRef {
  return index.get(id) ?? { address: id.includes('#') ? id.slice(id.indexOf('#') + 1) : id, type: 'unknown' };
}


/** One result per resource the rule applies to (plus any resource it denies without declaring it applies). */
export function deriveResults(ruleId: string, severity: Severity, output: RuleOutput, resources: ResourceIndex, passMessage: string): Result[] {
  const denied = groupById(output.deny);
  const unknown = groupById(output.unknown);
  const ids = new Set(output.applies);
  for (const id of denied.keys()) ids.add(id);
  for (const id of unknown.keys()) ids.add(id);
  const results: Result[] = [];
  const budget = new MessageBudget(ruleId);
  for (const id of ids) {
    const resource = resourceOf(resources, id);
    const fails = denied.get(id);
    const undecided = unknown.get(id);
    if (fails) results.push({ ruleId, status: 'fail', severity, resource, message: budget.message(fails.map((f) => f.msg)) });
    else if (undecided) results.push({ ruleId, status: 'unknown', severity, resource, message: budget.message(undecided.map((f) => f.msg)) });
    else results.push({ ruleId, status: 'pass', severity, resource, message: passMessage });
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
