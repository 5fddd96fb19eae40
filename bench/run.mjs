// `npm run bench`: builds if needed, generates seeded inputs, measures compile, start-up, end-to-end checks and the
// in-process floor (each a median over fresh processes), prints one table and writes bench/results.json.
// Usage: node bench/run.mjs [--quick] [--runs N] [--seed S] [--output FILE]
import { execFileSync, spawnSync } from 'node:child_process';
import { cpus, loadavg, tmpdir } from 'node:os';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { writeKubernetesManifest } from './generate/kubernetes.mjs';
import { writeTerraformPlan } from './generate/terraform.mjs';
import { generatedDir, root } from './paths.mjs';
import { printTable, targetsOf } from './report.mjs';

const quick = process.argv.includes('--quick');
const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const runs = option('runs', quick ? 3 : 5);
const seed = option('seed', 1);
const outputIndex = process.argv.indexOf('--output');
const outputPath = outputIndex > 0 ? process.argv[outputIndex + 1] : join(root, 'bench', 'results.json');
const TIERS = (quick ? [[1_000, 500], [10_000, 5_000]] : [[1_000, 500], [10_000, 5_000], [100_000, 50_000]]).map(([resources, objects]) => ({ resources, objects }));
const MB = 2 ** 20;
const log = (line) => process.stderr.write(`${line}\n`);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Medians of every numeric field over the runs' JSON objects (nested one level). */
function medians(samples) {
  const out = {};
  for (const [key, value] of Object.entries(samples[0])) {
    if (typeof value === 'number') out[key] = median(samples.map((s) => s[key]));
    else if (value && typeof value === 'object') out[key] = medians(samples.map((s) => s[key]));
    else out[key] = value;
  }
  return out;
}

/** Runs a node script in a fresh process; wall time from here, CPU time and peak RSS from the child's rusage. */
function runNode(args) {
  const started = performance.now();
  const child = spawnSync(process.execPath, ['--require', join(generatedDir, 'rusage.cjs'), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 * MB, env: { ...process.env, NO_COLOR: '1' } });
  const wallMs = performance.now() - started;
  const usage = /@@rusage (\S+)/.exec(child.stderr ?? '');
  if (!usage) throw new Error(`${args.join(' ')} failed (${child.status}): ${(child.stderr ?? '').slice(0, 2000)}`);
  const { cpuMs, maxRssKb } = JSON.parse(usage[1]);
  return { wallMs, cpuMs, rssMB: maxRssKb / 1024, status: child.status, stdout: child.stdout, stderr: child.stderr };
}

/** The JSON line a measuring script printed; throws with its error output when it printed none. */
function jsonOf(run, what) {
  try {
    return JSON.parse(run.stdout);
  } catch {
    throw new Error(`${what} printed no figures (exit ${run.status}): ${run.stderr.replace(/@@rusage.*\n?/, '').slice(0, 2000)}`);
  }
}

/** Runs that failed, with their errors: reported in results.json, never silently dropped. */
const failures = [];

/** Medians of n runs; a run that fails is recorded in `failures` and the medians are of the runs that succeeded. */
function repeat(n, fn) {
  const samples = [];
  for (let i = 0; i < n; i++) {
    try {
      samples.push(fn());
    } catch (err) {
      failures.push(err.message.slice(0, 2000));
      log(`a run failed: ${err.message.split('\n')[0]}`);
    }
  }
  if (samples.length === 0) throw new Error(`every run failed: ${failures[failures.length - 1]}`);
  return { ...medians(samples), ...(samples.length < n ? { successfulRuns: samples.length } : {}) };
}

function prepare() {
  mkdirSync(generatedDir, { recursive: true });
  if (!existsSync(join(root, 'dist', 'plangate.js')) || !existsSync(join(root, 'build', 'library', 'library.wasm'))) {
    log('building (npm run build) ...');
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  }
  writeFileSync(join(generatedDir, 'rusage.cjs'), `process.on('exit', () => { const u = process.resourceUsage();
  process.stderr.write('@@rusage ' + JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssKb: u.maxRSS }) + '\\n'); });\n`);
  const rules = join(generatedDir, 'handwritten-rules.cjs');
  buildSync({ entryPoints: [join(root, 'bench', 'handwritten-rules.ts')], outfile: rules, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'error' });
  return rules;
}

async function generate(tier) {
  const plan = join(generatedDir, `plan-${tier.resources}-seed${seed}.json`);
  const manifest = join(generatedDir, `manifest-${tier.objects}-seed${seed}.yaml`);
  if (!existsSync(plan)) {
    log(`generating ${plan} ...`);
    await writeTerraformPlan(plan, { resources: tier.resources, seed });
  }
  if (!existsSync(manifest)) await writeKubernetesManifest(manifest, { objects: tier.objects, seed });
  return { ...tier, plan, manifest, planMB: statSync(plan).size / MB, manifestMB: statSync(manifest).size / MB };
}

