// `plangate check [PATH...]`: reads the inputs, runs the built-in library and the user's policies, prints the text
// view and writes the asked formats; the exit code follows the contract (highest applicable wins).
import { constants } from 'node:buffer';
import type { Command } from 'commander';
import { loadConfig, loadWaiversFile, parseParamFlags, unknownRuleReferences, type LoadedConfig, type PlangateConfig, type Severity } from '../config';
import { diagnostic, formatDiagnostic, PlangateError, type Diagnostic } from '../diagnostics';
import { check, readSchemaSet, type EvaluationLimits } from '../engine';
import { resolveCacheDir } from '../rego';
import { emitReportsInTurns, formatHelp, parseFormats, readKeyFile, readReport, type ReportModel } from '../report';
import type { RegisterCommand } from './commands';
import { printEmitted, printFailures } from './emitted';
import { EXIT, exitCodeFor } from './exit-codes';
import { ProgressLine } from './progress';
import { useColor } from './report-command';
import { collect, regoVersionOf } from './options';

interface CheckFlags {
  config?: string;
  policy: string[];
  builtin: boolean;
  format?: string;
  outputDir?: string;
  failOn?: string;
  failOnUnknown?: boolean;
  failOnUncovered?: boolean;
  allowEmpty?: boolean;
  env?: string;
  param: string[];
  baseline?: string;
  waivers?: string;
  override: boolean;
  tfDir?: string;
  ignoreUnrecognised?: boolean;
  signKey?: string;
  color: boolean;
  verbose?: boolean;
  cache: boolean;
  timeout?: string;
  maxMemory?: string;
  maxInputSize?: string;
  regoVersion?: string;
  data: string[];
  namespace: string[];
  allNamespaces?: boolean;
  combine?: boolean;
  schema?: string;
}

const SEVERITY_CHOICES = ['low', 'medium', 'high', 'critical'];
/** Node decodes no longer text than this, so no larger file could be read anyway. */
const MAX_INPUT_SIZE = constants.MAX_STRING_LENGTH;


function failOnOf(flags: CheckFlags, config: PlangateConfig): Severity {
  const value = flags.failOn ?? config.failOn ?? 'low';
  if (!SEVERITY_CHOICES.includes(value)) throw new PlangateError(diagnostic('usage_error', `--fail-on ${value}: choose one of ${SEVERITY_CHOICES.join(', ')}`));
  return value as Severity;
}

function positiveNumber(flag: string, value: string, max: number): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > max) throw new PlangateError(diagnostic('usage_error', `${flag} ${value}: give a number above 0 and at most ${max}`));
  return n;
}

/**
 * --timeout (seconds) and --max-memory (MiB; WebAssembly memory stops at 4 GiB), else plangate.yaml's `timeout` and
 * `maxMemory`, as the engine's limits.
 */
function evaluationLimits(flags: CheckFlags, config: PlangateConfig): Partial<EvaluationLimits> {
  const timeout = flags.timeout ?? config.timeout?.toString();
  const maxMemory = flags.maxMemory ?? config.maxMemory?.toString();
  return {
    ...(timeout !== undefined ? { timeoutMs: positiveNumber('--timeout', timeout, 86_400) * 1000 } : {}),
    ...(maxMemory !== undefined ? { maxMemoryMiB: Math.floor(positiveNumber('--max-memory', maxMemory, 4096)) } : {}),
  };
}

/** The exit code of a finished check: 1 for a failing verdict, 3 for unreadable inputs, 4 for policy errors. */
export function checkExitCode(verdict: string, diagnostics: readonly Diagnostic[]): number {
  const codes = diagnostics.map((d) => exitCodeFor(d.code));
  if (verdict === 'fail') codes.push(EXIT.failed);
  // An error verdict is explained by its diagnostics (input errors exit 3); without any, a rule failed to evaluate.
  if (verdict === 'error' && diagnostics.length === 0) codes.push(EXIT.policy);
  return Math.max(EXIT.ok, ...codes);
}

/**
 * Warns, without failing the run, about rule ids and categories in plangate.yaml that no rule of the run has. Runs
 * with policy errors are skipped: their rules may be missing only because a policy failed to load.
 */
function warnUnknownRuleReferences(loaded: LoadedConfig, report: ReportModel): void {
  const disabled = (report.overrides ?? []).filter((o) => o.field === 'disabled').map((o) => o.rule);
  const known = { ids: new Set([...report.policies.map((p) => p.id), ...disabled]), categories: new Set(report.policies.map((p) => p.category)) };
  for (const ref of unknownRuleReferences(loaded.config, known)) {
    const line = loaded.lineOf?.(ref.path, ref.atKey);
    process.stderr.write(`${loaded.path ?? 'plangate.yaml'}${line ? `:${line}` : ''}: warning: ${ref.message}\n`);
  }
}

