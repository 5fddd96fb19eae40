// Gatekeeper's convention: ConstraintTemplates (templates.gatekeeper.sh v1, v1beta1) bring Rego whose
// `violation[{"msg": …, "details": …}]` rule judges one admission review; constraints of the template's kind say
// which objects (spec.match), with which parameters and enforcementAction. Each constraint is one rule,
// `<Kind>/<name>`, run over every input object it selects, with data.inventory built from the inputs.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { diagnostic, type Diagnostic } from '../../diagnostics';
import type { RegoVersion } from '../../rego';
import type { Enforcement } from '../../report/model';
import type { ConstraintSelection, LoadedRule } from '../policy-set';
import type { RegoFile } from '../rego-sources';
import { MESSAGE_HELPERS } from './rego-helpers';
import { regoRef, type ConventionFindings } from './types';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

const TEMPLATE_API = /^templates\.gatekeeper\.sh\/(v1|v1beta1|v1alpha1)$/;
const CONSTRAINT_API = /^constraints\.gatekeeper\.sh\//;

/** A ConstraintTemplate as plangate runs it. */
interface Template {
  kind: string;
  file: string;
  sha256: string;
  rego: string;
  libs: string[];
  regoVersion: RegoVersion;
  title?: string;
  description?: string;
}

/** A constraint: an instance of a template's kind. */
interface Constraint {
  kind: string;
  name: string;
  file: string;
  line?: number;
  match: Json;
  parameters: unknown;
  enforcementAction: string;
}

/** What Gatekeeper's enforcementAction means for plangate. */
const ENFORCEMENT_ACTIONS: Readonly<Record<string, { enforcement: Enforcement; note?: string }>> = {
  deny: { enforcement: 'mandatory' },
  warn: { enforcement: 'advisory' },
  dryrun: { enforcement: 'advisory', note: 'dryrun: Gatekeeper would only audit this' },
};

/** The Gatekeeper objects found under the policy paths. */
export interface GatekeeperObjects {
  templates: Template[];
  constraints: Constraint[];
  problems: Diagnostic[];
}

function yamlFiles(paths: readonly string[], cwd: string): { path: string; named: boolean }[] {
  const out: { path: string; named: boolean }[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(dir, entry.name);
      if (entry.isDirectory() && !['node_modules', '.git'].includes(entry.name)) walk(full);
      else if (entry.isFile() && /\.(ya?ml|json)$/i.test(entry.name)) out.push({ path: relative(cwd, full) || full, named: false });
    }
  };
  for (const p of paths) {
    const full = resolve(cwd, p);
    try {
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(ya?ml|json)$/i.test(p)) out.push({ path: p, named: true });
    } catch {
      // A missing path is reported by the Rego loader.
    }
  }
  return out;
}

/** The Rego source of a template's first target: `code[engine: Rego].source` (with its version) or `rego`/`libs`. */
function templateCode(target: Json): { rego?: string; libs: string[]; version: RegoVersion } {
  const code = Array.isArray(target.code) ? target.code.find((c) => isObject(c) && c.engine === 'Rego') : undefined;
  if (isObject(code) && isObject(code.source)) {
    const source = code.source;
    return { rego: typeof source.rego === 'string' ? source.rego : undefined, libs: (Array.isArray(source.libs) ? source.libs : []).map(String), version: source.version === 'v1' ? 'v1' : 'v0' };
  }
  return { rego: typeof target.rego === 'string' ? target.rego : undefined, libs: (Array.isArray(target.libs) ? target.libs : []).map(String), version: 'v0' };
}

function readTemplate(doc: Json, file: string, sha256: string, line: number | undefined, problems: Diagnostic[]): Template | undefined {
  const spec = isObject(doc.spec) ? doc.spec : {};
  const names = isObject(spec.crd) && isObject(spec.crd.spec) && isObject(spec.crd.spec.names) ? spec.crd.spec.names : {};
  const target = Array.isArray(spec.targets) && isObject(spec.targets[0]) ? spec.targets[0] : undefined;
  const where = { file, ...(line ? { line } : {}) };
  if (typeof names.kind !== 'string' || !target) {
    problems.push(diagnostic('policy_error', 'ConstraintTemplate has no spec.crd.spec.names.kind or no spec.targets', where));
    return undefined;
  }
  const code = templateCode(target);
  if (!code.rego) {
    problems.push(diagnostic('policy_error', `ConstraintTemplate ${names.kind} has no Rego code (only Rego templates run; CEL is not supported)`, where));
    return undefined;
  }
  const annotations = isObject(doc.metadata) && isObject(doc.metadata.annotations) ? doc.metadata.annotations : {};
  const title = annotations['metadata.gatekeeper.sh/title'];
  const description = annotations['description'] ?? annotations['metadata.gatekeeper.sh/description'];
  return {
    kind: names.kind, file, sha256, rego: code.rego, libs: code.libs, regoVersion: code.version,
    ...(typeof title === 'string' ? { title } : {}),
    ...(typeof description === 'string' ? { description } : {}),
  };
}

