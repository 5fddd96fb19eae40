// report.md: the pull-request view (PR comment or GitHub job summary): verdict, counts, what changed against the
// baseline, a table of failures (beyond the first 50 inside <details>), waivers; at most 65,536 characters.
import type { ReportModel, Result } from './model';
import type { Renderer } from './renderer';
import { failuresBySeverity, locationText } from './aggregate';
import { BoundedMarkdown, escapeMarkdown as md } from './markdown-text';
import { coverageText, emptyRunText, problemText } from './gaps';
import { SEVERITIES } from './model';
import { severityRank } from './sort';

/** GitHub's limit for comments and job summaries. */
export const MARKDOWN_LIMIT = 65536;
const VISIBLE_FAILURES = 50;
// Room kept for closing </details> tags and the notes saying what was cut.
const RESERVE = 2000;

const VERDICT_LINE = { pass: '✅ **PASS**', fail: '❌ **FAIL**', error: '⚠️ **ERROR**' } as const;

function header(doc: BoundedMarkdown, model: ReportModel): void {
  const s = model.summary;
  doc.add(`## plangate: ${VERDICT_LINE[model.verdict]}`);
  doc.add('');
  const digest = model.digest ? ` · digest \`${model.digest.value.slice(0, 12)}\`` : '';
  doc.add(`${s.resources} resources · ${s.rules} rules · ${model.inputs.length} inputs · plangate ${md(model.tool.version)} · ${model.generatedAt}${digest}`);
  if (model.merge) doc.add(`Merged from ${model.merge.reports} reports.`);
  doc.add('');
  const empty = emptyRunText(model);
  if (empty) {
    doc.add(`> **${md(empty)}**`);
    doc.add('');
  }
  const coverage = coverageText(model);
  if (coverage) {
    doc.add(`Coverage: ${md(coverage)}`);
    doc.add('');
  }
}

/** Inputs not read and policies that could not run, right under the verdict: an ERROR must carry its reasons. */
function notChecked(doc: BoundedMarkdown, model: ReportModel): void {
  const problems = model.problems ?? [];
  if (problems.length === 0) return;
  doc.add(`### Not checked (${problems.length})`);
  doc.add('');
  const omitted = addRows(doc, problems.map((p) => `- ${md(problemText(p))}`));
  if (omitted > 0) doc.add(cutNote(omitted, 'problems'));
  doc.add('');
}

function counts(doc: BoundedMarkdown, model: ReportModel): void {
  const s = model.summary;
  const sev = failuresBySeverity(model.results);
  doc.add('| passed | failed | waived | unknown | errors |');
  doc.add('|---:|---:|---:|---:|---:|');
  doc.add(`| ${s.passed} | ${s.failed} | ${s.waived} | ${s.unknown} | ${s.errors} |`);
  doc.add('');
  doc.add(`Failures by severity: ${SEVERITIES.map((k) => `${k} ${sev[k]}`).join(' · ')}`);
  doc.add('');
}

const FAILURE_HEAD = ['| Severity | Rule | Resource | Location | Message |', '|---|---|---|---|---|'];

function failureRow(r: Result): string {
  const mark = r.baseline === 'new' ? ' 🆕' : '';
  return `| ${r.severity}${mark} | ${md(r.ruleId)} | ${md(r.resource.address)} | ${md(locationText(r))} | ${md(r.message)} |`;
}

/** Adds a table's rows while they fit; returns how many did not. */
function addRows(doc: BoundedMarkdown, rows: string[]): number {
  for (let i = 0; i < rows.length; i++) if (!doc.tryAdd(rows[i])) return rows.length - i;
  return 0;
}

function cutNote(omitted: number, what: string): string {
  return `\n_${omitted} ${what} not shown: this summary is capped at ${MARKDOWN_LIMIT} characters; report.html and report.json have all of them._\n`;
}

