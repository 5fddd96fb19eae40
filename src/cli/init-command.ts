// `plangate init`: writes a commented plangate.yaml with every default spelled out, including the built-in
// library's parameters, so a team configures plangate by editing values rather than reading docs.
import { existsSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { stringify } from 'yaml';
import { diagnostic, PlangateError } from '../diagnostics';
import { readLibraryDefaults } from '../engine';
import type { RegisterCommand } from './commands';

interface InitFlags {
  force: boolean;
  output: string;
}

function indent(text: string, prefix: string): string {
  return text.trimEnd().split('\n').map((l) => prefix + l).join('\n');
}

/** The text of a fresh plangate.yaml. */
export function initialConfigText(defaults: Record<string, unknown>): string {
  return `# plangate configuration (https://github.com/plangate/plangate). Every key is optional; the values below
# are the defaults. Validated against schemas/config.schema.json — unknown keys are errors.

# Lowest severity of a failing result that fails the run: low | medium | high | critical.
failOn: low

# Results that cannot be decided before apply (status unknown) are reported; set true to fail the run on them.
failOnUnknown: false

# Resources that no rule judged are listed in every report; set true to fail the run on them.
failOnUncovered: false

# A run with no rules, or in which no rule judged any resource, fails (it says "no rules ran" / "nothing judged");
# set true to let it pass (it still says so).
allowEmpty: false

# The environment (dev, int, prd, ...) the prefix rules check names and image tags against; one of the keys of the
# environment_prefixes parameter. Unset: any allowed prefix is accepted, unless a resource's own environment tag or
# label names one.
# environment: prd

# More policies: .rego files or folders (compiled and cached), compiled .wasm modules, OPA bundles (.tar.gz).
policies: []

# Whether the built-in library runs.
builtin: true

# Rule ids not to run (see \`plangate policies\`).
disable: []

# Severity overrides by rule id, e.g. { required-tags: low }.
severity: {}

# Enforcement by rule id or category: advisory (reported, never fails the run), soft-mandatory (fails unless
# --override is given; the override is recorded) or mandatory (the default).
enforcement: {}

# Non-deterministic built-ins custom policies may call (refused otherwise), e.g. [time.now_ns].
allowBuiltins: []

# Report formats written by \`plangate check\` (text goes to the terminal): text, json, html, sarif, junit, markdown.
formats: [text]

# Directory the report files are written to.
outputDir: plangate-report

# Terraform sources of the plans, for file:line locations of resources. Unset: the directory of each plan.
# tfDir: infra/

# Limits on evaluating one policy set: wall-clock seconds and memory in MiB (a policy past them is an error, exit 4).
timeout: 60
maxMemory: 1024

# Parameters of the built-in rules (\`plangate policies\` says which rule reads which); shown with their defaults.
parameters:
${indent(stringify(defaults, { lineWidth: 110 }), '  ')}

# Approved exceptions. Each needs rule, resource (a glob over addresses), reason, approvedBy and expires
# (YYYY-MM-DD); ticket is optional. An expired waiver no longer waives; one that matches nothing is reported stale.
waivers: []
#  - rule: aws-s3-encryption-at-rest
#    resource: "aws_s3_bucket.logs*"
#    reason: "Log bucket is encrypted by the account default; tracked in SEC-123"
#    approvedBy: "security@example.com"
#    expires: 2027-01-31
#    ticket: SEC-123
`;
}

function runInit(flags: InitFlags): void {
  if (existsSync(flags.output) && !flags.force) {
    throw new PlangateError(diagnostic('usage_error', 'file exists; use --force to overwrite', { file: flags.output }));
  }
  writeFileSync(flags.output, initialConfigText(readLibraryDefaults()));
  process.stderr.write(`plangate: wrote ${flags.output}\n`);
}

/** Registers `plangate init`. */
export const registerInitCommand: RegisterCommand = (program: Command) => {
  program
    .command('init')
    .description('write a commented plangate.yaml with every default spelled out')
    .option('-o, --output <file>', 'where to write', 'plangate.yaml')
    .option('--force', 'overwrite an existing file', false)
    .addHelpText('after', '\nExample:\n  plangate init && $EDITOR plangate.yaml')
    .action((flags: InitFlags) => runInit(flags));
};
