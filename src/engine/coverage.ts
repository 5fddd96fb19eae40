// Coverage of a run: which resources at least one rule judged, which types no rule covers, and whether the run
// judged anything at all. A gate must say what it did not check, so these figures go into every report format.
import type { EmptyRunReason, UncoveredType } from '../report/model';
import { compareText } from '../report';
import type { ResourceIndex } from './results';

/** Addresses listed per uncovered type; the count stays exact beyond it. */
export const UNCOVERED_ADDRESS_LIMIT = 50;

/** How much of the run's resources the rules judged. */
export interface Coverage {
  judged: number;
  uncovered: UncoveredType[];
}

/** Resources judged (by id) against every resource read; the rest are grouped per type, most numerous first. */
export function measureCoverage(resources: ResourceIndex, judgedIds: ReadonlySet<string>): Coverage {
  const byType = new Map<string, UncoveredType>();
  let judged = 0;
  for (const [id, ref] of resources) {
    if (judgedIds.has(id)) {
      judged += 1;
      continue;
    }
    let entry = byType.get(ref.type);
    if (!entry) {
      entry = { type: ref.type, resources: 0, addresses: [] };
      byType.set(ref.type, entry);
    }
    entry.resources += 1;
    if (entry.addresses.length < UNCOVERED_ADDRESS_LIMIT) entry.addresses.push(ref.address);
  }
  const uncovered = [...byType.values()].sort((a, b) => b.resources - a.resources || compareText(a.type, b.type));
  for (const entry of uncovered) entry.addresses.sort(compareText);
  return { judged, uncovered };
}

/** Why a run judged nothing, or undefined when some rule judged some resource. */
export function emptyRunReason(rules: number, judged: number): EmptyRunReason | undefined {
  if (rules === 0) return 'no rules ran';
  if (judged === 0) return 'nothing judged';
  return undefined;
}
