// report.html without a browser: strict escaping, a CSP whose hashes match the page's own style and script,
// nothing fetched from anywhere, and the sections an auditor needs.
import { createHash } from 'node:crypto';
import { sealReport } from '../../src/report';
import { escapeHtml, html, raw } from '../../src/report/html/escape';
import { buildHtml, REPORT_CSP } from '../../src/report/html/render';
import { demoModel } from './report-fixtures';

const page = buildHtml(sealReport(demoModel()));

function inlineBlock(tag: 'script' | 'style'): string {
  const match = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(page);
  if (!match) throw new Error(`no <${tag}>`);
  return match[1];
}

const sha = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

test('the CSP allows exactly the page’s own script and style, and nothing else', () => {
  expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`);
  expect(REPORT_CSP).toContain("default-src 'none'");
  expect(REPORT_CSP).toContain(`script-src ${sha(inlineBlock('script'))}`);
  expect(REPORT_CSP).toContain(`style-src ${sha(inlineBlock('style'))}`);
  expect(page.match(/<script/g)).toHaveLength(1);
  expect(page.match(/<style/g)).toHaveLength(1);
});

test('nothing is fetched: no src, href, url() or @import', () => {
  // Inside tags only: escaped text may well say "src=".
  const tags = page.match(/<[a-zA-Z][^>]*>/g) ?? [];
  expect(tags.filter((t) => /\s(src|href|style|on[a-z]+)=/i.test(t))).toEqual([]);
  expect(inlineBlock('style')).not.toMatch(/url\(|@import/i);
});

test('hostile names and messages appear only escaped', () => {
  expect(page).not.toContain('<img');
  expect(page).not.toContain('<script>window.__pwned');
  expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
  expect(page).toContain('&quot;]]&gt;&lt;/x&gt;');
});

test.each([
  ['verdict', '<span class="verdict fail">FAIL</span>'],
  ['compliance matrix per framework', '<h3>ISO27001:2022</h3>'],
  ['chart', '<svg class="chart"'],
  ['waivers with approver and expiry', '<td>platform-lead@example.com</td><td>2026-12-15</td>'],
  ['passes collapsed', '<details id="evidence"><summary>14 passed checks</summary>'],
  ['input sha256', demoModel().inputs[0].sha256],
  ['policy sha256', demoModel().policies[0].sha256],
  ['remediation', '<b>Remediation:</b>'],
  ['tool version', 'plangate 0.1.0'],
  ['filter box', '<input id="q" type="search"'],
  ['print stylesheet', '@media print'],
])('shows the %s', (_what, fragment) => {
  expect(page).toContain(fragment);
});

test.each([
  [`<a href="x" onclick='y'>&amp;`, '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;amp;'],
  [42, '42'],
])('escapeHtml(%p)', (input, expected) => {
  expect(escapeHtml(input)).toBe(expected);
});

test('the html template escapes values unless they are built markup', () => {
  expect(html`<b title="${'"x"'}">${'<i>'}${raw('<i>ok</i>')}${undefined}</b>`.value).toBe('<b title="&quot;x&quot;">&lt;i&gt;<i>ok</i></b>');
});
