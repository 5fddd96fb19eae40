// --data as `opa -d` loads it: a named file at the root of data, a folder's files at their directory path, objects
// merged key by key, and a clash between two files an error naming the place.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PlangateError } from '../../src/diagnostics';
import { loadDataDocuments } from '../../src/engine/data-documents';

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'plangate-data-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('data documents', () => {
  test('folders load at their directory path, named files at the root, YAML and JSON alike', () => {
    const dir = tree({
      'data/registries/allowed.yaml': 'allowed: [a/, b/]\n',
      'data/teams/x.json': '{"owners": {"web": "ann"}}',
      'data/teams/y.yml': 'owners:\n  api: bob\n',
      'extra.json': '{"limits": {"cpu": 2}}',
    });
    expect(loadDataDocuments(['data', 'extra.json'], dir)).toEqual({
      registries: { allowed: ['a/', 'b/'] },
      teams: { owners: { web: 'ann', api: 'bob' } },
      limits: { cpu: 2 },
    });
  });

  test.each([
    ['two files give one key different values', { 'd/a.json': '{"x": 1}', 'd/b.json': '{"x": 2}' }, 'data merge conflict at data.x'],
    ['a file that is not valid JSON', { 'd/a.json': '{"x": ' }, 'data file is not valid JSON'],
    ['a YAML file with a syntax error', { 'd/a.yaml': 'a: [1\n' }, 'data file is not valid YAML'],
    ['a root document that is not an object', { 'd/a.json': '[1, 2]' }, 'a data document loaded at the root of data must be an object'],
  ])('%s is an error', (_name, files, message) => {
    const dir = tree(files);
    let thrown: unknown;
    try {
      loadDataDocuments(['d'], dir);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(PlangateError);
    expect((thrown as PlangateError).diagnostics[0].message).toContain(message);
  });

  test('a missing path is an error naming it', () => {
    expect(() => loadDataDocuments(['nowhere'], tmpdir())).toThrow('data path not found');
  });
});
