// Benchmark of the inputs layer: generates a 100,000-resource Terraform plan (seeded, into bench/generated/), then
// times read+JSON.parse alone against readInputs (read + parse + normalise) in one process, and measures peak RSS
// of each in a fresh child process against the file size. Targets: ratio <= 3, RSS < 4x file size + 200 MB.
// Usage: node bench/inputs.mjs [--resources N] [--seed S] [--runs R]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { writeKubernetesManifest } from './generate/kubernetes.mjs';
import { writeTerraformPlan } from './generate/terraform.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'bench', 'generated');

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const resources = option('resources', 100_000);
const seed = option('seed', 1);
const runs = option('runs', 3);
const MB = 1024 * 1024;

/** Bundles src/inputs so the benchmark runs the current sources without a project build. */
function bundleInputs() {
  const outfile = join(outDir, 'inputs.cjs');
  buildSync({ entryPoints: [join(root, 'src', 'inputs', 'index.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', packages: 'external', logLevel: 'error' });
  return outfile;
}

/** A child script measuring one mode on one file; prints JSON with its peak RSS. */
function writeChildScript(inputsBundle) {
  const path = join(outDir, 'measure-child.cjs');
  writeFileSync(path, `
const { readFileSync } = require('node:fs');
const [mode, file] = process.argv.slice(2);
const started = performance.now();
let count;
if (mode === 'parse') count = JSON.parse(readFileSync(file).toString('utf8')).resource_changes.length;
else {
  const { document, diagnostics } = require(${JSON.stringify(inputsBundle)}).readInputsSync([file]);
  if (diagnostics.length) throw new Error(JSON.stringify(diagnostics));
  count = document.resources.length + document.deleted.length;
}
const ms = performance.now() - started;
process.stdout.write(JSON.stringify({ count, ms, maxRssKb: process.resourceUsage().maxRSS }));
`);
  return path;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function main() {
  mkdirSync(outDir, { recursive: true });
  const planPath = join(outDir, `plan-${resources}-seed${seed}.json`);
  if (!existsSync(planPath)) {
    process.stderr.write(`generating ${planPath} ...\n`);
    await writeTerraformPlan(planPath, { resources, seed });
  }
  const fileBytes = statSync(planPath).size;
  const inputsBundle = bundleInputs();
  const { readInputsSync } = await import(inputsBundle);

  // One process, alternating modes so neither benefits from a warmer heap or file cache. Each run is its own
  // function call so the previous run's result is garbage, not live heap, while the next one is timed.
  const timeParse = () => {
    const t = performance.now();
    const plan = JSON.parse(readFileSync(planPath).toString('utf8'));
    const ms = performance.now() - t;
    if (plan.resource_changes.length !== resources) throw new Error('generator wrote the wrong count');
    return ms;
  };
  const timeReadInputs = () => {
    const t = performance.now();
    const { document, diagnostics } = readInputsSync([planPath]);
    const ms = performance.now() - t;
    if (diagnostics.length > 0) throw new Error(JSON.stringify(diagnostics.slice(0, 3)));
    return { ms, count: document.resources.length + document.deleted.length };
  };
  const parseTimes = [];
  const readTimes = [];
  let normalised = 0;
  for (let i = 0; i < runs; i++) {
    parseTimes.push(timeParse());
    const read = timeReadInputs();
    readTimes.push(read.ms);
    normalised = read.count;
  }

  const child = writeChildScript(inputsBundle);
  const measure = (mode) => JSON.parse(execFileSync(process.execPath, [child, mode, planPath], { encoding: 'utf8', maxBuffer: 1 << 20 }));
  const parseChild = measure('parse');
  const readChild = measure('read');

  const k8sPath = join(outDir, `manifest-10000-seed${seed}.yaml`);
  if (!existsSync(k8sPath)) await writeKubernetesManifest(k8sPath, { objects: 10_000, seed });
  let t = performance.now();
  const k8s = readInputsSync([k8sPath]);
  const k8sMs = performance.now() - t;

  const parseMs = median(parseTimes);
  const readMs = median(readTimes);
  const rssMb = readChild.maxRssKb / 1024;
  const limitMb = (4 * fileBytes) / MB + 200;
  const results = {
    resources,
    seed,
    runs,
    fileMB: +(fileBytes / MB).toFixed(1),
    readAndJsonParseMs: Math.round(parseMs),
    readInputsMs: Math.round(readMs),
    ratio: +(readMs / parseMs).toFixed(2),
    ratioTarget: 3,
    peakRssReadInputsMB: Math.round(rssMb),
    peakRssJsonParseMB: Math.round(parseChild.maxRssKb / 1024),
    rssTargetMB: Math.round(limitMb),
    rssPerFileSize: +(rssMb / (fileBytes / MB)).toFixed(2),
    normalisedResources: normalised,
    kubernetes10kObjectsMs: Math.round(k8sMs),
    kubernetesFileMB: +(statSync(k8sPath).size / MB).toFixed(1),
    kubernetesObjects: k8s.document.resources.length,
  };
  writeFileSync(join(outDir, 'inputs-results.json'), JSON.stringify(results, null, 2) + '\n');
  const ok = (cond) => (cond ? 'ok' : 'OVER TARGET');
  process.stdout.write(
    `plan: ${resources} resources, ${results.fileMB} MB (seed ${seed}), median of ${runs} runs\n`
      + `  read + JSON.parse          ${results.readAndJsonParseMs} ms\n`
      + `  readInputs (normalised)    ${results.readInputsMs} ms\n`
      + `  ratio                      ${results.ratio} (target <= 3: ${ok(results.ratio <= 3)})\n`
      + `  peak RSS, readInputs       ${results.peakRssReadInputsMB} MB = ${results.rssPerFileSize}x file (target < ${results.rssTargetMB} MB: ${ok(rssMb < limitMb)})\n`
      + `  peak RSS, JSON.parse only  ${results.peakRssJsonParseMB} MB\n`
      + `kubernetes: ${results.kubernetesObjects} objects, ${results.kubernetesFileMB} MB in ${results.kubernetes10kObjectsMs} ms\n`,
  );
}

await main();
