// HTML safety end to end: a REAL `plangate check` over inputs whose names, labels, addresses, file paths and
// policy messages carry HTML/JS payloads writes a report.html that headless Chromium shows as text: no payload
// runs, no element is injected, and the CSP admits only the page's own hashed script.
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { REPO, runCli, scratchDir } from './cli';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const HOSTILE_DIR = '<img src=x onerror=window.__pwned=20>"\'';

interface DomGlobal {
  __pwned?: number;
  document: { querySelectorAll(s: string): { length: number }; body: { textContent: string | null } };
}

const scratch = scratchDir('html');
let browser: Browser;
let page: Page;
const errors: string[] = [];
const dialogs: string[] = [];
let html: string;
let inputDir: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium`);
  // The inputs sit in a directory whose name is a payload too, so file paths in the report are hostile.
  inputDir = join(scratch.dir, HOSTILE_DIR);
  mkdirSync(inputDir, { recursive: true });
  cpSync(join(REPO, 'fixtures/hostile/inputs'), inputDir, { recursive: true });
  const out = join(scratch.dir, 'out');
  const run = await runCli(['check', HOSTILE_DIR, '-p', join(REPO, 'fixtures/hostile/policies/hostile-message.rego'), '-f', 'html,json', '-o', out], { cwd: scratch.dir });
  expect(run.status).toBe(1);
  html = readFileSync(join(out, 'report.html'), 'utf8');
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  page = await browser.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(pathToFileURL(join(out, 'report.html')).href);
  await page.waitForSelector('body[data-ready="yes"]', { timeout: 10000 });
}, 90_000);

afterAll(async () => {
  await browser?.close();
  scratch.remove();
});

describe('report.html of a hostile run', () => {
  test('no payload ran and no element was injected', async () => {
    // Hover and click everything a payload could hang on.
    for (const selector of ['td', 'summary', 'a', 'code']) {
      for (const handle of (await page.$$(selector)).slice(0, 40)) await handle.hover().catch(() => undefined);
    }
    expect(await page.evaluate(() => (globalThis as unknown as DomGlobal).__pwned)).toBeUndefined();
    const counts = await page.evaluate(() => {
      const d = (globalThis as unknown as DomGlobal).document;
      return { script: d.querySelectorAll('script').length, img: d.querySelectorAll('img').length, svg: d.querySelectorAll('svg[onload]').length, iframe: d.querySelectorAll('iframe').length, b: d.querySelectorAll('b[onmouseover]').length, js: d.querySelectorAll('a[href^="javascript:"]').length };
    });
    expect(counts).toEqual({ script: 1, img: 0, svg: 0, iframe: 0, b: 0, js: 0 });
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('every payload is shown as text', async () => {
    const text = (await page.evaluate(() => (globalThis as unknown as DomGlobal).document.body.textContent)) ?? '';
    for (const payload of [
      'Namespace/<img src=x onerror=window.__pwned=1>',
      '"><svg onload=window.__pwned=4>',
      'aws_s3_bucket.logs["\\"><script>window.__pwned=6</script>"]',
      '<script>window.__pwned=12</script><img src=x onerror=window.__pwned=13>',
      HOSTILE_DIR,
    ]) {
      expect({ payload, shown: text.includes(payload) }).toEqual({ payload, shown: true });
    }
  });

  test('the CSP allows only the hashed own script: no inline handlers, no unsafe-inline, no remote sources', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    // The raw bytes hold no live tag from the inputs: every '<' of a payload is escaped.
    expect(html).not.toMatch(/<img|<svg[^>]*onload|<iframe|<script>window|<b onmouseover|<a href=javascript/);
  });
});
