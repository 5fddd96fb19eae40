// compileRego with a cache directory: a hit returns the module, entrypoints and metadata of the first compile
// without parsing or compiling again (the parse summary is cached beside the module).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileRego } from '../../src/rego';
import * as parser from '../../src/rego/parser';

const SOURCES = [{
  path: 'p.rego',
  source: '# METADATA\n# title: P\n# custom:\n#   id: p-rule\npackage p\n\nimport rego.v1\n\n# METADATA\n# entrypoint: true\nallow if input.x == 1\n',
}];

describe('compileRego cache hits', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'plangate-compile-hit-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    jest.restoreAllMocks();
  });

  test('a hit returns the same module, entrypoints and metadata without parsing', () => {
    const first = compileRego(SOURCES, { entrypoints: ['p'], cacheDir: dir });
    const parse = jest.spyOn(parser, 'parseModule');
    const second = compileRego(SOURCES, { entrypoints: ['p'], cacheDir: dir });
    expect(parse).not.toHaveBeenCalled();
    expect(Buffer.from(second.wasm).equals(Buffer.from(first.wasm))).toBe(true);
    expect(second.entrypoints).toEqual({ p: 0, 'p/allow': 1 });
    expect(second.entrypoints).toEqual(first.entrypoints);
    expect(second.metadata).toEqual(JSON.parse(JSON.stringify(first.metadata)));
    expect(second.metadata.map((a) => a.title ?? a.target.kind)).toEqual(['P', 'rule']);
  });

  test('other entrypoints miss the cache and parse', () => {
    compileRego(SOURCES, { entrypoints: ['p'], cacheDir: dir });
    const parse = jest.spyOn(parser, 'parseModule');
    const other = compileRego(SOURCES, { entrypoints: ['p/allow'], cacheDir: dir });
    expect(parse).toHaveBeenCalled();
    expect(other.entrypoints).toEqual({ 'p/allow': 0 });
  });
});
