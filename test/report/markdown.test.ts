// report.md: capped at 65,536 characters (saying what it cut), failures beyond 50 collapsed, strict escaping.
import { sealReport } from '../../src/report';
import { buildMarkdown, MARKDOWN_LIMIT } from '../../src/report/markdown';
import { escapeMarkdown } from '../../src/report/markdown-text';
import { demoModel, generatedModel, makeResult } from './report-fixtures';

test('100,000 failures fit in 65,536 characters and the cut is stated', () => {
  const model = generatedModel(0);
  model.results = Array.from({ length: 100000 }, (_, i) => makeResult(i, 'fail'));
  model.summary = { ...model.summary, failed: 100000, resources: 100000 };
  const md = buildMarkdown(sealReport(model));
  expect(md.length).toBeLessThanOrEqual(MARKDOWN_LIMIT);
  expect(md.length).toBeGreaterThan(MARKDOWN_LIMIT - 3000);
  const shown = md.split('\n').filter((l) => l.startsWith('| ') && /PG\\_GEN/.test(l)).length;
  expect(md).toContain(`_${100000 - shown} failures not shown: this summary is capped at 65536 characters`);
  // Every opened <details> is closed, so the comment renders.
  expect(md.split('<details>').length).toBe(md.split('</details>').length);
});

test('the first 50 failures are visible and the rest inside <details>', () => {
  const model = generatedModel(0);
  model.results = Array.from({ length: 120 }, (_, i) => makeResult(i, 'fail'));
  model.summary = { ...model.summary, failed: 120 };
  const md = buildMarkdown(sealReport(model));
  const [before, after] = md.split('<details><summary>70 more</summary>');
  expect(after).toBeDefined();
  expect(before.split('\n').filter((l) => /^\| \w+ \| PG/.test(l))).toHaveLength(50);
  expect(after.split('</details>')[0].split('\n').filter((l) => /^\| \w+ \| PG/.test(l))).toHaveLength(70);
  expect(md).not.toMatch(/not shown/);
});

test.each([
  ['pipes split no cells', 'a|b', 'a\\|b'],
  ['backticks open no code', '`rm -rf`', '\\`rm -rf\\`'],
  ['HTML stays text', '<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
  ['entities are not decoded', '&lt;', '&amp;lt;'],
  ['links are not formed', '[x](https://evil)', '\\[x\\](https://evil)'],
  ['newlines do not end rows', 'a\nb\r\nc', 'a b c'],
  ['backslashes stay', 'a\\|', 'a\\\\\\|'],
])('escapeMarkdown: %s', (_name, input, expected) => {
  expect(escapeMarkdown(input)).toBe(expected);
});

test('the demo model: verdict, counts, failures, waivers; every table row has the same number of cells', () => {
  const md = buildMarkdown(sealReport(demoModel()));
  expect(md.startsWith('## plangate: ❌ **FAIL**')).toBe(true);
  expect(md).toContain('| 14 | 12 | 3 | 2 | 1 |');
  expect(md).toContain('### Waivers (3 applied, 2 stale)');
  for (const table of md.split('\n\n').filter((b) => b.startsWith('|'))) {
    const rows = table.split('\n').filter(Boolean);
    // Unescaped pipes only: an escaped \| is cell content.
    const cells = rows.map((r) => r.replace(/\\\\/g, '').replace(/\\\|/g, '').split('|').length);
    expect(new Set(cells).size).toBe(1);
  }
});