function measureCompile() {
  const cache = mkdtempSync(join(tmpdir(), 'plangate-bench-cache-'));
  const compileRuns = (mode, fresh) => repeat(runs, () => {
    if (fresh) rmSync(cache, { recursive: true, force: true });
    return JSON.parse(runNode(['bench/compile.mjs', mode, cache]).stdout);
  });
  log('compile: whole library cold, cached; 40 rules cold, cached; prebuilt load ...');
  const out = {
    libraryCold: compileRuns('library', true),
    libraryCached: compileRuns('library', false),
    fortyCold: compileRuns('forty', true),
    fortyCached: compileRuns('forty', false),
    prebuiltLoad: repeat(runs, () => JSON.parse(runNode(['bench/compile.mjs', 'load']).stdout)),
  };
  rmSync(cache, { recursive: true, force: true });
  return out;
}

function measureTier(tier, rulesBundle) {
  log(`${tier.resources} resources + ${tier.objects} objects: check (plan), check (plan + manifest), floor ...`);
  const checkOf = (paths) => repeat(runs, () => {
    const r = runNode(['bin/plangate.js', 'check', ...paths, '--no-cache', '--format', 'json', '--output-dir', join(generatedDir, 'report')]);
    // A rule that errors (the evaluation timeout, the memory limit) makes the time meaningless: count them.
    const summary = JSON.parse(readFileSync(join(generatedDir, 'report', 'report.json'), 'utf8')).summary;
    return { wallMs: r.wallMs, cpuMs: r.cpuMs, rssMB: r.rssMB, ruleErrors: summary.errors };
  });
  return {
    resources: tier.resources,
    objects: tier.objects,
    planMB: tier.planMB,
    manifestMB: tier.manifestMB,
    checkPlan: checkOf([tier.plan]),
    checkBoth: checkOf([tier.plan, tier.manifest]),
    floorPlan: repeat(runs, () => jsonOf(runNode(['bench/floor.mjs', rulesBundle, tier.plan]), `floor of ${tier.plan}`)),
    floorBoth: repeat(runs, () => jsonOf(runNode(['bench/floor.mjs', rulesBundle, tier.plan, tier.manifest]), `floor of ${tier.plan} + manifest`)),
  };
}

/** The manifests a pre-commit hook run gets: two small Deployments, one compliant and one not. */
const HOOK_FILES = ['test/precommit/compliant-deployment.yaml', 'test/precommit/privileged-deployment.yaml'];

/**
 * The runs people make all day, each beside its floor in the same run: `node -e 0`, then a check of the demo with
 * and without the built-in library, and the pre-commit hook's command on two manifests. The commands take turns
 * within each round, so a busy moment of the machine weighs on all of them alike.
 */
function measureSmallRuns() {
  log('small runs: node -e 0, demo check, demo check --no-builtin, pre-commit hook on two manifests ...');
  const report = join(generatedDir, 'small-report');
  const commands = {
    node: ['-e', '0'],
    demo: ['bin/plangate.js', 'check', 'fixtures/demo', '--format', 'json', '--output-dir', report],
    noBuiltin: ['bin/plangate.js', 'check', 'fixtures/demo', '--no-builtin', '--format', 'json', '--output-dir', report],
    hook: ['bin/plangate.js', 'check', '--ignore-unrecognised', ...HOOK_FILES],
  };
  return repeat(runs, () => Object.fromEntries(Object.entries(commands).map(([name, args]) => {
    const r = runNode(args);
    if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
    return [name, { wallMs: r.wallMs, cpuMs: r.cpuMs, rssMB: r.rssMB }];
  })));
}

function machine() {
  const cpu = cpus();
  return { cpu: cpu[0]?.model ?? 'unknown', cores: cpu.length, node: process.version, platform: `${process.platform} ${process.arch}`, loadAverage: loadavg().map((l) => +l.toFixed(2)) };
}

async function main() {
  const rulesBundle = prepare();
  const started = new Date().toISOString();
  const loadBefore = loadavg().map((l) => +l.toFixed(2));
  const tiers = [];
  for (const tier of TIERS) tiers.push(await generate(tier));
  const version = repeat(runs, () => {
    const r = runNode(['bin/plangate.js', '--version']);
    return { wallMs: r.wallMs, cpuMs: r.cpuMs, rssMB: r.rssMB };
  });
  const small = measureSmallRuns();
  const compile = measureCompile();
  const results = { started, quick, runs, seed, machine: { ...machine(), loadAverageAtStart: loadBefore }, version, small, compile, tiers: [], failures };
  for (const tier of tiers) {
    results.tiers.push(measureTier(tier, rulesBundle));
    // Written after every tier, so a long run interrupted at the largest size still leaves the smaller ones.
    Object.assign(results, { finished: new Date().toISOString(), machine: { ...machine(), loadAverageAtStart: loadBefore } });
    results.targets = targetsOf(results);
    writeFileSync(outputPath, `${JSON.stringify(results, null, 2)}\n`);
  }
  process.stdout.write(printTable(results));
}

await main();
