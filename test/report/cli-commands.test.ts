// The report, verify and merge commands through the CLI entry (in process): outputs, exit codes, messages.
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { useColor } from '../../src/cli/report-command';
import { writeReports } from '../../src/report';
import { baselineModel, demoModel, expectValidReport } from './report-fixtures';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(...args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += chunk.toString();
    return true;
  });
  const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += chunk.toString();
    return true;
  });
  try {
    const code = await main(['node', 'plangate', ...args]);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

function savedReport(): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'plangate-cli-'));
  writeReports(demoModel(), ['json'], dir);
  return { dir, file: join(dir, 'report.json') };
}

describe('plangate verify', () => {
  test('an intact report exits 0', async () => {
    const { file } = savedReport();
    expect(await run('verify', file)).toEqual({ code: 0, stdout: `${file}: intact\n`, stderr: '' });
  });

  test.each([
    ['a result message', (t: string) => t.replace('Container `api` does not set runAsNonRoot', 'Container `api` is fine'), /changed: results/],
    ['an input digest', (t: string) => t.replace(/("sha256": ")([0-9a-f])/, (_m, a: string, c: string) => a + (c === '0' ? '1' : '0')), /changed: inputs/],
    ['a policy digest', (t: string) => t.replace(/("source": "builtin",\n\s+"sha256": ")([0-9a-f])/, (_m, a: string, c: string) => a + (c === '0' ? '1' : '0')), /changed: policies/],
    ['a byte that breaks the JSON', (t: string) => t.replace('"results": [', '"results": ['.replace('[', '{')), /not valid JSON any more/],
  ])('changing %s exits 1 and says what changed', async (_what, tamper, message) => {
    const { file } = savedReport();
    const text = readFileSync(file, 'utf8');
    const changed = tamper(text);
    expect(changed).not.toBe(text);
    writeFileSync(file, changed);
    const result = await run('verify', file);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
  });

  test('signature round trip through --sign-key and --public-key', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plangate-keys-'));
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const other = generateKeyPairSync('ed25519');
    writeFileSync(join(dir, 'private.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }));
    writeFileSync(join(dir, 'public.pem'), publicKey.export({ type: 'spki', format: 'pem' }));
    writeFileSync(join(dir, 'other.pem'), other.publicKey.export({ type: 'spki', format: 'pem' }));
    const { file } = savedReport();
    const out = join(dir, 'signed');
    expect((await run('report', file, '-f', 'json', '-o', out, '--sign-key', join(dir, 'private.pem'))).code).toBe(0);
    const signed = join(out, 'report.json');
    expect(JSON.parse(readFileSync(signed, 'utf8')).signature.algorithm).toBe('ed25519');
    expect((await run('verify', signed, '--public-key', join(dir, 'public.pem'))).code).toBe(0);
    const wrong = await run('verify', signed, '--public-key', join(dir, 'other.pem'));
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/signed by key/);
    expect((await run('verify', file, '--public-key', join(dir, 'public.pem'))).stderr).toMatch(/the report is not signed/);
  });

  test('a missing file is an input error (exit 3), not "altered"', async () => {
    const result = await run('verify', '/nonexistent/report.json');
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/^\/nonexistent\/report.json: io_error: cannot read report/);
  });
});

describe('plangate report', () => {
  test('renders every file format from a saved report, keeping its digest', async () => {
    const { file, dir } = savedReport();
    const out = join(dir, 'again');
    const result = await run('report', file, '-f', 'json,html,sarif,junit,markdown', '-o', out);
    expect(result.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['report.html', 'report.json', 'report.junit.xml', 'report.md', 'report.sarif']);
    expect(readFileSync(join(out, 'report.json'), 'utf8')).toBe(readFileSync(file, 'utf8'));
  });

  test('text goes to stdout, plain when not a terminal', async () => {
    const { file } = savedReport();
    const result = await run('report', file);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Verdict: FAIL\n/);
    expect(result.stdout).not.toContain('\u001b');
  });

  test('--baseline marks changes and re-seals a valid report', async () => {
    const { file, dir } = savedReport();
    writeReports(baselineModel(), ['json'], join(dir, 'base'));
    const out = join(dir, 'marked');
    expect((await run('report', file, '--baseline', join(dir, 'base', 'report.json'), '-f', 'json,markdown', '-o', out)).code).toBe(0);
    const marked = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expectValidReport(marked);
    expect(marked.baseline.counts).toEqual({ new: 1, unchanged: 12, fixed: 2 });
    expect((await run('verify', join(out, 'report.json'))).code).toBe(0);
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain('### Changes since baseline');
  });

  test('an altered report is not re-rendered', async () => {
    const { file, dir } = savedReport();
    writeFileSync(file, readFileSync(file, 'utf8').replace('"verdict": "fail"', '"verdict": "pass"'));
    const result = await run('report', file, '-f', 'html', '-o', join(dir, 'x'));
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('the report was altered');
  });

  test.each([
    [['-f', 'pdf'], /unknown report format "pdf"; choose from text, json, html, sarif, junit, markdown/],
    [['-f', 'html'], /--output-dir is needed for html/],
  ])('usage errors exit 2: %p', async (args, message) => {
    const { file } = savedReport();
    const result = await run('report', file, ...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  test('--help lists the formats from the registry', async () => {
    const result = await run('report', '--help');
    for (const name of ['text', 'json', 'html', 'sarif', 'junit', 'markdown']) expect(result.stdout).toContain(`  ${name} `);
  });
});

describe('plangate merge', () => {
  test('merges files and folders into every format', async () => {
    const a = savedReport();
    const b = savedReport();
    const out = join(a.dir, 'merged');
    const result = await run('merge', a.file, b.dir, '-o', out);
    expect(result.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['report.html', 'report.json', 'report.junit.xml', 'report.md', 'report.sarif']);
    const merged = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expectValidReport(merged);
    expect(merged.merge.reports).toBe(2);
    expect(merged.summary.failed).toBe(24);
    expect((await run('verify', join(out, 'report.json'))).code).toBe(0);
  });

  test('a path that does not exist is an input error', async () => {
    const result = await run('merge', '/nonexistent/dir', '-o', mkdtempSync(join(tmpdir(), 'x-')));
    expect(result.code).toBe(3);
  });
});

test.each([
  [true, {}, true, true],
  [true, { NO_COLOR: '1' }, true, false],
  [true, { NO_COLOR: '' }, true, true],
  [true, {}, false, false],
  [false, {}, true, false],
])('useColor(flag=%p, env=%p, tty=%p) = %p', (flag, env, tty, expected) => {
  expect(useColor(flag, env, { isTTY: tty })).toBe(expected);
});
