// Runs plangate's check for the Action as `plangate check` does for the CLI: plangate.yaml, then the inputs over it,
// then the library's check(); writes the asked report formats and returns the sealed model with its diagnostics.
import { basename, join } from 'node:path';
import { loadConfig, type LoadedConfig } from '../config';
import type { Diagnostic } from '../diagnostics';
import { check } from '../engine';
import { resolveCacheDir } from '../rego';
import { emitReports, normaliseReport, parseFormats, sealReport, type ReportModel } from '../report';
import type { ActionInputs } from './inputs';

/** A finished check: the sealed report, the problems met, the files written and the text view (if asked). */
export interface CheckRun {
  report: ReportModel;
  diagnostics: Diagnostic[];
  /** Report files by format name (`json` → plangate-report/report.json). */
  files: Map<string, string>;
  text: string;
  config: LoadedConfig;
}

/** Runs the check with the Action's inputs over plangate.yaml; `baseline` is the base branch's report, if found. */
export async function runCheck(inputs: ActionInputs, baseline: ReportModel | undefined, cwd: string, env: NodeJS.ProcessEnv): Promise<CheckRun> {
  const loaded = loadConfig(inputs.config, cwd);
  const config = loaded.config;
  // An empty formats input writes no files; the summary and the check run are rendered in memory either way.
  const formats = inputs.formats.length > 0 ? parseFormats(inputs.formats) : [];
  const { report, diagnostics } = await check({
    paths: inputs.paths,
    policies: [...(config.policies ?? []), ...inputs.policies],
    // plangate.yaml's Rego version (global and per source) and data documents, as `plangate check` reads them.
    ...(config.regoVersion ? { regoVersion: config.regoVersion } : {}),
    ...(config.policyVersions ? { policyVersions: config.policyVersions } : {}),
    data: config.data ?? [],
    builtin: config.builtin !== false,
    parameters: [config.parameters ?? {}],
    environment: inputs.environment ?? config.environment,
    failOn: inputs.failOn ?? config.failOn ?? 'low',
    failOnUnknown: config.failOnUnknown,
    failOnUncovered: config.failOnUncovered,
    allowEmpty: config.allowEmpty,
    disable: config.disable,
    severity: config.severity,
    enforcement: config.enforcement,
    waivers: config.waivers ?? [],
    allowBuiltins: config.allowBuiltins,
    baseline,
    tfDir: config.tfDir,
    cwd,
    // The runner's temp folder keeps compiled policies out of the checked-out tree (and out of later commits).
    cacheDir: env.RUNNER_TEMP && !env.PLANGATE_CACHE_DIR ? join(env.RUNNER_TEMP, 'plangate-cache') : resolveCacheDir(cwd, env),
    configPath: loaded.path,
    configDigest: loaded.sha256,
  });
  // Sealed once here so the files, the check run and the outputs all show the same digest.
  const sealed = sealReport(normaliseReport(report));
  const written = emitReports(sealed, formats, inputs.outputDir, { color: false, keepSeal: true });
  const files = new Map<string, string>();
  // A format that could not be written is missing from `paths` (and one of the diagnostics): match by file name.
  for (const f of formats) {
    const path = written.paths.find((p) => basename(p) === f.fileName);
    if (path) files.set(f.name, path);
  }
  return { report: sealed, diagnostics: [...diagnostics, ...written.failures], files, text: written.stdout, config: loaded };
}
