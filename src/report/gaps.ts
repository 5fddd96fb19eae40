// What a run did not check, worded once for every view: problems (inputs not read, policies that could not run),
// coverage (resources no rule judged) and a run that judged nothing. Views only lay these sentences out.
import type { Problem, ReportModel, UncoveredType } from './model';

/** `file:line: code: message`, the one-line form of a problem. */
export function problemText(p: Problem): string {
  const where = p.file ? `${p.file}${p.line !== undefined ? `:${p.line}` : ''}: ` : '';
  return `${where}${p.code}: ${p.message}`;
}

/** Types listed by name in a coverage sentence; the rest are counted. */
const TYPES_NAMED = 5;

/** `google_pubsub_topic (2), aws_iam_role (1)` for the first few types, `… and N more types` after. */
export function uncoveredTypesText(uncovered: readonly UncoveredType[]): string {
  const named = uncovered.slice(0, TYPES_NAMED).map((u) => `${u.type} (${u.resources})`);
  const rest = uncovered.length - named.length;
  return named.join(', ') + (rest > 0 ? `, … and ${rest} more types` : '');
}

/** "52 of 55 resources judged; 3 of types google_pubsub_topic (2), … judged by no rule", or undefined for old reports. */
export function coverageText(model: ReportModel): string | undefined {
  const judged = model.summary.judged;
  if (judged === undefined) return undefined;
  const total = model.summary.resources;
  const uncovered = model.uncovered ?? [];
  const notJudged = uncovered.reduce((n, u) => n + u.resources, 0);
  const head = `${judged} of ${total} resources judged`;
  if (notJudged === 0) return head;
  const blocking = model.run?.failOnUncovered ? ' (fails the run: failOnUncovered)' : '';
  return `${head}; ${notJudged} of types ${uncoveredTypesText(uncovered)} judged by no rule${blocking}`;
}

/** "no rules ran: …" / "nothing judged: …" when the run judged nothing, else undefined. */
export function emptyRunText(model: ReportModel): string | undefined {
  if (!model.empty) return undefined;
  const why = model.empty.reason === 'no rules ran' ? 'no rule was loaded, so no resource was checked' : 'no rule applied to any resource read';
  const outcome = model.empty.allowed ? 'allowed by --allow-empty' : 'this fails the run unless --allow-empty is given';
  return `${model.empty.reason}: ${why}; ${outcome}`;
}

/** Inputs and policies not checked, as one-line texts. */
export function notCheckedLines(model: ReportModel): string[] {
  return (model.problems ?? []).map(problemText);
}
