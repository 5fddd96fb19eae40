// readInputs on bad input: each broken file gives one input_error naming the file, the line where known and the
// reason (no stack trace, no hang), and the other inputs of the run are still read. Also directory walks and globs.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { readInputBytes, readInputs, readInputsSync } from '../../src/inputs';

const BROKEN = 'fixtures/inputs/broken';

describe('each broken file gives one clear diagnostic', () => {
  test.each([
    ['truncated.plan.json', /ends before the document is complete/, 12], // the last line, where the text stops
    ['not-a-plan.json', /not a recognised input; expected a Terraform plan/, undefined],
    ['schema-violation.plan.json', /must be equal to one of the allowed values \(terraform-plan schema\)/, undefined],
    ['syntax-error.yaml', /YAML syntax error/, 7],
    ['alias-bomb.yaml', /aliases expand more than 100 times/, 1],
    ['empty.yaml', /file is empty/, undefined],
    ['binary.json', /binary file/, 3], // the PNG signature holds two line feeds before its first NUL
    ['invalid-utf8.yaml', /invalid UTF-8 \(byte 0xfc at offset 72\)/, 6],
  ])('%s', (file, reason, line) => {
    const path = `${BROKEN}/${file}`;
    const started = Date.now();
    const { diagnostics, inputs, document } = readInputsSync([path]);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(diagnostics).toHaveLength(1);
    const [d] = diagnostics;
    expect(d).toMatchObject({ code: 'input_error', severity: 'error', location: { file: path } });
    expect(d.message).toMatch(reason);
    expect(d.message).not.toMatch(/\n\s+at /);
    expect(d.location?.line).toBe(line);
    expect(inputs).toEqual([]);
    expect(document.resources).toEqual([]);
  });

  test('a schema violation names the JSON path', () => {
    const { diagnostics } = readInputsSync([`${BROKEN}/schema-violation.plan.json`]);
    expect(diagnostics[0].jsonPath).toBe('/resource_changes/0/change/actions/0');
  });

  test('objects missing apiVersion, kind or metadata.name are errors at their lines; the good object is kept', () => {
    const path = `${BROKEN}/missing-fields.yaml`;
    const { diagnostics, document } = readInputsSync([path]);
    expect(diagnostics.map((d) => [d.location?.line, d.message])).toEqual([
      [7, "the document must have required property 'kind' (kubernetes-object schema)"],
      [11, "/metadata must have required property 'name' (kubernetes-object schema)"],
      [16, "the document must have required property 'apiVersion' (kubernetes-object schema)"],
      [20, 'a Kubernetes document must be a mapping with apiVersion, kind and metadata.name'],
    ]);
    expect(diagnostics.every((d) => d.location?.file === path)).toBe(true);
    expect(document.resources.map((r) => r.address)).toEqual(['ConfigMap/default/good']);
  });

  test('a run with broken files still reads the good ones', () => {
    const good = 'fixtures/inputs/kubernetes/bom.yaml';
    const plan = 'fixtures/inputs/terraform/state.json';
    const broken = ['truncated.plan.json', 'binary.json', 'empty.yaml', 'alias-bomb.yaml'].map((f) => `${BROKEN}/${f}`);
    const { diagnostics, inputs } = readInputsSync([broken[0], good, broken[1], plan, broken[2], broken[3]]);
    expect(inputs.map((i) => i.path)).toEqual([good, plan]);
    expect(diagnostics.map((d) => d.location?.file)).toEqual(broken);
  });
});

describe('generated hostile input', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'plangate-inputs-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const N = 100_000;
  test.each([
    ['deep-array.json', () => '['.repeat(N) + ']'.repeat(N), /JSON nested deeper than 1000 levels/],
    ['deep-object.json', () => '{"a":'.repeat(N) + '1' + '}'.repeat(N), /JSON nested deeper than 1000 levels/],
    ['deep-flow.yaml', () => 'kind: X\nspec: ' + '['.repeat(N) + ']'.repeat(N) + '\n', /YAML nested deeper than 256 levels/],
    ['deep-block.yaml', () => 'kind: X\nspec:\n' + '- '.repeat(N) + 'x\n', /YAML nested deeper than 256 levels/],
    ['deep-indent.yaml', () => 'kind: X\n' + Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n') + ' 1\n', /YAML nested deeper than 256 levels/],
  ])('%s is refused quickly with one diagnostic', (file, generate, reason) => {
    const path = join(dir, file);
    writeFileSync(path, generate());
    const started = Date.now();
    const { diagnostics } = readInputsSync([path]);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'input_error', location: expect.objectContaining({ file: path, line: expect.any(Number) }) })]);
    expect(diagnostics[0].message).toMatch(reason);
  });

  test('files over the size limit are refused before they are read', () => {
    const { diagnostics } = readInputsSync(['fixtures/inputs/terraform/state.json'], { maxFileBytes: 100 });
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'input_error', message: expect.stringMatching(/larger than the 100-byte limit/) })]);
  });

  test('nesting within the limit is read', () => {
    const path = join(dir, 'nested-ok.yaml');
    writeFileSync(path, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\ndata:\n  x: ' + '['.repeat(100) + ']'.repeat(100) + '\n');
    expect(readInputsSync([path]).diagnostics).toEqual([]);
  });
});

