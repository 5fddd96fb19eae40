// Issue 19, inputs: what a pull request's files may do to the reader. Each case reproduced a broken promise before
// the change (a hang, unbounded memory, a crash, a silent acceptance, a secret printed) and now ends in one clear
// input_error, within a time bound, while the other inputs of the run are still read.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readInputsSync, REDACTED } from '../../src/inputs';
import { formatDiagnostic } from '../../src/diagnostics';
import { REPO, scratchDir } from './cli';
import { amplifyingAliases, everythingSensitivePlan, manyAnchors, oddSecrets, SECRET, writeLongStringPlan } from './hostile-corpus';

const scratch = scratchDir('hostile-inputs');
afterAll(() => scratch.remove());

const GOOD = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: prd-good\n';

/** A fresh folder holding the good manifest plus `files`. */
function folder(name: string): string {
  const dir = join(scratch.dir, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'good.yaml'), GOOD);
  return dir;
}

function timed<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = run();
  return { value, ms: performance.now() - started };
}

describe('files that are not regular files (promises 1 and 2)', () => {
  test.each([
    ['a link to /dev/zero named like a plan', (dir: string) => symlinkSync('/dev/zero', join(dir, 'evil.plan.json')), 'evil.plan.json', /symbolic link to a file outside the checked folder; not read/],
    ['a link out of the walked folder', (dir: string) => symlinkSync('/etc/hostname', join(dir, 'outside.yaml')), 'outside.yaml', /outside the checked folder/],
    ['a FIFO inside the walked folder', (dir: string) => execFileSync('mkfifo', [join(dir, 'pipe.yaml')]), 'pipe.yaml', /not a regular file but a FIFO \(named pipe\)/],
  ])('%s is refused without reading it, and the good file is read', (_name, make, file, reason) => {
    const dir = folder(file.replace(/\W/g, '-'));
    make(dir);
    const { value, ms } = timed(() => readInputsSync(['.'], { cwd: dir }));
    expect(value.inputs.map((i) => i.path)).toEqual(['good.yaml']);
    expect(value.diagnostics).toEqual([expect.objectContaining({ code: 'input_error', location: { file }, message: expect.stringMatching(reason) })]);
    expect(ms).toBeLessThan(5000);
  });

  test('a link inside the walked folder is followed', () => {
    const dir = folder('inside-link');
    symlinkSync('good.yaml', join(dir, 'alias.yaml'));
    expect(readInputsSync(['alias.yaml'], { cwd: dir }).inputs).toHaveLength(1);
  });

  test('a named device and a named FIFO are refused without blocking', () => {
    const dir = folder('named');
    execFileSync('mkfifo', [join(dir, 'named.yaml')]);
    const { value, ms } = timed(() => readInputsSync(['/dev/zero', 'named.yaml', 'good.yaml'], { cwd: dir }));
    expect(value.diagnostics.map(formatDiagnostic)).toEqual([
      '/dev/zero: input_error: not a regular file but a character device; not read',
      'named.yaml: input_error: not a regular file but a FIFO (named pipe); not read',
    ]);
    expect(value.inputs).toHaveLength(1);
    expect(ms).toBeLessThan(5000);
  });

  test('.tf sources that are FIFOs or links to devices are skipped: the plan beside them is read with its lines', () => {
    const dir = join(scratch.dir, 'tf-traps');
    mkdirSync(dir);
    for (const f of ['plan.json', 'main.tf']) copyFileSync(join(REPO, 'fixtures', 'demo', 'terraform', f), join(dir, f));
    symlinkSync('/dev/zero', join(dir, '.hidden.tf'));
    execFileSync('mkfifo', [join(dir, 'fifo.tf')]);
    const { value, ms } = timed(() => readInputsSync(['plan.json'], { cwd: dir }));
    expect(value.diagnostics).toEqual([]);
    expect(value.document.resources.some((r) => r.sourceFile === 'main.tf')).toBe(true);
    expect(ms).toBeLessThan(5000);
  });

  test('the size limit is checked before reading and named in the error', () => {
    const dir = folder('size');
    const { diagnostics } = readInputsSync(['good.yaml'], { cwd: dir, maxFileBytes: 10 });
    expect(diagnostics[0].message).toBe('file is 58 bytes, larger than the 10-byte limit (--max-input-size); refused before reading');
  });
});

describe('sizes that crashed the run (promise 3)', () => {
  test('a plan holding a 300 MB string is refused before it is parsed', () => {
    const file = join(scratch.dir, 'long.plan.json');
    writeLongStringPlan(file, 300 * 1024 * 1024);
    const before = process.memoryUsage().rss;
    const { value, ms } = timed(() => readInputsSync([file]));
    expect(value.diagnostics.map((d) => d.message)).toEqual([`a string of ${300 * 1024 * 1024} bytes, longer than the 67108864-character limit; refused`]);
    expect(value.diagnostics[0].location).toMatchObject({ line: 1 });
    expect(ms).toBeLessThan(30_000);
    // The file's bytes alone: neither decoded to text nor parsed.
    expect(process.memoryUsage().rss - before).toBeLessThan(450 * 1024 * 1024);
  }, 60_000);
});