async function runCheck(paths: string[], flags: CheckFlags, setExit: (code: number) => void): Promise<void> {
  const cwd = process.cwd();
  const loaded = loadConfig(flags.config, cwd);
  const config = loaded.config;
  const formats = parseFormats(flags.format ?? config.formats ?? ['text']);
  const waivers = [...(config.waivers ?? []), ...(flags.waivers ? loadWaiversFile(flags.waivers) : [])];
  const signingKey = flags.signKey ? readKeyFile(flags.signKey, 'private') : undefined;
  const progress = new ProgressLine();
  const { report, diagnostics } = await check({
    onProgress: (message) => progress.update(message),
    paths: paths.length > 0 ? paths : ['.'],
    policies: [...(config.policies ?? []), ...flags.policy],
    regoVersion: regoVersionOf(flags.regoVersion, config),
    ...(config.policyVersions ? { policyVersions: config.policyVersions } : {}),
    data: [...(config.data ?? []), ...flags.data],
    conventions: { namespaces: flags.namespace, allNamespaces: flags.allNamespaces === true, combine: flags.combine === true },
    builtin: flags.builtin && config.builtin !== false,
    parameters: [config.parameters ?? {}, parseParamFlags(flags.param)],
    environment: flags.env ?? config.environment,
    failOn: failOnOf(flags, config),
    failOnUnknown: flags.failOnUnknown ?? config.failOnUnknown,
    failOnUncovered: flags.failOnUncovered ?? config.failOnUncovered,
    allowEmpty: flags.allowEmpty ?? config.allowEmpty,
    override: flags.override,
    disable: config.disable,
    severity: config.severity,
    enforcement: config.enforcement,
    waivers,
    allowBuiltins: config.allowBuiltins,
    ...(flags.schema ? { schemas: readSchemaSet(flags.schema) } : {}),
    baseline: flags.baseline ? readReport(flags.baseline) : undefined,
    tfDir: flags.tfDir ?? config.tfDir,
    ignoreUnrecognised: flags.ignoreUnrecognised,
    cwd,
    cacheDir: flags.cache ? resolveCacheDir(cwd, process.env) : false,
    limits: evaluationLimits(flags, config),
    ...(flags.maxInputSize !== undefined ? { maxInputBytes: Math.floor(positiveNumber('--max-input-size', flags.maxInputSize, MAX_INPUT_SIZE)) } : {}),
    configPath: loaded.path,
    configDigest: loaded.sha256,
  }).finally(() => progress.done());
  for (const d of diagnostics) process.stderr.write(formatDiagnostic(d) + '\n');
  if (report.verdict !== 'error') warnUnknownRuleReferences(loaded, report);
  const outputDir = flags.outputDir ?? config.outputDir ?? (formats.some((f) => f.name !== 'text') ? 'plangate-report' : undefined);
  const out = await emitReportsInTurns(report, formats, outputDir, { color: useColor(flags.color), verbose: flags.verbose === true, signingKey });
  const failed = printEmitted(out);
  printFailures(failed);
  setExit(checkExitCode(report.verdict, [...diagnostics, ...(failed?.diagnostics ?? [])]));
}

/** Registers `plangate check`. */
export const registerCheckCommand: RegisterCommand = (program: Command, setExit) => {
  program
    .command('check')
    .description('check Terraform plans and Kubernetes manifests against the policies')
    .argument('[paths...]', 'files, directories (searched recursively) or globs; default "."')
    .option('-c, --config <file>', 'configuration file (default: plangate.yaml or .plangate.yaml here)')
    .option('-p, --policy <path>', 'more policies: .rego files or folders, .wasm, OPA bundle .tar.gz (repeatable)', collect, [])
    .option('--no-builtin', 'leave the built-in library out')
    .option('-f, --format <list>', 'comma list of report formats (default text)')
    .option('-o, --output-dir <dir>', 'directory for report files (default plangate-report when a file format is asked)')
    .option('--fail-on <severity>', 'lowest severity that fails the run: low|medium|high|critical (default low)')
    .option('--fail-on-unknown', 'results undecidable before apply fail the run too')
    .option('--fail-on-uncovered', 'resources that no rule judged fail the run')
    .option('--allow-empty', 'a run with no rules or no judged resource may pass (it still says so)')
    .option('--env <name>', 'the environment (dev, int, prd, ...) prefix rules check against')
    .option('--param <key=value>', 'set a policy parameter (repeatable; value read as YAML)', collect, [])
    .option('--baseline <file>', 'an earlier report.json: mark results new, unchanged or fixed')
    .option('--waivers <file>', 'a separate waivers file (waivers: [...])')
    .option('--override', 'let soft-mandatory failures pass (recorded in the report)', false)
    .option('--tf-dir <dir>', 'Terraform sources of the plans, for file:line locations')
    .option('--ignore-unrecognised', 'skip named files that are neither a plan nor a manifest (pre-commit passes every staged file)')
    .option('--sign-key <file>', 'Ed25519 private key (PEM): sign the report')
    .option('--no-color', 'plain text even on a terminal')
    .option('--verbose', 'the text view lists passing results too')
    .option('--no-cache', 'compile custom policies without the compile cache')
    .option('--schema <path>', 'type-check custom policies against this JSON Schema of input (or a directory of schemas for METADATA schemas:) instead of the input document\'s')
    .option('--timeout <seconds>', 'stop evaluating a policy set after this many seconds (default 60)')
    .option('--max-memory <MiB>', 'memory limit of each worker evaluating a policy set, in MiB (default 1024)')
    .option('--max-input-size <bytes>', 'refuse input files larger than this, unread (default 536870912, 512 MiB)')
    .option('--rego-version <v0|v1>', 'Rego version of the policies that name none (default v1; v0 as OPA --v0-compatible reads it)')
    .option('-d, --data <path>', 'data document: JSON/YAML file or folder loaded under data, as opa -d (repeatable)', collect, [])
    .option('-n, --namespace <ns>', 'conftest namespace to run (repeatable; default main)', collect, [])
    .option('--all-namespaces', 'run the conftest rules of every namespace')
    .option('--combine', 'conftest: evaluate every document at once, input = [{path, contents}]')
    .addHelpText('after', `
Examples:
  terraform show -json plan.out > plan.json
  plangate check plan.json k8s/ --env prd
  plangate check . -p policies/ -f text,json,html,sarif -o plangate-report

Formats:
${formatHelp()}

Exit codes: 0 pass, 1 failing results, 2 usage or configuration error, 3 unreadable input, 4 policy error.`)
    .action((paths: string[], flags: CheckFlags) => runCheck(paths, flags, setExit));
};
