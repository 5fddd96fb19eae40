// The data the tests need is inside the repository: the real-world fixtures match their PROVENANCE.md byte for byte
// (git blob ids), the OPA conformance cases carry their provenance and licence, and no test, source, script or
// benchmark reaches for the shared folder beside the repository, which a user's clone does not have.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const REPO_ROOT = join(__dirname, '..', '..');
const REAL = join(REPO_ROOT, 'fixtures', 'real');
const CASES = join(REPO_ROOT, 'test', 'conformance', 'cases');

/** The id git gives a file's bytes (`git hash-object`). */
function gitBlobId(bytes: Buffer): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** PROVENANCE.md's rows: the folder of their section, the file, and the git blob id prefix. */
function provenanceRows(): { file: string; blob: string }[] {
  const rows: { file: string; blob: string }[] = [];
  let section = '';
  for (const line of readFileSync(join(REAL, 'PROVENANCE.md'), 'utf8').split('\n')) {
    const heading = /^## (\w+)\/$/.exec(line);
    if (heading) section = heading[1];
    const cells = line.split('|').map((c) => c.trim());
    if (section === '' || cells.length < 8 || !/^`[^`]+`$/.test(cells[1]) || !/^`[0-9a-f]{12}`$/.test(cells[5])) continue;
    rows.push({ file: `${section}/${cells[1].slice(1, -1)}`, blob: cells[5].slice(1, -1) });
  }
  return rows;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

describe('fixtures/real', () => {
  const rows = provenanceRows();

  test('PROVENANCE.md lists every file, and every listed file is here', () => {
    const present = ['terraform', 'kubernetes'].flatMap((d) => readdirSync(join(REAL, d)).map((f) => `${d}/${f}`)).sort();
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.map((r) => r.file).sort()).toEqual(present);
  });

  test('each file is byte for byte the one PROVENANCE.md names (git blob id)', () => {
    const mismatched = rows.filter((r) => !gitBlobId(readFileSync(join(REAL, r.file))).startsWith(r.blob));
    expect(rows.length).toBeGreaterThan(20);
    expect(mismatched).toEqual([]);
  });

  test('the licences are carried: Apache-2.0 by the repository LICENSE, MIT with its notice', () => {
    const licences = readFileSync(join(REAL, 'LICENSES.md'), 'utf8');
    expect(licences).toContain('Copyright (c) 2017-2018 Emre Erkunt');
    expect(licences).toContain('The above copyright notice and this permission notice shall be included');
    expect(readFileSync(join(REPO_ROOT, 'LICENSE'), 'utf8')).toContain('Apache License');
  });
});

describe('test/conformance/cases', () => {
  test("OPA's cases are here with their provenance and licence", () => {
    const provenance = readFileSync(join(CASES, 'PROVENANCE.md'), 'utf8');
    expect(provenance).toContain('7eb802aa5096592b98d2af890af4509d14f478e9');
    expect(provenance).toContain('Apache License 2.0, Copyright the OPA Authors');
    const yaml = filesUnder(join(CASES, 'opa-v1')).filter((f) => f.endsWith('.yaml'));
    expect(yaml.length).toBeGreaterThan(500);
    for (const tier of ['core', 'builtins']) expect(yaml.some((f) => f.includes(`/opa-v1/${tier}/`))).toBe(true);
  });
});

describe('self-contained', () => {
  test('the contract the tests read is in the repository', () => {
    expect(existsSync(join(REPO_ROOT, 'docs', 'CONTRACT.md'))).toBe(true);
  });

  test('no test, source, script or benchmark refers to the shared folder beside the repository', () => {
    const outside = /\.\.[/\\]shared\b|['"]\.\.['"],\s*['"]shared['"]/;
    const offenders = ['test', 'src', 'scripts', 'bench']
      .flatMap((d) => filesUnder(join(REPO_ROOT, d)))
      .filter((f) => /\.(ts|mts|cts|js|mjs|cjs|json|md)$/.test(f) && !f.includes(`${join('test', 'conformance', 'cases')}`) && !f.includes('generated'))
      .filter((f) => outside.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
