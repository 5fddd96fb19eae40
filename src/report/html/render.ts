// report.html: one self-contained page (inline CSS and script, nothing fetched) an auditor can open offline,
// archive and print. A Content-Security-Policy admits only the page's own hashed style and script.
import { createHash } from 'node:crypto';
import type { PolicyRecord, ReportModel } from '../model';
import type { Renderer } from '../renderer';
import { REPORT_SCRIPT } from './client-script';
import { html, raw, type RawHtml } from './escape';
import { changesSection, complianceSection, evidenceSection, filterBar, findingsSection, notCheckedSection, provenanceSection, sourcesSection, summarySection, waiversSection } from './sections';
import { coverageText } from '../gaps';
import { REPORT_CSS } from './style';

function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The page's policy: nothing but its own style and script; no network, frames, forms, plugins or base changes. */
export const REPORT_CSP = [
  "default-src 'none'",
  `script-src ${cspHash(REPORT_SCRIPT)}`,
  `style-src ${cspHash(REPORT_CSS)}`,
  "img-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function heading(model: ReportModel): RawHtml {
  const s = model.summary;
  const digest = model.digest ? html` · digest <code>${model.digest.value}</code>` : raw('');
  const git = model.run?.git ? html` · commit <code>${model.run.git.commit.slice(0, 12)}</code>${model.run.git.ref ? html` (${model.run.git.ref})` : raw('')}` : raw('');
  const coverage = coverageText(model);
  const coverageLine = coverage ? html`<p class="coverage"><b>Coverage:</b> ${coverage}</p>` : raw('');
  return html`<header><h1>plangate compliance report <span class="verdict ${model.verdict}">${model.verdict.toUpperCase()}</span></h1>${coverageLine}<p class="meta">${s.resources} resources · ${s.rules} rules · ${model.inputs.length} inputs · ${model.tool.name} ${model.tool.version} · generated ${model.generatedAt}${git}${digest}</p></header>`;
}

/** Builds the page. */
export function buildHtml(model: ReportModel): string {
  const policies = new Map<string, PolicyRecord>(model.policies.map((p) => [p.id, p]));
  const body = html`${heading(model)}
${notCheckedSection(model)}
${changesSection(model, policies)}
${summarySection(model)}
${complianceSection(model)}
${filterBar()}
${findingsSection(model, policies)}
${waiversSection(model, policies)}
${evidenceSection(model, policies)}
${sourcesSection(model)}
${provenanceSection(model)}`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>plangate report: ${model.verdict.toUpperCase()} (${model.generatedAt})</title>
<style>${REPORT_CSS}</style>
</head>
<body>
${body.value}
<script>${REPORT_SCRIPT}</script>
</body>
</html>
`;
}

/** Renders report.html. */
export const htmlRenderer: Renderer = {
  name: 'html',
  fileName: 'report.html',
  description: 'report.html: self-contained audit page (compliance matrix, filter, evidence, print layout)',
  render: (model) => buildHtml(model),
};