/** Reads ConstraintTemplates and constraints from YAML/JSON files under the policy paths. */
export function readGatekeeperObjects(paths: readonly string[], cwd: string): GatekeeperObjects {
  const out: GatekeeperObjects = { templates: [], constraints: [], problems: [] };
  for (const { path, named } of yamlFiles(paths, cwd)) {
    const bytes = readFileSync(resolve(cwd, path));
    const text = bytes.toString('utf8');
    if (!/gatekeeper\.sh/.test(text)) {
      if (named) out.problems.push(diagnostic('policy_error', 'the file holds no Gatekeeper ConstraintTemplate or constraint', { file: path }));
      continue;
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    for (const doc of parseAllDocuments(text)) {
      if (doc.errors.length > 0) {
        out.problems.push(diagnostic('policy_error', `invalid YAML: ${doc.errors[0].message.split('\n')[0]}`, { file: path, line: doc.errors[0].linePos?.[0]?.line }));
        continue;
      }
      const value = doc.toJS({ maxAliasCount: 100 }) as unknown;
      if (!isObject(value) || typeof value.apiVersion !== 'string') continue;
      const line = doc.contents && doc.contents.range ? text.slice(0, doc.contents.range[0]).split('\n').length : undefined;
      if (TEMPLATE_API.test(value.apiVersion) && value.kind === 'ConstraintTemplate') {
        const template = readTemplate(value, path, sha256, line, out.problems);
        if (template) out.templates.push(template);
      } else if (CONSTRAINT_API.test(value.apiVersion)) {
        const metadata = isObject(value.metadata) ? value.metadata : {};
        const spec = isObject(value.spec) ? value.spec : {};
        out.constraints.push({
          kind: String(value.kind), name: String(metadata.name), file: path, ...(line ? { line } : {}),
          match: isObject(spec.match) ? spec.match : {}, parameters: spec.parameters ?? {},
          enforcementAction: typeof spec.enforcementAction === 'string' ? spec.enforcementAction : 'deny',
        });
      }
    }
  }
  return out;
}

/** The Rego of templates as files (code, then each lib once), each in its template's version. */
export function templateRegoFiles(templates: readonly Template[]): RegoFile[] {
  const files: RegoFile[] = [];
  const libs = new Set<string>();
  for (const t of templates) {
    files.push({ path: `${t.file}#${t.kind}.rego`, source: t.rego, sha256: t.sha256, regoVersion: t.regoVersion });
    t.libs.forEach((lib, n) => {
      if (libs.has(lib)) return;
      libs.add(lib);
      files.push({ path: `${t.file}#${t.kind}.lib${n}.rego`, source: lib, sha256: t.sha256, regoVersion: t.regoVersion });
    });
  }
  return files;
}

/** The package a template's Rego declares (`package k8srequiredlabels` → ["k8srequiredlabels"]). */
function packageOf(rego: string): string[] | undefined {
  const m = /^\s*package\s+([A-Za-z_][\w.]*)/m.exec(rego);
  return m ? m[1].split('.') : undefined;
}

const PACKAGE = 'plangate.gatekeeper';
const ALL_ENTRYPOINT = 'plangate/gatekeeper/results';

function constraintSource(pkg: string[], i: number): string {
  const ref = regoRef(['data', ...pkg, 'violation']);
  return [
    `violations_${i}(r, params) := vs if {`,
    '\tinventory := input.inventory',
    '\treview := {"review": r.review, "parameters": params}',
    `\tvs := [v | some v in ${ref}] with input as review with data.inventory as inventory`,
    '}',
    '',
    `rule_${i} := {`,
    `\t"applies": [r.id | some r in input.constraints[${i}].reviews],`,
    `\t"deny": [f | some r in input.constraints[${i}].reviews; some v in violations_${i}(r, input.constraints[${i}].parameters); f := {"id": r.id, "msg": msg_of(v), "details": object.get(v, "details", {})}],`,
    '\t"exempt": [],',
    `\t"unknown": [f | some u in input.constraints[${i}].undecided; f := {"id": u.id, "msg": u.reason}],`,
    '}',
    '',
  ].join('\n');
}

function loadedRule(c: Constraint, t: Template, i: number): LoadedRule {
  const id = `${c.kind}/${c.name}`;
  const action = ENFORCEMENT_ACTIONS[c.enforcementAction] ?? ENFORCEMENT_ACTIONS.deny;
  return {
    meta: {
      id,
      title: t.title ? `${t.title} (${c.name})` : id,
      ...(t.description ? { description: t.description } : {}),
      severity: 'medium',
      category: 'gatekeeper',
      controls: [],
      file: c.file,
    },
    packagePath: packageOf(t.rego) ?? [],
    outputs: ['applies', 'deny', 'unknown'],
    parameters: [],
    source: 'custom',
    sha256: t.sha256,
    entrypoint: `plangate/gatekeeper/rule_${i}`,
    enforcement: action.enforcement,
    ...(action.note ? { note: action.note } : {}),
  };
}

/** The Gatekeeper rules (one per constraint) of the objects found, with the template Rego they run. */
export function gatekeeperRules(objects: GatekeeperObjects): ConventionFindings {
  const problems = [...objects.problems];
  const byKind = new Map<string, Template>();
  for (const t of objects.templates) {
    if (byKind.has(t.kind)) problems.push(diagnostic('policy_error', `ConstraintTemplate ${t.kind} is defined twice (also in ${byKind.get(t.kind)?.file})`, { file: t.file }));
    else byKind.set(t.kind, t);
  }
  const packages = new Map<string, string>();
  for (const t of byKind.values()) {
    const pkg = packageOf(t.rego)?.join('.') ?? '';
    const other = packages.get(pkg);
    if (other) problems.push(diagnostic('policy_error', `ConstraintTemplates ${other} and ${t.kind} both use package ${pkg}; plangate compiles templates together, so their packages must differ`, { file: t.file }));
    packages.set(pkg, t.kind);
  }
  const sources = templateRegoFiles([...byKind.values()]);
  const used = new Set<string>();
  const rules: LoadedRule[] = [];
  const constraints: ConstraintSelection[] = [];
  const parts: string[] = [];
  for (const c of objects.constraints) {
    const t = byKind.get(c.kind);
    if (!t) {
      problems.push(diagnostic('policy_error', `constraint ${c.kind}/${c.name} has no ConstraintTemplate of kind ${c.kind} among the policies`, { file: c.file, ...(c.line ? { line: c.line } : {}) }));
      continue;
    }
    if (!ENFORCEMENT_ACTIONS[c.enforcementAction]) {
      problems.push(diagnostic('policy_error', `constraint ${c.kind}/${c.name}: enforcementAction "${c.enforcementAction}" is not one of ${Object.keys(ENFORCEMENT_ACTIONS).join(', ')}`, { file: c.file, ...(c.line ? { line: c.line } : {}) }));
      continue;
    }
    used.add(c.kind);
    const i = rules.length;
    rules.push(loadedRule(c, t, i));
    constraints.push({ id: `${c.kind}/${c.name}`, kind: c.kind, name: c.name, match: c.match, parameters: c.parameters });
    parts.push(constraintSource(packageOf(t.rego) ?? [], i));
  }
  for (const t of byKind.values()) {
    if (!used.has(t.kind)) problems.push(diagnostic('policy_error', `ConstraintTemplate ${t.kind} has no constraint among the policies, so it runs nothing`, { file: t.file }, { severity: 'warning' }));
  }
  const ids = rules.map((r, i) => `\t${JSON.stringify(r.meta.id)}: rule_${i},`);
  const aggregator = [`package ${PACKAGE}`, '', 'import rego.v1', '', ...parts, 'results := {', ...ids, '}', MESSAGE_HELPERS].join('\n');
  return {
    claimed: new Set(),
    problems,
    ...(rules.length > 0
      ? { found: { convention: 'gatekeeper', rules, aggregator: { path: 'plangate-gatekeeper.rego', source: aggregator }, allEntrypoint: ALL_ENTRYPOINT, sources, input: { kind: 'admission-reviews', constraints } } }
      : {}),
  };
}