describe('YAML that is slow or amplifies (promises 4 and 5)', () => {
  test('100,000 anchors (2.4 MB) are refused in seconds, not minutes', () => {
    const dir = folder('anchors');
    writeFileSync(join(dir, 'anchors.yaml'), manyAnchors(100_000));
    const { value, ms } = timed(() => readInputsSync(['.'], { cwd: dir }));
    expect(value.diagnostics.map(formatDiagnostic)).toEqual([expect.stringMatching(/^anchors\.yaml:\d+:\d+: input_error: YAML document has more than 10000 anchors; refused$/)]);
    expect(value.inputs).toHaveLength(1);
    expect(ms).toBeLessThan(30_000);
  }, 60_000);

  test('a mapping of 50,000 keys is read in linear time, and a duplicate among them is still found', () => {
    const keys = Array.from({ length: 50_000 }, (_, i) => `  k${i}: v`).join('\n');
    const dir = folder('many-keys');
    writeFileSync(join(dir, 'many.yaml'), `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: many\ndata:\n${keys}\n  k7: again\n`);
    const { value, ms } = timed(() => readInputsSync(['many.yaml'], { cwd: dir }));
    expect(value.diagnostics.map(formatDiagnostic)).toEqual(['many.yaml:50006:3: input_error: YAML syntax error: Map keys must be unique']);
    expect(ms).toBeLessThan(20_000);
  }, 60_000);

  test('99 aliases of a 6 MB anchor are refused by their expanded size; the other inputs are read', () => {
    const dir = folder('amplify');
    writeFileSync(join(dir, 'amplify.yaml'), amplifyingAliases());
    const { value } = timed(() => readInputsSync(['.'], { cwd: dir }));
    expect(value.diagnostics).toEqual([expect.objectContaining({ code: 'input_error', message: expect.stringMatching(/^YAML aliases expand the document by \d+ bytes, more than the 16777216-byte limit; refused$/) })]);
    expect(value.inputs.map((i) => i.path)).toEqual(['good.yaml']);
  });

  test('parsing stops at the deadline (--timeout covers reading)', () => {
    const dir = folder('deadline');
    writeFileSync(join(dir, 'slow.yaml'), manyAnchors(5_000));
    const { value } = timed(() => readInputsSync(['slow.yaml', 'good.yaml'], { cwd: dir, deadline: Date.now() - 1 }));
    expect(value.diagnostics.map(formatDiagnostic)).toEqual([expect.stringMatching(/^slow\.yaml:\d+:\d+: input_error: parsing stopped: the run passed its --timeout while reading this file$/)]);
  });
});

describe('inputs that crashed or leaked (promises 8, 13, 15, 19)', () => {
  test('after_sensitive: true and sensitive_values: true redact every attribute and keep the object', () => {
    const dir = folder('sensitive');
    writeFileSync(join(dir, 'all.plan.json'), everythingSensitivePlan());
    const { value } = timed(() => readInputsSync(['all.plan.json'], { cwd: dir }));
    expect(value.diagnostics).toEqual([]);
    const db = value.document.resources[0];
    expect(db.values).toEqual({ identifier: REDACTED, password: REDACTED, tags: REDACTED });
    expect(db.sensitive).toEqual({ identifier: true, password: true, tags: true });
    expect(JSON.stringify(value.document)).not.toContain(SECRET);
  });

  test('a Secret whose stringData is a scalar or whose data is a list is redacted whole', () => {
    const dir = folder('secrets');
    writeFileSync(join(dir, 'odd.yaml'), oddSecrets());
    const value = readInputsSync(['odd.yaml'], { cwd: dir });
    expect(value.document.resources.map((r) => [r.address, r.values.stringData ?? r.values.data])).toEqual([
      ['Secret/default/scalar-string-data', REDACTED],
      ['Secret/default/list-data', REDACTED],
    ]);
    expect(JSON.stringify(value.document)).not.toContain(SECRET);
  });

  test('duplicate keys in a plan are refused naming the key and its line', () => {
    const dir = folder('dup');
    writeFileSync(join(dir, 'dup.plan.json'), '{"format_version":"1.2",\n"terraform_version":"1.6.0",\n"format_version":"1.2","resource_changes":[]}\n');
    expect(readInputsSync(['dup.plan.json'], { cwd: dir }).diagnostics.map(formatDiagnostic)).toEqual([
      'dup.plan.json:3:1: input_error: duplicate key "format_version" in one object: keys must be unique',
    ]);
  });

  test.each([
    ['an unexpected token', `{"format_version": "1.2", "password": ${SECRET} }`, 'dup.json:1:39: input_error: invalid JSON: an unexpected character'],
    ['a bad escape', `{"format_version": "1.2", "password": "${SECRET}\\q"}`, 'dup.json:1:60: input_error: invalid JSON: an invalid escape sequence inside a string'],
    ['text after the document', `{"format_version": "1.2"} ${SECRET}`, 'dup.json:1:27: input_error: invalid JSON: more text after the end of the document'],
    ['a truncated string', `{"format_version": "1.2", "password": "${SECRET}`, 'dup.json:1:59: input_error: invalid JSON: the text ends before the document is complete (truncated?)'],
  ])('a JSON syntax error (%s) prints its position and never the text around it', (_name, text, expected) => {
    const dir = folder(`syntax-${_name.replace(/\W/g, '-')}`);
    writeFileSync(join(dir, 'dup.json'), text);
    const lines = readInputsSync(['dup.json'], { cwd: dir }).diagnostics.map(formatDiagnostic);
    expect(lines).toEqual([expected]);
    expect(lines.join('\n')).not.toMatch(/hunter|SECRET|7f3a/);
  });
});
