// One fresh process of the benchmark: over the same inputs, times the floor (read + JSON.parse, hand-written
// TypeScript rules) against plangate's stages (readInputs, WebAssembly evaluation, the whole check()), wall and
// CPU time each. Prints one JSON line. Usage: node bench/floor.mjs <rules-bundle.cjs> <plan.json> [manifest.yaml]
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { loadPolicy } from '@open-policy-agent/opa-wasm';
import { parseAllDocuments } from 'yaml';
import { root } from './paths.mjs';

const require = createRequire(import.meta.url);
const dist = (path) => require(join(root, 'dist', path));
const { readInputs } = dist('inputs/index.js');
const { check, loadLibrary, DEFAULT_LIMITS } = dist('engine/index.js');
const { evaluatePolicySet } = dist('engine/evaluate.js');
const { ParsedInput } = dist('engine/parsed-input.js');
const { mergeParameters } = dist('config/index.js');
const { compileRego, createHostImplementations } = dist('rego/index.js');

const THREE_RULES = ['encryption/aws_s3_encryption_at_rest.rego', 'tagging/required_tags.rego', 'naming/environment_prefix_names.rego'];
const THREE_PACKAGES = ['plangate/rules/aws_s3_encryption_at_rest', 'plangate/rules/required_tags', 'plangate/rules/environment_prefix_names'];

/** Runs `fn` and returns its value with wall and CPU (user + system, every thread) milliseconds. */
async function timed(fn) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = await fn();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { value, wallMs, cpuMs: (used.user + used.system) / 1000 };
}

function readAndParse(planPath, manifestPath) {
  const plan = JSON.parse(readFileSync(planPath, 'utf8'));
  const manifest = manifestPath ? parseAllDocuments(readFileSync(manifestPath, 'utf8')).map((d) => d.toJS()) : [];
  return plan.resource_changes.length + manifest.length;
}

function compileThreeRules() {
  const policies = join(root, 'policies');
  const lib = readdirSync(join(policies, 'lib')).filter((name) => name.endsWith('.rego') && !name.endsWith('_test.rego'));
  const files = [...THREE_RULES, ...lib.map((name) => `lib/${name}`)].map((path) => ({ path: join('policies', path), source: readFileSync(join(policies, path), 'utf8') }));
  // One entrypoint holding the three packages, as the engine evaluates the library in one call.
  const joined = `package plangate.bench\n\nthree := [${THREE_PACKAGES.map((p) => `data.${p.replace(/\//g, '.')}`).join(', ')}]\n`;
  return compileRego([...files, { path: 'bench.rego', source: joined }], { entrypoints: ['plangate/bench/three'] }).wasm;
}

function countOutputs(outputs) {
  let results = 0;
  for (const output of outputs) results += new Set([...(output.applies ?? []), ...(output.deny ?? []).map((f) => f.id), ...(output.unknown ?? []).map((f) => f.id)]).size;
  return results;
}

async function main() {
  const [rulesBundle, planPath, manifestPath] = process.argv.slice(2);
  const { runHandwrittenRules } = require(rulesBundle);
  const paths = manifestPath ? [planPath, manifestPath] : [planPath];
  const out = {};
  const parse = await timed(() => readAndParse(planPath, manifestPath));
  out.readParse = { wallMs: parse.wallMs, cpuMs: parse.cpuMs };
  out.planReadParse = await timed(() => JSON.parse(readFileSync(planPath, 'utf8')).resource_changes.length);
  delete out.planReadParse.value;
  const read = await timed(() => readInputs(paths));
  out.readInputs = { wallMs: read.wallMs, cpuMs: read.cpuMs };
  const doc = read.value.document;
  out.resources = doc.resources.length;
  const library = loadLibrary();
  const params = mergeParameters(library.defaults);
  const encoded = await timed(() => Buffer.from(JSON.stringify(doc)));
  out.encode = { wallMs: encoded.wallMs, cpuMs: encoded.cpuMs, inputMB: encoded.value.byteLength / 2 ** 20 };
  // The engine's memory limits: with a maximum the module's memory grows in place instead of being copied.
  const memory = { maximumPages: DEFAULT_LIMITS.maxMemoryMiB * 16, maxMemoryMiB: DEFAULT_LIMITS.maxMemoryMiB };
  const evaluation = await timed(() => evaluatePolicySet(library.set, encoded.value, { plangate: { params } }, memory));
  out.evaluateLibrary = { wallMs: evaluation.wallMs, cpuMs: evaluation.cpuMs, rules: library.set.rules.length, errors: evaluation.value.errors.size };
  out.evaluateLibrary.results = countOutputs(evaluation.value.outputs.values());

  const hand = await timed(() => runHandwrittenRules(doc, params));
  out.handwritten = { wallMs: hand.wallMs, cpuMs: hand.cpuMs, results: countOutputs(Object.values(hand.value)), denies: Object.values(hand.value).reduce((n, o) => n + o.deny.length, 0) };
  const host = createHostImplementations();
  // The comparison is of speed, so the three rules get all the memory a module can have (4 GiB), not the engine's limit.
  const policy = await loadPolicy(compileThreeRules(), { initial: 5, maximum: 65536 }, host.builtins);
  policy.setData({ plangate: { params } });
  // Both sides start from a parsed document: the hand-written rules from the JavaScript objects, the compiled
  // ones from the input parsed inside the module (timed on its own, as read + JSON.parse is on the other side).
  const parsed = await timed(() => new ParsedInput(policy, encoded.value));
  out.wasmInputOnly = { wallMs: parsed.wallMs, cpuMs: parsed.cpuMs };
  host.reset();
  const wasm = await timed(() => parsed.value.evaluate('plangate/bench/three'));
  out.wasmThree = { wallMs: wasm.wallMs, cpuMs: wasm.cpuMs, results: countOutputs(wasm.value), denies: wasm.value.reduce((n, o) => n + (o.deny ?? []).length, 0) };

  const whole = await timed(() => check({ paths, cacheDir: false }));
  out.check = { wallMs: whole.wallMs, cpuMs: whole.cpuMs, results: whole.value.report.results.length };
  out.maxRssMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

await main();
