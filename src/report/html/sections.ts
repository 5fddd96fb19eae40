// The report page's sections, each a function of the model returning escaped markup: summary, compliance
// matrix, findings grouped by rule, waivers, passing evidence, inputs and policies, reproduction details.
import type { ComplianceRow, ControlRef, PolicyRecord, ReportModel, Result } from '../model';
import { SEVERITIES, STATUSES } from '../model';
import { complianceMatrix, failuresBySeverity, groupByRule, locationText, statusCounts } from '../aggregate';
import { controlTitle } from '../control-titles';
import { emptyRunText, problemText } from '../gaps';
import { barChart } from './chart';
import { html, ident, join, raw, type RawHtml } from './escape';

const STATUS_LABEL = { fail: 'failed', error: 'errors', unknown: 'unknown', waived: 'waived', pass: 'passed' } as const;

/** `GDPR Art.32 (Security of processing)`: the id with its title when the shipped data knows it. */
function controlText(c: ControlRef): string {
  const title = controlTitle(c);
  return `${c.framework} ${c.id}${title ? ` (${title})` : ''}`;
}

function controlsText(p: PolicyRecord | undefined): string {
  return p ? p.controls.map(controlText).join(', ') : '';
}

/** Uncovered addresses shown per type; the count is exact. */
const UNCOVERED_SHOWN = 5;

/**
 * What the run did not check, next to the verdict: inputs not read and policies that could not run (the reasons
 * behind an ERROR verdict), a run that judged nothing, and resource types no rule judged.
 */
export function notCheckedSection(model: ReportModel): RawHtml {
  const problems = model.problems ?? [];
  const uncovered = model.uncovered ?? [];
  const empty = emptyRunText(model);
  if (problems.length === 0 && uncovered.length === 0 && !empty) return raw('');
  const problemList = problems.length
    ? html`<h3>Inputs and policies not checked (${problems.length})</h3><ul>${join(problems.map((p) => html`<li class="mono">${ident(problemText(p))}</li>`))}</ul>`
    : raw('');
  const emptyNote = empty ? html`<p><b>${empty}</b></p>` : raw('');
  const rows = uncovered.map((u) => {
    const more = u.resources > UNCOVERED_SHOWN ? `, … and ${u.resources - UNCOVERED_SHOWN} more` : '';
    return html`<tr><td class="mono">${ident(u.type)}</td><td class="num">${u.resources}</td><td class="mono">${join(u.addresses.slice(0, UNCOVERED_SHOWN).map(ident), ', ')}${more}</td></tr>`;
  });
  const fails = model.run?.failOnUncovered ? html` They fail the run (failOnUncovered).` : raw('');
  const table = rows.length
    ? html`<h3>Resources judged by no rule (${uncovered.reduce((n, u) => n + u.resources, 0)})</h3><p class="muted">No rule applies to these types, so nothing about them was checked.${fails}</p><table><thead><tr><th>type</th><th class="num">resources</th><th>addresses</th></tr></thead><tbody>${join(rows)}</tbody></table>`
    : raw('');
  return html`<section id="not-checked" class="gaps"><h2>Not checked</h2>${emptyNote}${problemList}${table}</section>`;
}

function baselineMark(r: Result): RawHtml {
  return r.baseline ? html` <span class="${r.baseline}">${r.baseline}</span>` : raw('');
}

function statusCell(r: Result): RawHtml {
  return html`<td><span class="st ${r.status}">${r.status}</span>${baselineMark(r)}</td>`;
}

/** Cards with counts and the two charts. */
export function summarySection(model: ReportModel): RawHtml {
  const counts = statusCounts(model.summary);
  const sev = failuresBySeverity(model.results);
  const judged = model.summary.judged;
  const cards = [
    html`<div class="card"><span class="muted">resources</span><b>${model.summary.resources}</b></div>`,
    ...(judged !== undefined ? [html`<div class="card"><span class="muted">judged</span><b>${judged}</b></div>`] : []),
    html`<div class="card"><span class="muted">rules</span><b>${model.summary.rules}</b></div>`,
    ...STATUSES.map((s) => html`<div class="card"><span class="st ${s}">${STATUS_LABEL[s]}</span><b>${counts[s]}</b></div>`),
  ];
  const statusChart = barChart('Results by status', STATUSES.map((s) => ({ label: STATUS_LABEL[s], value: counts[s], cls: s })));
  const severityChart = barChart('Failures by severity', SEVERITIES.map((s) => ({ label: s, value: sev[s], cls: s })));
  return html`<section id="summary"><h2>Summary</h2><div class="cards">${join(cards, '')}</div><div class="cards">${statusChart}${severityChart}</div></section>`;
}

