// Small runs of the built-in library are evaluated in this thread; everything else in workers. Both places must give
// the same results, and the decision must never treat a large, unusual or unreadable input as small.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluationPlace, inputsAreSmall, IN_THREAD_MAX_INPUT_BYTES } from '../../src/engine/evaluation-place';
import { loadLibrary } from '../../src/engine/library';
import type { PolicySet } from '../../src/engine/policy-set';
import { startEvaluation } from '../../src/engine/worker-evaluate';
import { DEFAULT_LIMITS } from '../../src/engine/worker-protocol';
import { shareDocumentJson, readInputs } from '../../src/inputs';

const DEMO = join(__dirname, '..', '..', 'fixtures', 'demo');

describe('inputsAreSmall', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'plangate-place-'));
    writeFileSync(join(dir, 'a.yaml'), 'kind: Namespace\n');
    mkdirSync(join(dir, 'tree'));
    writeFileSync(join(dir, 'tree', 'b.yaml'), 'kind: Namespace\n');
    writeFileSync(join(dir, 'big.json'), Buffer.alloc(IN_THREAD_MAX_INPUT_BYTES + 1, 32));
    mkdirSync(join(dir, 'wide'));
    for (let i = 0; i < 300; i++) writeFileSync(join(dir, 'wide', `${i}.yaml`), '');
    symlinkSync('/dev/zero', join(dir, 'zero.json'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each([
    ['one small file', ['a.yaml'], true],
    ['a small folder', ['tree'], true],
    ['files and folders together', ['a.yaml', 'tree'], true],
    ['a file over the limit', ['big.json'], false],
    ['small files adding up over the limit', ['a.yaml', 'big.json'], false],
    ['a folder with too many entries to count cheaply', ['wide'], false],
    ['a symlink (to a device)', ['zero.json'], false],
    ['a path that does not exist (a glob)', ['*.yaml'], false],
    ['no path', [], false],
  ])('%s', (_name, paths, small) => {
    expect(inputsAreSmall(paths, dir)).toBe(small);
  });
});

describe('evaluationPlace', () => {
  const rule = (source: 'builtin' | 'custom') => ({ source }) as PolicySet['rules'][number];
  const set = (...sources: ('builtin' | 'custom')[]) => ({ rules: sources.map(rule) }) as PolicySet;

  test.each([
    ['the built-in library over small inputs', set('builtin', 'builtin'), true, 'thread'],
    ['the built-in library over large inputs', set('builtin'), false, 'workers'],
    ["a user's policies, however small the inputs", set('custom'), true, 'workers'],
    ['a set mixing both', set('builtin', 'custom'), true, 'workers'],
    ['an empty set', set(), true, 'workers'],
  ])('%s', (_name, policySet, small, place) => {
    expect(evaluationPlace(policySet, small)).toBe(place);
  });
});

describe('the two places', () => {
  test('give the built-in library the same outputs over the demo', async () => {
    const library = loadLibrary();
    const read = await readInputs([DEMO], {});
    const input = shareDocumentJson(read.document);
    const data = { plangate: { params: library.defaults } };
    const inThread = await startEvaluation(library.set, data, DEFAULT_LIMITS, 'thread').run(input);
    const inWorkers = await startEvaluation(library.set, data, DEFAULT_LIMITS, 'workers').run(input);
    expect(inThread.errors.size).toBe(0);
    expect(inThread.outputs.size).toBe(library.set.rules.length);
    expect([...inThread.outputs].sort()).toEqual([...inWorkers.outputs].sort());
  });
});
