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

describe('a page a person reads', () => {
  const model = demoModel();
  const expiredFailure = { ...model.results.find((r) => r.status === 'fail')!, waiver: { reason: 'legacy bucket', approvedBy: 'a@example.com', expires: '2020-01-01' } };
  const page = buildHtml(sealReport({
    ...model,
    results: [...model.results, { ...expiredFailure, resource: { ...expiredFailure.resource, address: 'aws_s3_bucket.expired_waiver' } }],
    staleWaivers: [{ rule: 'PG_ENC_001', resource: 'aws_s3_bucket.gone', reason: 'old', approvedBy: 'a@example.com', expires: '2099-01-01', why: 'unmatched' }],
    policies: model.policies.map((p, i) => (i === 0 ? { ...p, controls: [{ framework: 'GDPR', id: 'Art.32' }, { framework: 'ISO27001:2022', id: 'A.8.24' }] } : p)),
  }));

  test('the waivers table lists active, expired and stale waivers with their state', () => {
    const waivers = page.slice(page.indexOf('<section id="waivers">'), page.indexOf('</section>', page.indexOf('<section id="waivers">')));
    expect(waivers).toContain('<span class="state active">active</span>');
    expect(waivers).toContain('<span class="state expired">expired</span>');
    expect(waivers).toContain('<span class="state unmatched">unmatched</span>');
    expect(waivers).toContain('legacy bucket');
  });

  test('controls carry their titles (GDPR articles, ISO/IEC 27001:2022 Annex A names)', () => {
    expect(page).toContain('GDPR Art.32 (Security of processing)');
    expect(page).toContain('ISO27001:2022 A.8.24 (Use of cryptography)');
  });

  test('identifiers wrap only after separators, never mid-word', () => {
    expect(page).not.toMatch(/word-break:\s*break-all;\s*}\s*\.verdict/);
    expect(page).toMatch(/\.mono, code \{[^}]*word-break: normal/);
    expect(page).toContain('aws_<wbr>s3_<wbr>bucket.<wbr>expired_<wbr>waiver');
  });
});