/** What changed against the baseline; the page leads with it when there is one. */
export function changesSection(model: ReportModel, policies: Map<string, PolicyRecord>): RawHtml {
  const b = model.baseline;
  if (!b) return raw('');
  const fresh = model.results.filter((r) => r.baseline === 'new' && (r.status === 'fail' || r.status === 'error'));
  const fixed = [...model.results.filter((r) => r.baseline === 'fixed'), ...b.absent];
  const row = (r: Result, what: string): RawHtml =>
    html`<tr><td><span class="${what}">${what}</span></td><td class="mono">${ident(r.ruleId)}</td><td>${policies.get(r.ruleId)?.title ?? ''}</td><td class="mono">${ident(r.resource.address)}</td><td class="mono">${ident(locationText(r))}</td><td>${r.message}</td></tr>`;
  const rows = [...fresh.map((r) => row(r, 'new')), ...fixed.map((r) => row(r, 'fixed'))];
  const table = rows.length
    ? html`<table><thead><tr><th>change</th><th>rule</th><th>title</th><th>resource</th><th>location</th><th>message</th></tr></thead><tbody>${join(rows)}</tbody></table>`
    : html`<p>No failures appeared or disappeared.</p>`;
  return html`<section id="changes"><h2>Changes since baseline</h2><p><b class="new">${b.counts.new} new</b> · <b class="fixed">${b.counts.fixed} fixed</b> · ${b.counts.unchanged} unchanged, against the report of ${b.generatedAt}${b.digest ? ` (digest ${b.digest.slice(0, 16)}…)` : ''}.</p>${table}</section>`;
}

function matrixRow(row: ComplianceRow): RawHtml {
  const cell = (n: number, cls: string): RawHtml => html`<td class="num ${n === 0 ? 'zero' : cls}">${n}</td>`;
  const c = row.counts;
  const title = controlTitle({ framework: row.framework, id: row.control });
  return html`<tr><td><span class="mono">${row.control}</span>${title ? html` <span class="ctl">${title}</span>` : raw('')}</td><td class="mono">${join(row.rules.map(ident), ', ')}</td>${cell(c.pass, '')}${cell(c.fail, 'cell-fail')}${cell(c.waived, '')}${cell(c.unknown, '')}${cell(c.error, 'cell-fail')}<td>${c.fail + c.error > 0 ? 'not met' : c.unknown > 0 ? 'undecided' : 'met'}</td></tr>`;
}

/** One table per framework: results per control. */
export function complianceSection(model: ReportModel): RawHtml {
  const byFramework = new Map<string, ComplianceRow[]>();
  for (const row of complianceMatrix(model)) byFramework.set(row.framework, [...(byFramework.get(row.framework) ?? []), row]);
  const tables = [...byFramework.entries()].map(
    ([framework, rows]) =>
      html`<h3>${framework}</h3><table><thead><tr><th>control</th><th>rules</th><th class="num">pass</th><th class="num">fail</th><th class="num">waived</th><th class="num">unknown</th><th class="num">error</th><th>state</th></tr></thead><tbody>${join(rows.map(matrixRow))}</tbody></table>`,
  );
  return html`<section id="compliance"><h2>Compliance matrix</h2>${tables.length ? join(tables) : html`<p>No rule maps to a control.</p>`}</section>`;
}

/** The filter box; the script narrows every result row by rule, resource, status, severity and control. */
export function filterBar(): RawHtml {
  const opt = (v: string): RawHtml => html`<option value="${v}">${v}</option>`;
  return html`<div class="filters noprint" role="search"><input id="q" type="search" placeholder="Filter by rule, resource, file, message or control (e.g. GDPR Art.32)" aria-label="filter"><select id="fs" aria-label="status"><option value="">any status</option>${join(STATUSES.map(opt), '')}</select><select id="fv" aria-label="severity"><option value="">any severity</option>${join(SEVERITIES.map(opt), '')}</select><output id="shown" aria-live="polite"></output></div>`;
}

function findingRow(r: Result): RawHtml {
  return html`<tr data-s="${r.status}" data-v="${r.severity}">${statusCell(r)}<td class="mono">${ident(r.resource.address)}</td><td class="mono">${ident(r.resource.type)}</td><td class="mono">${ident(locationText(r))}</td><td>${r.message}${r.source ? ` (${r.source})` : ''}</td></tr>`;
}

