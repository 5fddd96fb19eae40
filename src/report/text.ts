// The terminal view, in the order a reader needs it: verdict, counts and coverage first; then failures by severity
// (critical first) grouped by rule with the resources under each, long lists cut short; undecided results; waivers
// (applied, expired, stale) in short sections; passes only with `verbose`; what was not checked last.
// Colour only when the caller says so (the CLI decides from TTY and NO_COLOR); control characters are made visible.
import type { PolicyRecord, ReportModel, Result, ResultStatus, Severity } from './model';
import { SEVERITIES } from './model';
import type { RenderOptions, Renderer } from './renderer';
import { groupByRule, locationText } from './aggregate';
import { coverageText, emptyRunText, notCheckedLines } from './gaps';
import { severityRank } from './sort';

const ANSI = { red: '31', green: '32', yellow: '33', magenta: '35', cyan: '36', dim: '2', bold: '1' } as const;
type Style = keyof typeof ANSI;
type Paint = (style: Style, text: string) => string;

const STATUS_STYLE: Record<ResultStatus, Style> = { fail: 'red', error: 'magenta', unknown: 'yellow', waived: 'cyan', pass: 'green' };
const VERDICT_STYLE = { pass: 'green', fail: 'red', error: 'magenta' } as const;
/** Resources listed under one rule before the rest are counted (`… and N more`). */
export const RESOURCES_PER_RULE = 10;
/** A tail this long that every message of a rule shares is printed once under the rule, not on every line. */
const SHARED_TAIL_MIN = 40;

