// conftest's convention: a package (a "namespace", `main` unless told otherwise) whose rules are named deny,
// violation or warn, or those with a `_suffix`; each rule is evaluated once per input document (`input` = one
// parsed document, or with --combine the array of {path, contents}); its messages (strings, or objects with `msg`)
// are failures (deny, violation) or warnings (warn, advisory here); the package's `exception` rule exempts the
// deny_/violation_ rules it names (the empty name exempts plain deny and violation) for that document.
import { diagnostic, type Diagnostic } from '../../diagnostics';
import type { LoadedRule } from '../policy-set';
import { MESSAGE_HELPERS } from './rego-helpers';
import { packageName, regoRef, topLevelRuleNames, type ConventionContext, type ConventionFindings } from './types';

/** conftest's rule names (its engine's patterns). */
const FAILURE_RULE = /^(deny|violation)(_[a-zA-Z0-9]+)*$/;
const WARNING_RULE = /^warn(_[a-zA-Z0-9]+)*$/;

/** Whether a rule name is one conftest runs. */
export function isConftestRule(name: string): boolean {
  return FAILURE_RULE.test(name) || WARNING_RULE.test(name);
}

const PACKAGE = 'plangate.conftest';
const ALL_ENTRYPOINT = 'plangate/conftest/results';

interface ConftestRule {
  namespace: string[];
  name: string;
  file: string;
  sha256: string;
  exceptions: boolean;
}

/** The name an exception uses for a failure rule: deny_foo and violation_foo are "foo"; deny and violation "". */
function exceptionName(rule: string): string {
  const at = rule.indexOf('_');
  return at < 0 ? '' : rule.slice(at + 1);
}

function ruleSource(rule: ConftestRule, i: number): string {
  const id = `${rule.namespace.join('.')}.${rule.name}`;
  const ref = regoRef(['data', ...rule.namespace, rule.name]);
  const exceptionRef = regoRef(['data', ...rule.namespace, 'exception']);
  const lines = [
    `values_${i}(d) := [v | v := ${ref} with input as d.contents]`,
    '',
    `findings_${i}(d) := {f | some v in values_${i}(d); some m in messages(v, ${JSON.stringify(id)}); f := finding(d.id, m)}`,
    '',
  ];
  const exempts = rule.exceptions && FAILURE_RULE.test(rule.name);
  if (exempts) {
    lines.push(
      `exempt_${i}(d) if {`,
      `\tsome names in [e | e := ${exceptionRef} with input as d.contents]`,
      '\tsome group in names',
      `\t${JSON.stringify(exceptionName(rule.name))} in group`,
      '}',
      '',
    );
  }
  const notExempt = exempts ? `; not exempt_${i}(d)` : '';
  lines.push(
    `rule_${i} := {`,
    '\t"applies": [d.id | some d in input.documents],',
    `\t"deny": [f | some d in input.documents${notExempt}; some f in findings_${i}(d)],`,
    `\t"exempt": ${exempts ? `[f | some d in input.documents; exempt_${i}(d); some f in findings_${i}(d)]` : '[]'},`,
    `\t"unknown": [f | some d in input.documents; some v in values_${i}(d); odd_value(v); f := {"id": d.id, "msg": sprintf("conftest rule ${id} produced a %s, not a set of messages", [type_name(v)])}],`,
    '}',
    '',
  );
  return lines.join('\n');
}

function aggregatorSource(rules: readonly ConftestRule[]): string {
  const ids = rules.map((r, i) => `\t${JSON.stringify(`${r.namespace.join('.')}.${r.name}`)}: rule_${i},`);
  return [`package ${PACKAGE}`, '', 'import rego.v1', '', ...rules.map(ruleSource), 'results := {', ...ids, '}', MESSAGE_HELPERS].join('\n');
}

function loadedRule(rule: ConftestRule, i: number): LoadedRule {
  const id = `${rule.namespace.join('.')}.${rule.name}`;
  const warning = WARNING_RULE.test(rule.name);
  return {
    meta: {
      id,
      title: `${id} (conftest ${warning ? 'warning' : 'failure'} rule)`,
      severity: 'medium',
      category: 'conftest',
      controls: [],
      file: rule.file,
    },
    packagePath: rule.namespace,
    outputs: ['applies', 'deny', 'unknown'],
    parameters: [],
    source: 'custom',
    sha256: rule.sha256,
    entrypoint: `plangate/conftest/rule_${i}`,
    ...(warning ? { enforcement: 'advisory' as const } : {}),
  };
}

/**
 * The conftest rules of the packages not claimed before (plangate METADATA rules), in the namespaces selected. A
 * package with conftest rules outside them is reported: conftest would skip it without a word.
 */
export function conftestRules({ sources, claimed, options: opts }: ConventionContext): ConventionFindings {
  const selected = new Set(opts.namespaces && opts.namespaces.length > 0 ? opts.namespaces : ['main']);
  const problems: Diagnostic[] = [];
  const found: ConftestRule[] = [];
  const mine = new Set<string>();
  const seen = new Set<string>();
  for (const { module, file } of sources) {
    const pkg = packageName(module);
    if (claimed.has(pkg)) continue;
    const names = topLevelRuleNames(module);
    const ruleNames = [...names].filter(isConftestRule).sort();
    if (ruleNames.length === 0) continue;
    mine.add(pkg);
    const namespace = pkg.split('.').slice(1);
    if (!opts.allNamespaces && !selected.has(namespace.join('.'))) {
      const where = { file: module.package.loc.file, line: module.package.loc.line };
      problems.push(diagnostic('policy_error', `package ${pkg} defines conftest rules (${ruleNames.join(', ')}) outside the namespaces run (${[...selected].join(', ')}): pass --namespace ${namespace.join('.')} or --all-namespaces`, where));
      continue;
    }
    const hasExceptions = sources.some((s) => packageName(s.module) === pkg && topLevelRuleNames(s.module).has('exception'));
    for (const name of ruleNames) {
      const key = `${pkg}.${name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      found.push({ namespace, name, file: file.path, sha256: file.sha256, exceptions: hasExceptions });
    }
  }
  const rules = found.map(loadedRule);
  return {
    claimed: mine,
    problems,
    ...(rules.length > 0
      ? {
          found: {
            convention: 'conftest',
            rules,
            aggregator: { path: 'plangate-conftest.rego', source: aggregatorSource(found) },
            allEntrypoint: ALL_ENTRYPOINT,
            sources: [],
            input: { kind: 'documents', combine: opts.combine === true },
          },
        }
      : {}),
  };
}
