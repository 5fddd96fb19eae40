// `plangate policies [--json]`: lists the rules a check would run (the built-in library and the configured custom
// policies) with their metadata, after plangate.yaml's disable, severity and enforcement settings.
import type { Command } from 'commander';
import { enforcementLevel, loadConfig, type EnforcementLevel, type PlangateConfig } from '../config';
import { listRules, type ListedRule } from '../engine';
import { printable } from '../diagnostics';
import type { RegisterCommand } from './commands';
import { collect } from './options';

interface PoliciesFlags {
  json: boolean;
  config?: string;
  policy: string[];
  builtin: boolean;
}


type ConfiguredRule = ListedRule & { enforcement: EnforcementLevel };

/** The rules as a check configured by `config` runs them: disabled ones left out, severities and levels applied. */
function configured(rules: ListedRule[], config: PlangateConfig): ConfiguredRule[] {
  const disabled = new Set(config.disable ?? []);
  return rules.filter((r) => !disabled.has(r.id)).map((r) => ({
    ...r,
    severity: config.severity?.[r.id] ?? r.severity,
    enforcement: enforcementLevel(config.enforcement, r.id, r.category),
  }));
}

/** One rule per line (metadata of custom rules is untrusted: control characters are escaped, see printable). */
function textOf(rules: ConfiguredRule[]): string {
  const lines: string[] = [];
  for (const r of rules) {
    const level = r.enforcement === 'mandatory' ? '' : `[${r.enforcement}] `;
    lines.push(`${r.id}  [${r.severity}] [${r.category}] ${level}${r.source === 'custom' ? '[custom] ' : ''}${r.title}`);
    if (r.controls.length > 0) lines.push(`    controls: ${r.controls.map((c) => `${c.framework} ${c.id}`).join(', ')}`);
    if (r.appliesTo && r.appliesTo.length > 0) lines.push(`    applies to: ${r.appliesTo.join(', ')}`);
    if (r.parameters.length > 0) lines.push(`    parameters: ${r.parameters.join(', ')}`);
  }
  lines.push(`${rules.length} rules`);
  return lines.map(printable).join('\n') + '\n';
}

async function runPolicies(flags: PoliciesFlags): Promise<void> {
  const config = loadConfig(flags.config, process.cwd()).config;
  const listed = await listRules({
    policies: [...(config.policies ?? []), ...flags.policy], builtin: flags.builtin && config.builtin !== false, allowBuiltins: config.allowBuiltins,
    regoVersion: config.regoVersion, versions: config.policyVersions,
  });
  const rules = configured(listed, config);
  process.stdout.write(flags.json ? JSON.stringify(rules, null, 2) + '\n' : textOf(rules));
}

/** Registers `plangate policies`. */
export const registerPoliciesCommand: RegisterCommand = (program: Command) => {
  program
    .command('policies')
    .description('list the rules that would run, with their metadata (after plangate.yaml\'s disable, severity, enforcement)')
    .option('--json', 'print JSON', false)
    .option('-c, --config <file>', 'configuration file (default: plangate.yaml or .plangate.yaml here)')
    .option('-p, --policy <path>', 'more policies to list (repeatable)', collect, [])
    .option('--no-builtin', 'leave the built-in library out')
    .addHelpText('after', '\nExamples:\n  plangate policies\n  plangate policies --json -p policies/')
    .action((flags: PoliciesFlags) => runPolicies(flags));
};