/** Untrusted text must not move the cursor or recolour the terminal: control characters become visible escapes. */
function plain(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

function painter(color: boolean): Paint {
  return color ? (style, text) => `\u001b[${ANSI[style]}m${text}\u001b[0m` : (_style, text) => text;
}

/** The longest tail every message shares, cut at a word boundary, when it is long enough to be worth factoring out. */
function sharedTail(messages: readonly string[]): string {
  if (messages.length < 2) return '';
  let tail = messages[0];
  for (const m of messages.slice(1)) {
    let i = 0;
    while (i < tail.length && i < m.length && tail[tail.length - 1 - i] === m[m.length - 1 - i]) i++;
    tail = tail.slice(tail.length - i);
  }
  const space = tail.indexOf(' ');
  tail = space >= 0 ? tail.slice(space) : '';
  return tail.trim().length >= SHARED_TAIL_MIN ? tail : '';
}

function resourceLine(r: Result, message: string, paint: Paint): string[] {
  const where = locationText(r);
  const mark = r.baseline ? ` [${r.baseline}]` : '';
  const head = `  ${paint(STATUS_STYLE[r.status], r.status.toUpperCase().padEnd(7))} ${plain(r.resource.address)}${where ? paint('dim', `  ${plain(where)}`) : ''}${mark}`;
  return message ? [head, `          ${plain(message)}`] : [head];
}

/** One rule's results: a header, the first RESOURCES_PER_RULE resources, a count of the rest, the remedy. */
function ruleBlock(p: PolicyRecord | undefined, ruleId: string, results: readonly Result[], paint: Paint, showFix: boolean): string[] {
  const tail = sharedTail(results.map((r) => r.message));
  const out = [paint('bold', `${plain(ruleId)} ${p ? plain(p.title) : ''}`.trimEnd()) + paint('dim', ` (${results[0].severity}, ${results.length})`)];
  if (tail) out.push(paint('dim', `  each: …${plain(tail)}`));
  for (const r of results.slice(0, RESOURCES_PER_RULE)) out.push(...resourceLine(r, tail ? `${r.message.slice(0, r.message.length - tail.length)} …` : r.message, paint));
  if (results.length > RESOURCES_PER_RULE) out.push(paint('dim', `  … and ${results.length - RESOURCES_PER_RULE} more`));
  if (showFix && p?.remediation) out.push(paint('dim', `  fix: ${plain(p.remediation)}`));
  out.push('');
  return out;
}

/** Rule groups of the given statuses, most severe rule first (then by rule id). */
function groupsBySeverity(results: readonly Result[], statuses: readonly ResultStatus[]): [string, Result[]][] {
  return [...groupByRule(results, statuses).entries()].sort((a, b) => severityRank(a[1][0].severity) - severityRank(b[1][0].severity));
}

function headline(model: ReportModel, paint: Paint): string[] {
  const s = model.summary;
  const counts = `${s.resources} resources, ${s.rules} rules: ${paint('green', `${s.passed} passed`)}, ${paint('red', `${s.failed} failed`)}, ${paint('cyan', `${s.waived} waived`)}, ${paint('yellow', `${s.unknown} unknown`)}, ${paint('magenta', `${s.errors} errors`)}`;
  const out = [paint('bold', `Verdict: ${paint(VERDICT_STYLE[model.verdict], model.verdict.toUpperCase())}`), counts];
  const failing = model.results.filter((r) => r.status === 'fail');
  if (failing.length > 0) {
    const bySeverity = SEVERITIES.map((sev: Severity) => [sev, failing.filter((r) => r.severity === sev).length] as const).filter(([, n]) => n > 0);
    out.push(`Failures by severity: ${bySeverity.map(([sev, n]) => `${n} ${sev}`).join(', ')}`);
  }
  const coverage = coverageText(model);
  if (coverage) out.push(plain(coverage));
  const empty = emptyRunText(model);
  if (empty) out.push(paint('bold', plain(empty)));
  if ((model.problems ?? []).length > 0) out.push(paint('magenta', `Not checked: ${model.problems!.length} problems (listed at the end)`));
  out.push('');
  return out;
}

function section(title: string, paint: Paint): string {
  return paint('bold', `== ${title} ==`);
}

function waiverText(r: { waiver?: Result['waiver'] }): string {
  const w = r.waiver;
  return w ? `${plain(w.reason)} (approved by ${plain(w.approvedBy)}, expires ${plain(w.expires)}${w.ticket ? `, ticket ${plain(w.ticket)}` : ''})` : '';
}

function elided<T>(items: readonly T[], line: (item: T) => string, paint: Paint): string[] {
  const out = items.slice(0, RESOURCES_PER_RULE).map(line);
  if (items.length > RESOURCES_PER_RULE) out.push(paint('dim', `  … and ${items.length - RESOURCES_PER_RULE} more`));
  return out;
}

function waiverSections(model: ReportModel, paint: Paint): string[] {
  const out: string[] = [];
  const waived = model.results.filter((r) => r.status === 'waived');
  const expired = model.results.filter((r) => r.status === 'fail' && r.waiver);
  const stale = model.staleWaivers ?? [];
  if (waived.length > 0) out.push(section(`Waived (${waived.length})`, paint), ...elided(waived, (r) => `  ${plain(r.ruleId)} ${plain(r.resource.address)}: ${waiverText(r)}`, paint), '');
  if (expired.length > 0) out.push(section(`Expired waivers: failing again (${expired.length})`, paint), ...elided(expired, (r) => `  ${plain(r.ruleId)} ${plain(r.resource.address)}: ${waiverText(r)}`, paint), '');
  if (stale.length > 0) out.push(section(`Stale waivers (${stale.length})`, paint), ...elided(stale, (w) => `  ${plain(w.rule)} ${plain(w.resource)}: ${w.why}, expires ${plain(w.expires)} (${plain(w.reason)})`, paint), '');
  return out;
}

function baselineSection(model: ReportModel, paint: Paint): string[] {
  if (!model.baseline) return [];
  const fixed = [...model.results.filter((r) => r.baseline === 'fixed'), ...model.baseline.absent];
  const out = [`Against baseline: ${model.baseline.counts.new} new, ${model.baseline.counts.fixed} fixed, ${model.baseline.counts.unchanged} unchanged`];
  out.push(...elided(fixed, (r) => `  ${paint('green', 'FIXED  ')} ${plain(r.ruleId)} ${plain(r.resource.address)}`, paint), '');
  return out;
}

function uncoveredSection(model: ReportModel, paint: Paint): string[] {
  const uncovered = model.uncovered ?? [];
  if (uncovered.length === 0) return [];
  const out = [section('Judged by no rule', paint)];
  out.push(...elided(uncovered, (u) => `  ${plain(u.type)} (${u.resources}): ${u.addresses.slice(0, 3).map(plain).join(', ')}${u.resources > 3 ? ', …' : ''}`, paint), '');
  return out;
}

/** Builds the text view. */
export function buildText(model: ReportModel, options: RenderOptions = {}): string {
  const paint = painter(options.color === true);
  const policies = new Map(model.policies.map((p) => [p.id, p]));
  const out = headline(model, paint);
  const blocks = (statuses: ResultStatus[], showFix: boolean): string[] =>
    groupsBySeverity(model.results, statuses).flatMap(([ruleId, results]) => ruleBlock(policies.get(ruleId), ruleId, results, paint, showFix));
  const failures = blocks(['fail', 'error'], true);
  if (failures.length > 0) out.push(section('Failures', paint), ...failures);
  const undecided = blocks(['unknown'], false);
  if (undecided.length > 0) out.push(section('Undecided until apply', paint), ...undecided);
  out.push(...waiverSections(model, paint), ...baselineSection(model, paint));
  if (options.verbose) {
    const passes = blocks(['pass'], false);
    if (passes.length > 0) out.push(section('Passed', paint), ...passes);
  }
  out.push(...uncoveredSection(model, paint));
  const notChecked = notCheckedLines(model);
  if (notChecked.length > 0) out.push(section(`Not checked (${notChecked.length})`, paint), ...notChecked.map((l) => paint('magenta', `  ${plain(l)}`)), '');
  return out.join('\n').replace(/\n+$/, '') + '\n';
}

/** Renders the text view (stdout, or report.txt when written to a directory). */
export const textRenderer: Renderer = {
  name: 'text',
  fileName: 'report.txt',
  description: 'text: verdict and counts, failures by severity grouped by rule, waivers, what was not checked',
  render: (model, options) => buildText(model, options),
};
