// Loads the user's policies named by --policy and `policies:` in plangate.yaml: Rego sources (compiled through
// the cache into one set), compiled .wasm modules and OPA bundles (.tar.gz) built by plangate or by `opa build`.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadPolicy } from '@open-policy-agent/opa-wasm';
import { bundleFileRegoVersion, createHostImplementations, memoryFor, parseModule, parseModuleWithVersionHint, readBundle, sandboxViolations, type RegoVersion } from '../rego';
import { diagnostic, errorText, PlangateError, type Diagnostic } from '../diagnostics';
import { readRegularFile } from '../inputs';
import { compileConventionSet, type BuildPolicySetOptions } from './build-policy-set';
import { POLICY_CONVENTIONS, unusedPackages, type ConventionOptions, type ParsedSource } from './conventions';
import { packageName, type ConventionRules } from './conventions/types';
import type { LoadedRule, PolicySet } from './policy-set';
import { readRuleDefinition, RULE_OUTPUTS, type RuleDefinition } from './rule-metadata';
import { LIBRARY_SOURCE_DIR } from './library';
import { declaredBuiltins } from './module-builtins';
import { listRegoFiles, readRegoFiles, type RegoFile } from './rego-sources';

/** Options of loadCustomPolicies. */
export interface CustomPolicyOptions extends BuildPolicySetOptions {
  cwd?: string;
}

/** A compiled module or bundle file, compressed: the bundle's decompressed limit (128 MiB) bounds it anyway. */
const MAX_COMPILED_POLICY_BYTES = 128 * 1024 ** 2;

const isBundle = (p: string): boolean => /\.(tar\.gz|tgz)$/.test(p);
const isWasm = (p: string): boolean => p.endsWith('.wasm');

/** Rule metadata of Rego modules shipped inside a bundle, by package path (`a/b/c`). */
function metadataByPackage(modules: readonly { path: string; text: string; regoVersion: RegoVersion }[]): Map<string, RuleDefinition> {
  const out = new Map<string, RuleDefinition>();
  const ignored: Diagnostic[] = [];
  for (const m of modules) {
    try {
      const def = readRuleDefinition(parseModule(m.path, m.text, { regoVersion: m.regoVersion }), ignored);
      if (def) out.set(def.packagePath.join('/'), def);
    } catch {
      // A module OPA accepted but plangate cannot read only loses its metadata; the rule still runs.
    }
  }
  return out;
}

/**
 * Rules of a module compiled elsewhere, found from its entrypoints: every `<package>/deny` entrypoint is a rule
 * (id and metadata from the bundle's Rego sources when present, else the package path);
 * `<package>/applies` and `<package>/unknown` are used when present.
 */