function failureTable(doc: BoundedMarkdown, title: string, failures: Result[]): void {
  doc.add(`### ${title} (${failures.length})`);
  doc.add('');
  if (failures.length === 0) {
    doc.add('None.');
    doc.add('');
    return;
  }
  const rows = failures.map(failureRow);
  FAILURE_HEAD.forEach((l) => doc.add(l));
  let omitted = addRows(doc, rows.slice(0, VISIBLE_FAILURES));
  const rest = rows.slice(VISIBLE_FAILURES);
  if (omitted === 0 && rest.length > 0 && doc.remaining() > 500) {
    doc.add('');
    doc.add(`<details><summary>${rest.length} more</summary>`);
    doc.add('');
    FAILURE_HEAD.forEach((l) => doc.add(l));
    omitted = addRows(doc, rest);
    doc.add('');
    doc.add('</details>');
  } else {
    omitted += rest.length;
  }
  if (omitted > 0) doc.add(cutNote(omitted, title.toLowerCase()));
  doc.add('');
}

function changes(doc: BoundedMarkdown, model: ReportModel): void {
  const b = model.baseline;
  if (!b) return;
  doc.add(`### Changes since baseline (${b.generatedAt})`);
  doc.add('');
  doc.add(`**${b.counts.new} new** · **${b.counts.fixed} fixed** · ${b.counts.unchanged} unchanged`);
  doc.add('');
  const fresh = model.results.filter((r) => r.baseline === 'new' && (r.status === 'fail' || r.status === 'error'));
  failureTable(doc, 'New failures', fresh);
  const fixed = [...model.results.filter((r) => r.baseline === 'fixed'), ...b.absent];
  if (fixed.length > 0) {
    doc.add(`### Fixed (${fixed.length})`);
    doc.add('');
    const omitted = addRows(doc, fixed.map((r) => `- ${md(r.ruleId)} on ${md(r.resource.address)}${r.status === 'fail' ? ' (no longer present)' : ''}`));
    if (omitted > 0) doc.add(cutNote(omitted, 'fixed findings'));
    doc.add('');
  }
}

function waivers(doc: BoundedMarkdown, model: ReportModel): void {
  const waived = model.results.filter((r) => r.status === 'waived' && r.waiver);
  const stale = model.staleWaivers ?? [];
  if (waived.length === 0 && stale.length === 0) return;
  doc.add(`### Waivers (${waived.length} applied, ${stale.length} stale)`);
  doc.add('');
  doc.add('| Rule | Resource | Reason | Approved by | Expires | State |');
  doc.add('|---|---|---|---|---|---|');
  const rows = [
    ...waived.map((r) => ({ rule: r.ruleId, resource: r.resource.address, w: r.waiver!, state: 'applied' })),
    ...stale.map((w) => ({ rule: w.rule, resource: w.resource, w, state: w.why })),
  ].map((x) => `| ${md(x.rule)} | ${md(x.resource)} | ${md(x.w.reason)}${x.w.ticket ? ` (${md(x.w.ticket)})` : ''} | ${md(x.w.approvedBy)} | ${md(x.w.expires)} | ${x.state} |`);
  const omitted = addRows(doc, rows);
  if (omitted > 0) doc.add(cutNote(omitted, 'waivers'));
  doc.add('');
}

/** Failures (and evaluation errors), worst first. */
function failingResults(model: ReportModel): Result[] {
  return model.results
    .filter((r) => r.status === 'fail' || r.status === 'error')
    .sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
}

/** Builds report.md, at most MARKDOWN_LIMIT characters. */
export function buildMarkdown(model: ReportModel, limit = MARKDOWN_LIMIT): string {
  const doc = new BoundedMarkdown(limit, RESERVE);
  header(doc, model);
  notChecked(doc, model);
  changes(doc, model);
  counts(doc, model);
  failureTable(doc, 'Failures', failingResults(model));
  const unknown = model.results.filter((r) => r.status === 'unknown');
  if (unknown.length > 0) failureTable(doc, 'Undecided until apply', unknown);
  waivers(doc, model);
  if (model.merge && model.merge.passesOmitted > 0) doc.add(`_${model.merge.passesOmitted} passing results of merged reports are counted but not listed._`);
  return doc.text();
}

/** Renders report.md. */
export const markdownRenderer: Renderer = {
  name: 'markdown',
  fileName: 'report.md',
  description: 'report.md: verdict, counts and failures for a PR comment or job summary (≤ 65,536 characters)',
  render: (model) => buildMarkdown(model),
};

