// Issue 19, what plangate prints and what it trusts: file names and messages never inject lines or terminal
// sequences (promise 10, with fast-check generators of hostile names and messages), `verify` recomputes every
// digest part and rejects duplicate keys (promise 14), and no error prints "[object Object]" (promise 19).
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { diagnostic, errorText, formatDiagnostic, printable } from '../../src/diagnostics';
import { readInputBytes } from '../../src/inputs';
import { canonicalJson, renderReport, sealReport, sha256Hex, verifyReport, type ReportModel } from '../../src/report';
import { escapeMarkdown } from '../../src/report/markdown-text';
import { hostileFileName, hostileMessage, manifestAround, RAW_CONTROL } from '../fuzz/hostile-text';
import { demoModel } from '../report/report-fixtures';
import { REPO, runCli, scratchDir } from './cli';

const scratch = scratchDir('hostile-output');
afterAll(() => scratch.remove());

describe('printed paths and messages (promise 10)', () => {
  test('a diagnostic is one line with no raw control character, whatever its file name and message', () => {
    fc.assert(
      fc.property(hostileFileName, hostileMessage, (file, message) => {
        const line = formatDiagnostic(diagnostic('input_error', message, { file, line: 3 }));
        return !RAW_CONTROL.test(line) && !line.includes('\n');
      }),
      { numRuns: 500, seed: 19 },
    );
  });

  test('Markdown cells carry no raw control character, no line break and no live mention or issue link', () => {
    fc.assert(
      fc.property(hostileMessage, (message) => {
        const cell = escapeMarkdown(message);
        // GitHub links `@name` and `#123` after a space or punctuation; an e-mail address's `@` is no mention.
        return !RAW_CONTROL.test(cell) && !/(^|[^\w.+-])(@|#\d)/.test(cell.replace(/&#\d+;/g, ' ')) && !cell.includes('\n');
      }),
      { numRuns: 500, seed: 19 },
    );
  });

  test('reading a hostile manifest under a hostile name gives only one-line diagnostics', () => {
    fc.assert(
      fc.property(hostileFileName, hostileMessage, (file, text) => {
        const outcome = readInputBytes(manifestAround(text), { path: file, named: true });
        return outcome.diagnostics.map(formatDiagnostic).every((l) => !RAW_CONTROL.test(l) && !l.includes('\n'));
      }),
      { numRuns: 200, seed: 19 },
    );
  });

  test('report.md keeps no raw ESC or NUL and no @mention from a result', () => {
    const model = demoModel();
    model.results[0] = { ...model.results[0], status: 'fail', message: 'pwned \u001b[31mred\u0000 cc @octocat and @org/admins' };
    const md = renderReport(model, 'markdown').toString();
    for (const line of md.split('\n')) expect(line).not.toMatch(RAW_CONTROL);
    expect(md).toContain(String.raw`pwned \x1b\[31mred\x00 cc &#64;octocat and &#64;org/admins`);
  });

  test('plangate policies prints a custom rule\'s hostile metadata escaped', async () => {
    const dir = join(scratch.dir, 'policies');
    mkdirSync(dir);
    writeFileSync(join(dir, 'evil.rego'), `# METADATA
# title: "fine\\n::error file=README.md,line=1::INJECTED \\e[31m"
# scope: package
# custom:
#   id: "evil\\r\\n::warning::x"
#   severity: low
#   category: "tag\\u001bging"
package plangate.rules.evil

import rego.v1

deny contains {"id": r.id, "msg": "m"} if some r in input.resources
`);
    const run = await runCli(['policies', '--no-builtin', '-p', join(dir, 'evil.rego')], { cwd: dir });
    expect(run.status).toBe(0);
    for (const line of run.stdout.split('\n')) expect(line).not.toMatch(RAW_CONTROL);
    expect(run.stdout.split('\n').some((l) => l.startsWith('::'))).toBe(false);
    expect(run.stdout).toContain('evil\\x0d\\x0a::warning::x');
  });
});

describe('verify (promise 14)', () => {
  const keys = generateKeyPairSync('ed25519');
  const pub = join(scratch.dir, 'pub.pem');
  let sealed: ReportModel;
  let text: string;

  beforeAll(() => {
    writeFileSync(pub, keys.publicKey.export({ type: 'spki', format: 'pem' }));
    sealed = sealReport(demoModel(), keys.privateKey);
    text = JSON.stringify(sealed, null, 2);
  });

  async function verify(content: string, name: string, withKey = false): Promise<{ status: number | null; stderr: string }> {
    const file = join(scratch.dir, `${name}.json`);
    writeFileSync(file, content);
    return runCli(['verify', file, ...(withKey ? ['--public-key', pub] : [])]);
  }

  test('the untouched report verifies', async () => {
    expect((await verify(text, 'intact', true)).status).toBe(0);
  });

  test('every single-character change inside digest.parts is detected', () => {
    const parts = sealed.digest!.parts!;
    for (const key of Object.keys(parts)) {
      for (let i = 0; i < parts[key].length; i++) {
        const flipped = parts[key][i] === '0' ? '1' : '0';
        const altered = { ...sealed, digest: { ...sealed.digest!, parts: { ...parts, [key]: parts[key].slice(0, i) + flipped + parts[key].slice(i + 1) } } };
        expect(verifyReport(JSON.parse(JSON.stringify(altered))).intact).toBe(false);
      }
    }
  });

  test('a removed or added part is detected too', async () => {
    const parts = { ...sealed.digest!.parts! };
    delete parts.results;
    const run = await verify(JSON.stringify({ ...sealed, digest: { ...sealed.digest, parts } }), 'removed-part');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/altered: digest\.parts no longer match the report: digest\.parts\.results/);
  });

  test('a duplicate "verdict" key inserted before the real one is rejected, with and without a key', async () => {
    const forged = text.replace(/\n {2}"verdict": "(\w+)",/, '\n  "verdict": "pass",\n  "verdict": "$1",');
    expect(forged).not.toBe(text);
    for (const withKey of [false, true]) {
      const run = await verify(forged, `duplicate-${withKey}`, withKey);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/altered: duplicate key "verdict" at line \d+: the report was edited/);
    }
  });

  test('the digest covers the canonical JSON of every field but digest and signature', () => {
    const { digest: _d, signature: _s, ...rest } = sealed;
    expect(sealed.digest!.value).toBe(sha256Hex(canonicalJson(rest)));
  });
});

describe('errors without a message (promise 19)', () => {
  test.each([
    [{ message: 'from a worker' }, 'from a worker'],
    [{ error: new Error('wrapped') }, 'wrapped'],
    [{ code: 'ERR_X' }, 'ERR_X'],
    [{ a: 1 }, '{"a":1}'],
    [{}, 'an error without a message'],
    [new Error('first\nsecond'), 'first'],
    ['plain', 'plain'],
  ])('errorText(%p) is %p, never [object Object]', (err, text) => {
    expect(errorText(err)).toBe(text);
  });

  test('printable leaves ordinary text alone', () => {
    expect(printable('plan.json: ünïcödé ✓')).toBe('plan.json: ünïcödé ✓');
  });

  test('no CLI error of the hostile runs prints [object Object]', async () => {
    const run = await runCli(['check', join(REPO, 'fixtures/demo/kubernetes/payments.yaml'), '-p', join(REPO, 'package.json')]);
    expect(run.stderr).not.toContain('[object Object]');
  });
});