export async function rulesFromEntrypoints(
  wasm: Uint8Array,
  file: string,
  sha256: string,
  known = new Map<string, RuleDefinition>(),
  allowBuiltins: readonly string[] = [],
): Promise<LoadedRule[]> {
  const policy = await loadPolicy(wasm, memoryFor(wasm), createHostImplementations().builtins);
  // A module compiled elsewhere (or by `plangate compile --allow-builtin`) meets the same sandbox as Rego compiled here.
  const refused = sandboxViolations(declaredBuiltins(policy), allowBuiltins);
  if (refused.length > 0) {
    throw new PlangateError(diagnostic('policy_error', `the module calls ${refused.join(', ')}, not allowed in the policy sandbox (allowBuiltins: in plangate.yaml allows them)`, { file }));
  }
  const names = new Set(Object.keys(policy.entrypoints as Record<string, number>));
  const rules: LoadedRule[] = [];
  for (const name of [...names].sort()) {
    if (!name.endsWith('/deny')) continue;
    const pkg = name.slice(0, -'/deny'.length);
    const outputs = RULE_OUTPUTS.filter((o) => names.has(`${pkg}/${o}`));
    const id = pkg.replace(/\//g, '.');
    const def = known.get(pkg) ?? { meta: { id, title: id, severity: 'medium', category: 'custom', controls: [] }, packagePath: pkg.split('/'), outputs, parameters: [] };
    rules.push({
      ...def,
      meta: { ...def.meta, file },
      outputs,
      source: 'custom',
      sha256,
      outputEntrypoints: Object.fromEntries(outputs.map((o) => [o, `${pkg}/${o}`])),
    });
  }
  if (rules.length === 0) throw new PlangateError(diagnostic('policy_error', 'the module has no <package>/deny entrypoint, so it defines no rule', { file }));
  return rules;
}

async function loadCompiled(path: string, cwd: string, opts: PolicySourceOptions, problems: Diagnostic[]): Promise<PolicySet[]> {
  const read = readRegularFile(resolve(cwd, path), { limit: MAX_COMPILED_POLICY_BYTES });
  if (!read.ok) throw new PlangateError(diagnostic('policy_error', `cannot load policy: ${read.reason}`, { file: path }));
  const bytes = new Uint8Array(read.bytes);
  const allowBuiltins = opts.allowBuiltins ?? [];
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (isWasm(path)) return [{ name: path, wasm: bytes, rules: await rulesFromEntrypoints(bytes, path, sha256, undefined, allowBuiltins) }];
  const bundle = readBundle(bytes);
  const versionOf = (file: string): RegoVersion => bundleFileRegoVersion(bundle.manifest, file);
  if (bundle.wasm.length === 0) {
    // A bundle of Rego sources (`opa build` without -t wasm): compiled here, each file in the version the
    // manifest gives it (rego_version, file_rego_versions), as OPA loads it.
    const files: RegoFile[] = bundle.modules.map((m) => ({ path: `${path}${m.path}`, source: m.text, sha256, regoVersion: versionOf(m.path) }));
    const sets = conventionSets(path, files, [], opts, cwd, problems);
    return sets.map((set) => ({ ...set, data: bundle.data }));
  }
  const known = metadataByPackage(bundle.modules.map((m) => ({ ...m, regoVersion: versionOf(m.path) })));
  const sets: PolicySet[] = [];
  for (const module of bundle.wasm) {
    sets.push({ name: `${path}${module.path}`, wasm: module.bytes, data: bundle.data, rules: await rulesFromEntrypoints(module.bytes, path, sha256, known, allowBuiltins) });
  }
  return sets;
}

/**
 * The built-in library's helper modules (packages plangate.lib.*: the type index, joins, tags, naming), compiled
 * with custom Rego that imports them and does not bring its own.
 */
function libraryHelpersFor(files: readonly RegoFile[]): RegoFile[] {
  const uses = files.some((f) => f.source.includes('data.plangate.lib.'));
  const own = files.some((f) => /^\s*package\s+plangate\.lib\./m.test(f.source));
  const dir = join(LIBRARY_SOURCE_DIR, 'lib');
  if (!uses || own || !existsSync(dir)) return [];
  return readRegoFiles(listRegoFiles(['.'], false, dir), dir).map((f) => ({ ...f, path: join('policies', 'lib', f.path), regoVersion: 'v1' as const }));
}

/** How the user's policy sources are read. */
export interface PolicySourceOptions extends CustomPolicyOptions {
  /** Rego version of each policy path that names one (plangate.yaml `policies: [{ path, regoVersion }]`). */
  versions?: Readonly<Record<string, RegoVersion>>;
  conventions?: ConventionOptions;
}

/** The sets loaded and every problem met: a set that loads runs even when another source has problems. */
export interface LoadedPolicySources {
  sets: PolicySet[];
  diagnostics: Diagnostic[];
}

/** The Rego files under each path, with the path's Rego version when it names one. */
function regoFilesOf(paths: readonly string[], opts: PolicySourceOptions, cwd: string): RegoFile[] {
  // Named YAML/JSON files are Gatekeeper templates and constraints, read by that convention.
  return paths.filter((p) => !/\.(ya?ml|json)$/i.test(p)).flatMap((p) => {
    const version = opts.versions?.[p];
    return readRegoFiles(listRegoFiles([p], false, cwd), cwd).map((f) => (version ? { ...f, regoVersion: version } : f));
  });
}

function parseSources(files: readonly RegoFile[], fallback: RegoVersion, problems: Diagnostic[]): ParsedSource[] {
  const parsed: ParsedSource[] = [];
  for (const file of files) {
    const regoVersion = file.regoVersion ?? fallback;
    try {
      parsed.push({ file, module: parseModuleWithVersionHint(file.path, file.source, { regoVersion }), regoVersion });
    } catch (err) {
      if (!(err instanceof PlangateError)) throw err;
      problems.push(...err.diagnostics);
    }
  }
  return parsed;
}

/**
 * Loads the Rego sources (and Gatekeeper YAML) under `paths` through every policy convention, one set per
 * convention that finds rules, plus compiled .wasm modules and OPA bundles.
 */
export async function loadPolicySources(paths: readonly string[], opts: PolicySourceOptions = {}): Promise<LoadedPolicySources> {
  const cwd = opts.cwd ?? process.cwd();
  const compiled = paths.filter((p) => isWasm(p) || isBundle(p));
  const sourcePaths = paths.filter((p) => !compiled.includes(p));
  const out: LoadedPolicySources = { sets: [], diagnostics: [] };
  const attempt = async (load: () => Promise<void> | void): Promise<void> => {
    try {
      await load();
    } catch (err) {
      if (!(err instanceof PlangateError)) throw err;
      out.diagnostics.push(...err.diagnostics);
    }
  };
  if (sourcePaths.length > 0) {
    await attempt(() => {
      const files = regoFilesOf(sourcePaths, opts, cwd);
      out.sets.push(...conventionSets(sourcePaths.join(', '), [...files, ...libraryHelpersFor(files)], sourcePaths, opts, cwd, out.diagnostics));
    });
  }
  for (const path of compiled) {
    await attempt(async () => {
      try {
        out.sets.push(...(await loadCompiled(path, cwd, opts, out.diagnostics)));
      } catch (err) {
        if (err instanceof PlangateError) throw err;
        throw new PlangateError(diagnostic('policy_error', `cannot load policy: ${errorText(err)}`, { file: path }));
      }
    });
  }
  return out;
}

/** Runs every convention over the parsed sources; each that finds rules gives a compiled set. */
function conventionSets(name: string, files: readonly RegoFile[], policyPaths: readonly string[], opts: PolicySourceOptions, cwd: string, problems: Diagnostic[]): PolicySet[] {
  const sources = parseSources(files, opts.regoVersion ?? 'v1', problems);
  if (sources.length < files.length) return [];
  const claimed = new Set<string>();
  const found: { rules: ConventionRules; claimed: ReadonlySet<string> }[] = [];
  for (const convention of POLICY_CONVENTIONS) {
    const findings = convention.find({ sources, claimed, options: opts.conventions ?? {}, policyPaths, cwd });
    findings.claimed.forEach((pkg) => claimed.add(pkg));
    problems.push(...findings.problems);
    if (findings.found) found.push({ rules: findings.found, claimed: findings.claimed });
  }
  const sets: PolicySet[] = [];
  for (const mine of found) {
    // A set compiles its own packages and the unclaimed helpers, not the packages of other conventions, which
    // read another input (and are type-checked against another schema).
    const others = sources.filter((s) => claimed.has(packageName(s.module)) && !mine.claimed.has(packageName(s.module))).map((s) => s.file);
    try {
      sets.push(compileConventionSet(name, files.filter((f) => !others.includes(f)), mine.rules, opts));
    } catch (err) {
      if (!(err instanceof PlangateError)) throw err;
      problems.push(...err.diagnostics);
    }
  }
  problems.push(...unusedPackages(sources.filter((s) => !s.file.path.startsWith(join('policies', 'lib'))), claimed));
  if (sets.length === 0 && !problems.some((p) => p.severity === 'error')) {
    problems.push(diagnostic('policy_error', 'the policies define no rule plangate runs: no plangate METADATA rule, no conftest rule in the namespaces run, no Gatekeeper constraint', { file: name }));
  }
  return sets;
}

/** Loads every custom policy source into policy sets; throws PlangateError with every error found. */
export async function loadCustomPolicies(paths: readonly string[], opts: PolicySourceOptions = {}): Promise<PolicySet[]> {
  const loaded = await loadPolicySources(paths, opts);
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new PlangateError(errors);
  return loaded.sets;
}
