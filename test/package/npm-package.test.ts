// The npm package as users get it: `npm pack` of the built repository, installed into an empty project with
// `npm install --omit=dev` and globally; the command and README's library example (ES module and CommonJS) run from
// that install, and a TypeScript consumer type-checks against the shipped declarations.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { libraryExamples } from './readme-examples';

const REPO_ROOT = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const INSTALL_TIMEOUT_MS = 5 * 60_000;

/** Files the package must carry: the command, the compiled library, the runtime, the prebuilt library, the data. */
const REQUIRED = [
  'package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'bin/plangate.js', 'bin/bundle-loader.js', 'dist/plangate.js',
  'dist/plangate.cache', 'dist/worker-entry.js', 'dist/index.js', 'dist/index.d.ts', 'dist/engine/worker-entry.js',
  'build/runtime.wasm', 'build/library/library.wasm', 'build/library/library.json', 'schemas/config.schema.json',
  'schemas/report.schema.json', 'policies/defaults.yaml', 'tzdata/zones.json',
];
/** Everything the package may carry; anything else (sources, tests, fixtures, maps, the Action's code) is a leak. */
const ALLOWED = [
  /^(package\.json|README\.md|LICENSE|CHANGELOG\.md|bin\/(plangate|bundle-loader)\.js)$/,
  /^dist\/(?!action\/).+(?<!\.map)$/,
  /^build\/(runtime\.wasm|library\/[^/]+|validators\/[^/]+\.js)$/,
  /^schemas\/[^/]+\.json$/,
  /^policies\/.+\.(rego|yaml|md)$/,
  /^tzdata\/zones\.json$/,
];

/** Environment for npm: the package cache is used first, and nothing interactive or chatty. */
const NPM_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false',
  npm_config_yes: 'false', NO_COLOR: '1',
};

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = NPM_ENV): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: INSTALL_TIMEOUT_MS, maxBuffer: 64 << 20 });
  if (result.error) throw result.error;
  return result;
}