function groupKey(ruleId: string, p: PolicyRecord | undefined): string {
  return `${ruleId} ${p?.title ?? ''} ${p?.category ?? ''} ${controlsText(p)}`;
}

/** Failing, erroring, undecided and waived results grouped by rule, with the rule's remediation. */
export function findingsSection(model: ReportModel, policies: Map<string, PolicyRecord>): RawHtml {
  const groups = groupByRule(model.results, ['fail', 'error', 'unknown', 'waived']);
  const sections = [...groups.entries()].map(([ruleId, results]) => {
    const p = policies.get(ruleId);
    const worst = STATUSES.find((s) => results.some((r) => r.status === s)) ?? 'fail';
    const fix = p?.remediation ? html`<p class="fix"><b>Remediation:</b> ${p.remediation}</p>` : raw('');
    return html`<section class="rule ${worst}" data-group data-k="${groupKey(ruleId, p)}"><h3>${ruleId} — ${p?.title ?? 'unknown rule'} <span class="sev ${results[0].severity}">${results[0].severity}</span></h3><p class="muted">${p?.category ?? ''}${p ? ' · ' : ''}${controlsText(p)}</p>${p?.description ? html`<p>${p.description}</p>` : raw('')}${fix}<table><thead><tr><th>status</th><th>resource</th><th>type</th><th>location</th><th>message</th></tr></thead><tbody>${join(results.map(findingRow))}</tbody></table></section>`;
  });
  return html`<section id="findings"><h2>Findings by rule</h2>${sections.length ? join(sections) : html`<p>No failing, undecided or waived results.</p>`}</section>`;
}

/** Rows in one <tbody> per rule, which carries the rule's filter key once instead of on every row. */
function rowsByRule(results: Result[], policies: Map<string, PolicyRecord>, row: (r: Result) => RawHtml): RawHtml {
  const byRule = groupByRule(results, STATUSES);
  return join([...byRule.entries()].map(([ruleId, list]) => html`<tbody data-k="${groupKey(ruleId, policies.get(ruleId))}">${join(list.map(row))}</tbody>`));
}

/**
 * Every waiver with its state: active (waived a failure), expired (the failure it names fails again), stale (matched
 * nothing this run, or expired unused).
 */
export function waiversSection(model: ReportModel, policies: Map<string, PolicyRecord>): RawHtml {
  const waived = model.results.filter((r) => r.status === 'waived');
  const expired = model.results.filter((r) => r.status === 'fail' && r.waiver);
  const stale = model.staleWaivers ?? [];
  if (waived.length === 0 && expired.length === 0 && stale.length === 0) return raw('');
  const cells = (rule: string, resource: string, w: Result['waiver'], state: string): RawHtml =>
    html`<td class="mono">${ident(rule)}</td><td class="mono">${ident(resource)}</td><td>${w?.reason ?? ''}</td><td>${w?.approvedBy ?? ''}</td><td>${w?.expires ?? ''}</td><td>${w?.ticket ?? ''}</td><td><span class="state ${state}">${state}</span></td>`;
  const bodies = rowsByRule([...waived, ...expired], policies, (r) => html`<tr data-s="${r.status}" data-v="${r.severity}">${cells(r.ruleId, r.resource.address, r.waiver, r.status === 'waived' ? 'active' : 'expired')}</tr>`);
  const staleRows = stale.map((w) => html`<tr>${cells(w.rule, w.resource, w, w.why === 'expired' ? 'expired' : 'unmatched')}</tr>`);
  const staleBody = staleRows.length ? html`<tbody>${join(staleRows)}</tbody>` : raw('');
  const counts = `${waived.length} active, ${expired.length} expired and failing again, ${stale.length} stale`;
  return html`<section id="waivers"><h2>Waivers</h2><p class="muted">${counts}.</p><table><thead><tr><th>rule</th><th>resource</th><th>reason</th><th>approved by</th><th>expires</th><th>ticket</th><th>state</th></tr></thead>${bodies}${staleBody}</table></section>`;
}

/** Passing results: evidence that a control was checked, collapsed by default. */
export function evidenceSection(model: ReportModel, policies: Map<string, PolicyRecord>): RawHtml {
  const passes = model.results.filter((r) => r.status === 'pass');
  const omitted = model.merge?.passesOmitted ?? 0;
  const bodies = rowsByRule(passes, policies, (r) => html`<tr data-s="pass" data-v="${r.severity}"><td class="mono">${ident(r.ruleId)}${baselineMark(r)}</td><td class="mono">${ident(r.resource.address)}</td><td class="mono">${ident(locationText(r))}</td><td>${r.message}${r.source ? ` (${r.source})` : ''}</td></tr>`);
  const note = omitted > 0 ? html`<p class="muted">${omitted} further passing results of the merged reports are counted in the summary but not listed.</p>` : raw('');
  return html`<section id="passed"><h2>Evidence: passed checks</h2><details id="evidence"><summary>${passes.length} passed checks</summary><table><thead><tr><th>rule</th><th>resource</th><th>location</th><th>message</th></tr></thead>${bodies}</table>${note}</details></section>`;
}

