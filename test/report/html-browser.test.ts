// report.html in real headless Chromium: the hashed script runs under the page's CSP without console errors,
// the filter narrows the rows, hostile strings stay text, and printing works; a 10,000-result page is measured.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { writeReports } from '../../src/report';
import { demoModel, generatedModel } from './report-fixtures';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = join(__dirname, 'artifacts');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let browser: Browser;

/** The few DOM members the page functions use (the project's tsconfig has no DOM library); page functions are
 * serialised into the page, so they reach globals through `globalThis` casts, never through helpers of this file. */
interface DomNode {
  hidden: boolean;
  open: boolean;
  value: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  closest(selector: string): DomNode | null;
  dispatchEvent(event: unknown): boolean;
}
interface DomGlobal {
  document: { querySelector(selector: string): DomNode; body: DomNode };
  performance: { now(): number; getEntriesByType(type: string): { domInteractive: number; domContentLoadedEventEnd: number; domComplete: number }[] };
  getComputedStyle(node: DomNode): { display: string };
  Event: new (type: string) => unknown;
  __pwned?: number;
}


beforeAll(async () => {
  // The CI script installs Chromium; without it this test must fail, never skip.
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (see .ci/run)`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
});

afterAll(async () => {
  await browser?.close();
});

interface Watch {
  errors: string[];
  dialogs: string[];
}

async function openReport(dir: string, model = demoModel()): Promise<{ page: Page; watch: Watch; file: string }> {
  const [file] = writeReports(model, ['html'], dir);
  const page = await browser.newPage();
  const watch: Watch = { errors: [], dialogs: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') watch.errors.push(m.text());
  });
  page.on('pageerror', (e) => watch.errors.push(e.message));
  page.on('dialog', (d) => {
    watch.dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('body[data-ready="yes"]', { timeout: 10000 });
  return { page, watch, file };
}

function visibleRows(page: Page): Promise<{ status: string; text: string }[]> {
  return page.$$eval('tr[data-s]', (elements) =>
    (elements as unknown as DomNode[]).filter((r) => !r.hidden && r.closest('[hidden]') === null).map((r) => ({ status: r.getAttribute('data-s') ?? '', text: (r.closest('[data-k]')?.getAttribute('data-k') ?? '') + ' ' + r.textContent })),
  );
}

async function filterBy(page: Page, query: string, status = '', severity = ''): Promise<void> {
  await page.selectOption('#fs', status);
  await page.selectOption('#fv', severity);
  await page.fill('#q', query);
  const filtering = query !== '' || status !== '' || severity !== '';
  await page.waitForFunction((want) => (globalThis as unknown as DomGlobal).document.body.getAttribute('data-filtered') === want, filtering ? 'yes' : 'no');
  await page.waitForTimeout(150);
}

describe('report.html in Chromium', () => {
  let page: Page;
  let watch: Watch;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    ({ page, watch } = await openReport(join(ARTIFACTS, 'demo')));
  });

  afterAll(async () => {
    await page?.close();
  });

  test('loads with its script running under the CSP and no console errors', async () => {
    expect(await page.textContent('#shown')).toMatch(/^\d+ rows$/);
    expect(watch.errors).toEqual([]);
  });

  test('the XSS probes are shown as text and never run', async () => {
    const body = await page.textContent('body');
    expect(body).toContain('<img src=x onerror=alert(1)>');
    expect(body).toContain('<script>window.__pwned=1</script>');
    expect(body).toContain('"]]></x>');
    expect(await page.evaluate(() => (globalThis as unknown as DomGlobal).__pwned)).toBeUndefined();
    expect(await page.$$eval('img', (imgs) => imgs.length)).toBe(0);
    expect(await page.$$eval('script', (s) => s.length)).toBe(1);
    expect(watch.dialogs).toEqual([]);
  });

  test.each([
    ['PG_WKL_002', '', '', (r: { text: string }) => r.text.includes('PG_WKL_002')],
    ['debug-shell', '', '', (r: { text: string }) => r.text.includes('debug-shell')],
    ['', 'waived', '', (r: { status: string }) => r.status === 'waived'],
    ['', 'pass', '', (r: { status: string }) => r.status === 'pass'],
    ['cis-k8s 5.2.1', '', '', (r: { text: string }) => r.text.toLowerCase().includes('cis-k8s 5.2.1')],
    ['', '', 'critical', () => true],
  ])('filter q=%p status=%p severity=%p narrows the rows', async (query, status, severity, predicate) => {
    await filterBy(page, '', '', '');
    const all = await visibleRows(page);
    await filterBy(page, query, status, severity);
    const shown = await visibleRows(page);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(all.length);
    expect(shown.every(predicate)).toBe(true);
    expect(await page.textContent('#shown')).toBe(`${shown.length} of ${all.length} rows match`);
  });

  test('a filter matching nothing hides every row and every rule group', async () => {
    await filterBy(page, 'no-such-resource-anywhere');
    expect(await visibleRows(page)).toEqual([]);
    expect(await page.$$eval('[data-group]', (g) => (g as unknown as DomNode[]).filter((x) => !x.hidden).length)).toBe(0);
    await filterBy(page, '');
  });

  test('passed checks are collapsed by default', async () => {
    const fresh = await browser.newPage();
    await fresh.goto(page.url());
    expect(await fresh.$eval('#evidence', (d) => (d as unknown as DomNode).open)).toBe(false);
    await fresh.close();
  });

  test('saves a screenshot and prints to PDF', async () => {
    await filterBy(page, '');
    await page.screenshot({ path: join(ARTIFACTS, 'report.png'), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    expect(await page.$eval('.filters', (f) => (globalThis as unknown as DomGlobal).getComputedStyle(f as unknown as DomNode).display)).toBe('none');
    await page.emulateMedia({ media: 'screen' });
    const pdf = join(ARTIFACTS, 'report.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    expect(statSync(pdf).size).toBeGreaterThan(10000);
    expect(watch.errors).toEqual([]);
  });
});

test('a 10,000-result report stays under 10 MB and becomes interactive quickly', async () => {
  const model = generatedModel(10000);
  const renderStart = performance.now();
  const { page, watch, file } = await openReport(join(ARTIFACTS, 'large'), model);
  const total = performance.now() - renderStart;
  const size = statSync(file).size;
  const timing = await page.evaluate(() => {
    const nav = (globalThis as unknown as DomGlobal).performance.getEntriesByType('navigation')[0];
    return { interactive: nav.domInteractive, loaded: nav.domContentLoadedEventEnd, complete: nav.domComplete };
  });
  // The filter runs synchronously on `change`: time it inside the page.
  const filterMs = await page.evaluate(() => {
    const g = (globalThis as unknown as DomGlobal);
    const select = g.document.querySelector('#fs');
    select.value = 'fail';
    const t0 = g.performance.now();
    select.dispatchEvent(new g.Event('change'));
    return g.performance.now() - t0;
  });
  const shown = await visibleRows(page);
  expect(shown.length).toBe(model.results.filter((r) => r.status === 'fail').length);
  expect(size).toBeLessThan(10 * 1024 * 1024);
  expect(watch.errors).toEqual([]);
  process.stdout.write(
    `report.html, 10,000 results: ${(size / 1024 / 1024).toFixed(2)} MB; DOM interactive ${Math.round(timing.interactive)} ms, ` +
      `DOMContentLoaded ${Math.round(timing.loaded)} ms, complete ${Math.round(timing.complete)} ms; status filter ${Math.round(filterMs)} ms; ` +
      `render+write+load ${Math.round(total)} ms\n`,
  );
  await page.close();
});