function succeeded(result: SpawnSyncReturns<string>, what: string): string {
  if (result.status !== 0) throw new Error(`${what} exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)));
}

/** A folder with the demo's inputs laid out as README's examples name them. */
function withDemoInputs(dir: string): string {
  mkdirSync(join(dir, 'infra'), { recursive: true });
  cpSync(join(REPO_ROOT, 'fixtures', 'demo', 'terraform'), join(dir, 'infra'), { recursive: true });
  cpSync(join(REPO_ROOT, 'fixtures', 'demo', 'kubernetes'), join(dir, 'k8s'), { recursive: true });
  return dir;
}

/** The failing (rule, resource) pairs of a report, in a stable order. */
function failures(report: { results: { status: string; ruleId: string; resource: { address: string } }[] }): string[] {
  return report.results.filter((r) => r.status === 'fail').map((r) => `${r.ruleId} ${r.resource.address}`).sort();
}

let tarball: string;
let packed: string[];
let project: string;
/** What this checkout's own command finds in the demo, which every installed copy must find too. */
let expectedFailures: string[];

beforeAll(() => {
  for (const built of ['dist/index.js', 'build/runtime.wasm', 'build/library/library.wasm']) {
    if (!existsSync(join(REPO_ROOT, built))) throw new Error(`${built} is missing: run npm run build first (npm test does)`);
  }
  const out = mkdtempSync(join(tmpdir(), 'plangate-pack-'));
  // The build is the one npm test made; --ignore-scripts keeps `prepare` from rebuilding while other tests read it.
  const [manifest] = JSON.parse(succeeded(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', out], REPO_ROOT), 'npm pack')) as { filename: string; files: { path: string }[] }[];
  tarball = join(out, manifest.filename);
  packed = manifest.files.map((f) => f.path).sort();

  project = withDemoInputs(mkdtempSync(join(tmpdir(), 'plangate-consumer-')));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }, null, 2));
  succeeded(run('npm', ['install', '--omit=dev', tarball], project), 'npm install --omit=dev <tarball>');

  const reference = withDemoInputs(mkdtempSync(join(tmpdir(), 'plangate-reference-')));
  run(process.execPath, [join(REPO_ROOT, 'bin', 'plangate.js'), 'check', 'infra/plan.json', 'k8s/', '--format', 'json', '--output-dir', 'out'], reference);
  expectedFailures = failures(JSON.parse(readFileSync(join(reference, 'out', 'report.json'), 'utf8')));
}, 2 * INSTALL_TIMEOUT_MS);

describe('npm pack', () => {
  test('the tarball is named after the package and version', () => {
    expect(tarball.endsWith(`${pkg.name}-${pkg.version}.tgz`)).toBe(true);
  });

  test('carries every file the package needs', () => {
    expect(REQUIRED.filter((f) => !packed.includes(f))).toEqual([]);
  });

  test('carries nothing else: no sources, tests, fixtures, source maps or Action code', () => {
    expect(packed.filter((f) => !ALLOWED.some((pattern) => pattern.test(f)))).toEqual([]);
  });

  test('carries the whole build (compiled library, bundles, precompiled validators), so nothing it loads is left out', () => {
    const built = ['dist', 'build'].flatMap((dir) => filesUnder(join(REPO_ROOT, dir)).map((f) => `${dir}/${f}`)).filter((f) => ALLOWED.some((pattern) => pattern.test(f)));
    expect(built.length).toBeGreaterThan(100);
    expect(built.filter((f) => !packed.includes(f))).toEqual([]);
  });
});

describe('installed into an empty project with npm install --omit=dev', () => {
  test('installs no development dependency', () => {
    const installed = readdirSync(join(project, 'node_modules'));
    for (const dev of ['typescript', 'jest', 'assemblyscript', 'eslint', 'esbuild', '@actions']) expect(installed).not.toContain(dev);
  });

  test('npx plangate --version prints the version', () => {
    const result = run('npx', ['plangate', '--version'], project);
    expect(result.stdout.trim()).toBe(pkg.version);
    expect(result.status).toBe(0);
  });

  test('npx plangate check <demo> exits 1 with the demo findings', () => {
    const result = run('npx', ['plangate', 'check', 'infra/plan.json', 'k8s/', '--format', 'text,json', '--output-dir', 'npx-report'], project);
    expect(result.stderr).toBe('plangate: wrote npx-report/report.json\n');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Verdict: FAIL');
    expect(expectedFailures.length).toBeGreaterThan(0);
    expect(failures(JSON.parse(readFileSync(join(project, 'npx-report', 'report.json'), 'utf8')))).toEqual(expectedFailures);
  });

  test.each([
    ['an ES module (import)', 'esm', 'check-infra.mjs'],
    ['CommonJS (require)', 'cjs', 'check-infra.cjs'],
  ] as const)("README's library example runs as %s", (_name, kind, file) => {
    const dir = join(project, kind);
    withDemoInputs(dir);
    writeFileSync(join(dir, file), libraryExamples()[kind]);
    const result = run(process.execPath, [file], dir);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('verdict: fail');
    const report = JSON.parse(readFileSync(join(dir, 'plangate-report', 'report.json'), 'utf8')) as { verdict: string; results: [] };
    expect(report.verdict).toBe('fail');
    expect(failures(report)).toEqual(expectedFailures);
  });

  test("README's ES module example type-checks in a TypeScript consumer against the shipped declarations", () => {
    const dir = join(project, 'ts');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'check-infra.mts'), libraryExamples().esm);
    writeFileSync(join(dir, 'consumer.mts'), [
      "import type { CheckOptions, ReportModel, Result } from 'plangate';",
      "import { VERSION } from 'plangate';",
      "const options: CheckOptions = { paths: ['.'], failOn: 'critical' };",
      "export const failed = (report: ReportModel): Result[] => report.results.filter((r) => r.status === 'fail');",
      'export const described: string = `${VERSION} ${options.paths.join()}`;',
      '',
    ].join('\n'));
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
      compilerOptions: {
        module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true,
        types: ['node'], typeRoots: [join(REPO_ROOT, 'node_modules', '@types')], skipLibCheck: false,
      },
      include: ['*.mts'],
    }));
    const result = run(process.execPath, [join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], dir);
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('installed globally with npm install -g', () => {
  test('plangate runs from the global bin folder: --version, and check of the demo exits 1', () => {
    const prefix = mkdtempSync(join(tmpdir(), 'plangate-global-'));
    const env = { ...NPM_ENV, npm_config_prefix: prefix };
    succeeded(run('npm', ['install', '-g', tarball], project, env), 'npm install -g <tarball>');
    const bin = join(prefix, 'bin', 'plangate');
    expect(run(bin, ['--version'], project, env).stdout.trim()).toBe(pkg.version);
    const result = run(bin, ['check', 'infra/plan.json', 'k8s/'], project, env);
    expect(result.stdout).toContain('Verdict: FAIL');
    expect(result.status).toBe(1);
  }, INSTALL_TIMEOUT_MS);
});