/** Inputs and policies with their SHA-256 digests. */
export function sourcesSection(model: ReportModel): RawHtml {
  const inputs = model.inputs.map((i) => html`<tr><td class="mono">${ident(i.path)}</td><td>${i.status === 'error' ? html`<b class="st error">not read</b>` : i.type ?? ''}</td><td class="num">${i.resources}</td><td class="mono hash">${i.sha256 ?? ''}</td></tr>`);
  const policies = model.policies.map(
    (p) => html`<tr><td class="mono">${ident(p.id)}</td><td>${p.title}</td><td><span class="sev ${p.severity}">${p.severity}</span></td><td>${p.category}</td><td>${controlsText(p)}</td><td>${p.source}${p.enforcement ? ` · ${p.enforcement}` : ''}${p.overrides ? ` · replaces ${p.overrides}` : ''}</td><td class="mono hash">${p.sha256}</td></tr>`,
  );
  return html`<section id="sources"><h2>Inputs</h2><table><thead><tr><th>path</th><th>type</th><th class="num">resources</th><th>sha256</th></tr></thead><tbody>${join(inputs)}</tbody></table><h2>Policies</h2><table><thead><tr><th>rule</th><th>title</th><th>severity</th><th>category</th><th>controls</th><th>source</th><th>sha256</th></tr></thead><tbody>${join(policies)}</tbody></table></section>`;
}

/** Everything needed to reproduce the run and to check the report's integrity. */
export function provenanceSection(model: ReportModel): RawHtml {
  const run = model.run;
  const rows: [string, string][] = [
    ['tool', `${model.tool.name} ${model.tool.version}`],
    ['generated at', model.generatedAt],
  ];
  if (run) {
    if (run.configPath) rows.push(['configuration', `${run.configPath}${run.configDigest ? ` sha256 ${run.configDigest}` : ''}`]);
    if (run.failOn) rows.push(['fail on', run.failOn]);
    if (run.environment) rows.push(['environment', run.environment]);
    if (run.parameters && Object.keys(run.parameters).length) rows.push(['parameters', JSON.stringify(run.parameters)]);
    rows.push(['runtime', `node ${run.runtime.node} on ${run.runtime.os}/${run.runtime.arch}`]);
    if (run.git) rows.push(['git', `${run.git.commit}${run.git.ref ? ` (${run.git.ref})` : ''}`]);
    if (run.ci) rows.push(['CI', [run.ci.provider, run.ci.repository, run.ci.runId && `run ${run.ci.runId}`].filter(Boolean).join(' · ')]);
  }
  for (const o of model.overrides ?? []) rows.push(['override', `${o.rule} ${o.field}: ${o.from ?? '—'} → ${o.to}`]);
  if (model.merge) rows.push(['merged', `${model.merge.reports} reports (${model.merge.sourcesOmitted} not listed); ${model.merge.passesKept} passing results kept, ${model.merge.passesOmitted} counted only`]);
  if (model.digest) rows.push(['report digest', `${model.digest.algorithm} ${model.digest.value}`]);
  if (model.signature) rows.push(['signature', `${model.signature.algorithm}, key ${model.signature.keyId}`]);
  const sources = (model.merge?.sources ?? []).map((s) => html`<tr><td class="mono">${s.path}</td><td>${s.verdict}</td><td>${s.generatedAt}</td><td class="mono">${s.digest ?? ''}</td></tr>`);
  const sourceTable = sources.length ? html`<h3>Merged reports</h3><table><thead><tr><th>report</th><th>verdict</th><th>generated</th><th>digest</th></tr></thead><tbody>${join(sources)}</tbody></table>` : raw('');
  return html`<section id="provenance"><h2>Reproduction and integrity</h2><table><tbody>${join(rows.map(([k, v]) => html`<tr><th>${k}</th><td class="mono">${v}</td></tr>`))}</tbody></table><p class="muted">Check this report with <code>plangate verify report.json</code>; the digest covers every field of report.json except the digest and signature.</p>${sourceTable}</section>`;
}
