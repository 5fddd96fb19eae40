// Loads the user's policies named by --policy and `policies:` in plangate.yaml: Rego sources (compiled through
// the cache into one set), compiled .wasm modules and OPA bundles (.tar.gz) built by plangate or by `opa build`.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadPolicy } from '@open-policy-agent/opa-wasm';
import { createHostImplementations, memoryFor, parseModule, readBundle, sandboxViolations } from '../rego';
import { diagnostic, errorText, PlangateError, type Diagnostic } from '../diagnostics';
import { readRegularFile } from '../inputs';
import { buildPolicySet, type BuildPolicySetOptions } from './build-policy-set';
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
function metadataByPackage(modules: readonly { path: string; text: string }[]): Map<string, RuleDefinition> {
  const out = new Map<string, RuleDefinition>();
  const ignored: Diagnostic[] = [];
  for (const m of modules) {
    try {
      const def = readRuleDefinition(parseModule(m.path, m.text), ignored);
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

async function loadCompiled(path: string, cwd: string, allowBuiltins: readonly string[] = []): Promise<PolicySet[]> {
  const read = readRegularFile(resolve(cwd, path), { limit: MAX_COMPILED_POLICY_BYTES });
  if (!read.ok) throw new PlangateError(diagnostic('policy_error', `cannot load policy: ${read.reason}`, { file: path }));
  const bytes = new Uint8Array(read.bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (isWasm(path)) return [{ name: path, wasm: bytes, rules: await rulesFromEntrypoints(bytes, path, sha256, undefined, allowBuiltins) }];
  const bundle = readBundle(bytes);
  const known = metadataByPackage(bundle.modules);
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
  return readRegoFiles(listRegoFiles(['.'], false, dir), dir).map((f) => ({ ...f, path: join('policies', 'lib', f.path) }));
}

/** Loads every custom policy source into policy sets (Rego sources together in one set). */
export async function loadCustomPolicies(paths: readonly string[], opts: CustomPolicyOptions = {}): Promise<PolicySet[]> {
  const cwd = opts.cwd ?? process.cwd();
  const compiled = paths.filter((p) => isWasm(p) || isBundle(p));
  const rego = paths.filter((p) => !compiled.includes(p));
  const sets: PolicySet[] = [];
  if (rego.length > 0) {
    const files = readRegoFiles(listRegoFiles(rego, false, cwd), cwd);
    if (files.length === 0) throw new PlangateError(diagnostic('policy_error', 'no .rego files found', { file: rego.join(', ') }));
    sets.push(buildPolicySet(rego.join(', '), [...files, ...libraryHelpersFor(files)], 'custom', opts));
  }
  for (const path of compiled) {
    try {
      sets.push(...(await loadCompiled(path, cwd, opts.allowBuiltins)));
    } catch (err) {
      if (err instanceof PlangateError) throw err;
      throw new PlangateError(diagnostic('policy_error', `cannot load policy: ${errorText(err)}`, { file: path }));
    }
  }
  return sets;
}