describe('paths: files, directories, globs', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'plangate-walk-'));
    cpSync('fixtures/inputs/walk', dir, { recursive: true });
    // node_modules cannot be committed (gitignored), so the skipped folder is made here
    mkdirSync(join(dir, 'node_modules', 'pkg'), { recursive: true });
    cpSync(join(dir, 'app', 'deploy.yaml'), join(dir, 'node_modules', 'pkg', 'hidden.yaml'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a directory walk reads inputs, ignores other files, skips node_modules/.git/.terraform', () => {
    const { inputs, diagnostics } = readInputsSync(['.'], { cwd: dir });
    expect(inputs.map((i) => [i.path, i.type])).toEqual([['app/deploy.yaml', 'kubernetes'], ['plan.tfplan.json', 'terraform-plan']]);
    // a broken file that evidently was meant as a plan is still an error inside a walk
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'input_error', location: expect.objectContaining({ file: 'truncated.json' }) })]);
  });

  test('a walk skips Helm template sources and Chart.yaml; named, they are judged and fail with lines', () => {
    expect(readInputsSync(['chart'], { cwd: dir })).toMatchObject({ inputs: [], diagnostics: [] });
    const chart = readInputsSync(['chart/Chart.yaml'], { cwd: dir }).diagnostics;
    expect(chart.map((d) => [d.location?.line, d.message])).toEqual([[1, "the document must have required property 'kind' (kubernetes-object schema)"]]);
    const template = readInputsSync(['chart/templates/deployment.yaml'], { cwd: dir }).diagnostics;
    expect(template.map((d) => [d.location?.line, d.jsonPath])).toEqual([[1, '/metadata/name']]);
  });

  test('relative paths stay relative to the directory named', () => {
    const { inputs } = readInputsSync(['fixtures/inputs/walk/app']);
    expect(inputs.map((i) => i.path)).toEqual(['fixtures/inputs/walk/app/deploy.yaml']);
  });

  test('a named file that is neither plan nor manifest is an error; in a walk it is ignored', () => {
    expect(readInputsSync(['package.json'], { cwd: dir }).diagnostics).toEqual([
      expect.objectContaining({ code: 'input_error', location: { file: 'package.json' } }),
    ]);
    expect(readInputsSync(['.github/workflows/ci.yml'], { cwd: dir }).diagnostics).toHaveLength(1);
  });

  test('globs select files; a glob matching nothing and a missing path are errors', () => {
    const { inputs, diagnostics } = readInputsSync(['app/*.yaml', 'nothing/*.json', 'missing.json'], { cwd: dir });
    expect(inputs.map((i) => i.path)).toEqual(['app/deploy.yaml']);
    expect(diagnostics.map((d) => [d.location?.file, d.message])).toEqual([
      ['nothing/*.json', 'no files match this pattern'],
      ['missing.json', 'no such file or directory'],
    ]);
  });

  test('a file named twice is read once', () => {
    expect(readInputsSync(['app/deploy.yaml', './app/deploy.yaml', 'app'], { cwd: dir }).inputs).toHaveLength(1);
  });

  test('readInputs (async) gives what the sync core gives', async () => {
    const paths = ['.', `${process.cwd()}/fixtures/inputs/terraform/tf-sources/plan.json`];
    expect(await readInputs(paths, { cwd: dir })).toEqual(readInputsSync(paths, { cwd: dir }));
  });
});

describe('readInputBytes (for callers holding the bytes, e.g. worker threads)', () => {
  test('bytes in, outcome out, with the sha256 of the raw bytes', () => {
    const bytes = Buffer.from('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: from-bytes\n');
    const outcome = readInputBytes(bytes, { path: 'mem.yaml', named: true });
    expect(outcome.diagnostics).toEqual([]);
    expect(outcome.input).toEqual({ path: 'mem.yaml', type: 'kubernetes', resources: 1, sha256: createHash('sha256').update(bytes).digest('hex') });
    expect(outcome.parsed?.resources.map((r) => r.address)).toEqual(['Namespace/from-bytes']);
  });
});
