// check(): the whole run — read inputs, load the built-in library and the user's policies, evaluate them in
// WebAssembly, derive one result per (rule, resource), apply the configuration and build the report model.
import { readInputs, readStructuredDocuments, shareDocumentJson, type InputDocument, type InputFile, type StructuredDocument } from '../inputs';
import { mergeParameters, todayUtc, WaiverBook, type EnforcementLevel, type Waiver } from '../config';
import { diagnostic, PlangateError, type Diagnostic } from '../diagnostics';
import {
  applyBaseline, reportTimestamp, runtimeInfo, gitInfo, ciInfo, SCHEMA_VERSION, sortResults, summarise,
  type InputRecord, type Override, type Problem, type PolicyRecord, type ReportModel, type ResourceRef, type Result, type Severity,
} from '../report';
import { VERSION } from '../version';
import { applyEnforcement, applyWaivers, decideVerdict, overriddenRules, staleWaivers } from './judge';
import type { SchemaSet } from './schemas';
import { loadLibrary } from './library';
import type { LoadedRule, PolicySet } from './policy-set';
import { loadPolicySources } from './custom-policies';
import { addDocumentResources, sharedEvaluationInput, withoutJudgedDocuments, type ConventionOptions } from './conventions';
import { loadDataDocuments } from './data-documents';
import type { RegoVersion } from '../rego';
import { deriveResults, type ResourceIndex } from './results';
import { emptyRunReason, measureCoverage } from './coverage';
import { checkRuleIds } from './rule-ids';
import { checkEnvironment } from './environment';
import { startEvaluation, type PendingEvaluation } from './worker-evaluate';
import { splitEmbedderBuiltins, type HostBuiltin } from './embedder-builtins';
import type { EmbedderBuiltins } from './evaluate';
import { evaluationPlace, inputsAreSmall } from './evaluation-place';
import { DEFAULT_LIMITS, type EvaluationLimits } from './worker-protocol';

/** Everything a check needs; the CLI and the Action fill it from flags and plangate.yaml. */
export interface CheckOptions {
  /** Told what the run is doing, for a progress line on long runs. */
  onProgress?: (message: string) => void;
  paths: string[];
  /** More policy sources (.rego files or folders, Gatekeeper YAML, .wasm modules, OPA bundles). */
  policies?: string[];
  /** Rego version of the policy sources (default v1), and of each source that names its own. */
  regoVersion?: RegoVersion;
  policyVersions?: Record<string, RegoVersion>;
  /** Data documents (JSON/YAML files or folders) loaded under `data`, as `opa -d` loads them. */
  data?: string[];
  /** conftest's namespaces, --all-namespaces and --combine. */
  conventions?: ConventionOptions;
  /** Run the built-in library (default true). */
  builtin?: boolean;
  /** Parameters from plangate.yaml and from --param (later wins), merged over the library defaults. */
  parameters?: Record<string, unknown>[];
  environment?: string;
  failOn?: Severity;
  failOnUnknown?: boolean;
  /** Resources no rule judged fail the run (`--fail-on-uncovered`, config `failOnUncovered`). */
  failOnUncovered?: boolean;
  /** A run with no rules or no judged resource may pass (`--allow-empty`); it still says so. */
  allowEmpty?: boolean;
  override?: boolean;
  disable?: string[];
  severity?: Record<string, Severity>;
  enforcement?: Record<string, EnforcementLevel>;
  waivers?: Waiver[];
  allowBuiltins?: string[];
  /** Schemas custom policies are type-checked against (`--schema`); the input document's by default. */
  schemas?: SchemaSet;
  /**
   * Built-ins the embedding program implements, by Rego name (`{ args, result, impl }`), callable from the user's
   * policies. Sets that may call them evaluate in this thread: the memory ceiling holds, the timeout does not.
   */
  builtins?: Readonly<Record<string, HostBuiltin>>;
  baseline?: ReportModel;
  tfDir?: string;
  /** Bytes above which an input file is refused unread (default 512 MiB). */
  maxInputBytes?: number;
  /** Skip named files that are neither a plan nor a manifest, and accept finding none (pre-commit hooks). */
  ignoreUnrecognised?: boolean;
  cwd?: string;
  cacheDir?: string | false;
  /** Evaluation bounds per policy set (default 60 s, 1024 MiB); evaluation runs in a worker thread. */
  limits?: Partial<EvaluationLimits>;
  configPath?: string;
  configDigest?: string;
}

/** The report plus every problem met on the way (input errors, policy errors). */
export interface CheckOutcome {
  report: ReportModel;
  diagnostics: Diagnostic[];
}

// Data sources are indexed too: rules judge some of them (IAM policy documents), and their results need the
// address, type and line as much as a managed resource's.
function resourceIndex(doc: InputDocument): ResourceIndex {
  return new Map([...doc.resources, ...doc.dataSources].map((r) => [r.id, { address: r.address, type: r.type, file: r.file, ...(r.line ? { line: r.line } : {}), ...(r.sourceFile ? { sourceFile: r.sourceFile } : {}) }]));
}

function policyRecord(rule: LoadedRule, severity: Severity, enforcement: EnforcementLevel): PolicyRecord {
  return { ...rule.meta, severity, source: rule.source, sha256: rule.sha256, enforcement };
}

interface Evaluated {
  results: Result[];
  policies: PolicyRecord[];
  overrides: Override[];
  errors: Diagnostic[];
  /** Ids of the resources some rule that ran judged (applies to, denies or leaves undecided). */
  judged: Set<string>;
}

/** What the run keeps of its inputs once read: the document itself lives on only as JSON in shared memory. */
interface PreparedInputs {
  /** The input document's JSON text, which every policy worker reads. */
  input: SharedArrayBuffer;
  resources: ResourceIndex;
  resourceCount: number;
  inputs: InputFile[];
  diagnostics: Diagnostic[];
  /** Every JSON/YAML document of the paths, for sets of conftest and Gatekeeper policies (read only for them). */
  documents: StructuredDocument[];
}

/**
 * Reads the inputs and keeps only what the rest of the run needs, so the document (for a large plan, hundreds of
 * megabytes of objects) can be collected while the policies are evaluated.
 */
async function prepareInputs(opts: CheckOptions, sets: readonly PolicySet[], deadline: number): Promise<PreparedInputs> {
  const wantDocuments = sets.some((set) => set.input !== undefined);
  const read = await readInputs(opts.paths, { cwd: opts.cwd, tfDir: opts.tfDir, ignoreUnrecognised: opts.ignoreUnrecognised, maxFileBytes: opts.maxInputBytes, deadline });
  const doc = read.document;
  const resources = resourceIndex(doc) as Map<string, ResourceRef>;
  const documents = wantDocuments ? readStructuredDocuments(opts.paths, { cwd: opts.cwd }).documents : [];
  addDocumentResources(resources, documents);
  return {
    input: shareDocumentJson(doc),
    resources,
    resourceCount: doc.resources.length,
    inputs: read.inputs,
    diagnostics: withoutJudgedDocuments(read.diagnostics, sets, documents),
    documents,
  };
}

async function evaluateSets(sets: PolicySet[], pending: PendingEvaluation[], prepared: PreparedInputs, opts: CheckOptions, dropped: ReadonlySet<LoadedRule>): Promise<Evaluated> {
  const { resources } = prepared;
  const disabled = new Set(opts.disable ?? []);
  const out: Evaluated = { results: [], policies: [], overrides: [], errors: [], judged: new Set() };
  // Sets run side by side, each in its own workers; results are read back in the sets' order.
  const evaluations = await Promise.all(pending.map((evaluation, i) => evaluation.run(sharedEvaluationInput(sets[i], prepared.documents, prepared.input))));
  for (const [index, set] of sets.entries()) {
    const evaluation = evaluations[index];
    for (const rule of set.rules) {
      const id = rule.meta.id;
      if (dropped.has(rule)) continue;
      if (disabled.has(id)) {
        out.overrides.push({ rule: id, field: 'disabled', to: 'true' });
        continue;
      }
      const severity = opts.severity?.[id] ?? rule.meta.severity;
      if (severity !== rule.meta.severity) out.overrides.push({ rule: id, field: 'severity', from: rule.meta.severity, to: severity });
      const ownEnforcement = rule.enforcement ?? 'mandatory';
      const enforcement = opts.enforcement?.[id] ?? opts.enforcement?.[rule.meta.category] ?? ownEnforcement;
      if (enforcement !== ownEnforcement) out.overrides.push({ rule: id, field: 'enforcement', from: ownEnforcement, to: enforcement });
      out.policies.push(policyRecord(rule, severity, enforcement));
      const error = evaluation.errors.get(id);
      if (error) {
        out.errors.push(error);
        out.results.push({ ruleId: id, status: 'error', severity, resource: { address: `policy:${id}`, type: 'policy', ...(rule.meta.file ? { file: rule.meta.file } : {}) }, message: error.message, diagnostic: error });
        continue;
      }
      const output = evaluation.outputs.get(id) ?? { applies: [], deny: [], unknown: [] };
      for (const ruleOutput of [output.applies, output.deny.map((f) => f.id), output.unknown.map((f) => f.id)]) for (const rid of ruleOutput) if (resources.has(rid)) out.judged.add(rid);
      // A loop, not push(...): a rule over a large plan has more results than a call can take as arguments.
      for (const result of deriveResults(id, severity, output, resources, rule.meta.title, rule.note)) out.results.push(result);
    }
  }
  return out;
}

const INPUT_PROBLEM_CODES = new Set(['input_error', 'io_error']);

/** The inputs read, then every file an input problem names that was not read (status error, reason in problems). */
function inputRecords(inputs: readonly InputFile[], diagnostics: readonly Diagnostic[]): InputRecord[] {
  const records: InputRecord[] = inputs.map((i) => ({ path: i.path, type: i.type, sha256: i.sha256, resources: i.resources, status: 'read' }));
  const listed = new Set(inputs.map((i) => i.path));
  for (const d of diagnostics) {
    const file = d.location?.file;
    if (d.severity !== 'error' || !INPUT_PROBLEM_CODES.has(d.code) || !file || listed.has(file)) continue;
    listed.add(file);
    records.push({ path: file, resources: 0, status: 'error' });
  }
  return records;
}

interface LoadedSets {
  sets: PolicySet[];
  defaults: Record<string, unknown>;
  errors: Diagnostic[];
  /** The user's data documents (--data), beside data.plangate. */
  data: Record<string, unknown>;
}

/** The built-in library and the user's policies; a user policy that fails to compile does not take the library down. */
async function loadPolicySets(opts: CheckOptions, embedder?: ReturnType<typeof splitEmbedderBuiltins>): Promise<LoadedSets> {
  const loaded: LoadedSets = { sets: [], defaults: {}, errors: [], data: {} };
  const attempt = async (load: () => Promise<void>): Promise<void> => {
    try {
      await load();
    } catch (err) {
      if (!(err instanceof PlangateError)) throw err;
      loaded.errors.push(...err.diagnostics);
    }
  };
  if (opts.builtin !== false) {
    await attempt(async () => {
      const library = loadLibrary();
      loaded.sets.push(library.set);
      loaded.defaults = library.defaults;
    });
  }
  if ((opts.policies ?? []).length > 0) {
    const builtins = embedder ? { builtins: embedder.signatures } : {};
    const custom = await loadPolicySources(opts.policies ?? [], {
      allowBuiltins: opts.allowBuiltins, cacheDir: opts.cacheDir, cwd: opts.cwd, regoVersion: opts.regoVersion, versions: opts.policyVersions, conventions: opts.conventions,
      ...builtins, ...(opts.schemas ? { schemas: opts.schemas } : {}),
    });
    loaded.sets.push(...custom.sets);
    loaded.errors.push(...custom.diagnostics);
  }
  await attempt(async () => {
    loaded.data = loadDataDocuments(opts.data ?? [], opts.cwd);
  });
  return loaded;
}

function problemOf(d: Diagnostic): Problem {
  const where = d.location ? { file: d.location.file, ...(d.location.line ? { line: d.location.line } : {}) } : {};
  return { code: d.code, message: d.message, ...where };
}

/** Runs a check. Input and policy problems are returned as diagnostics; the run goes on without what failed. */
export async function check(opts: CheckOptions): Promise<CheckOutcome> {
  // The policies load first and their workers start at once: they compile and instantiate the modules while
  // the inputs are read.
  opts.onProgress?.('loading policies');
  // --timeout bounds reading the inputs too: files still unread when it passes are input errors.
  const deadline = Date.now() + (opts.limits?.timeoutMs ?? DEFAULT_LIMITS.timeoutMs);
  const embedder = opts.builtins && Object.keys(opts.builtins).length > 0 ? splitEmbedderBuiltins(opts.builtins) : undefined;
  const loaded = await loadPolicySets(opts, embedder);
  const ruleIds = checkRuleIds(loaded.sets);
  const setProblems = loaded.sets.flatMap((set) => set.problems ?? []);
  const params = mergeParameters(loaded.defaults, ...(opts.parameters ?? []), opts.environment ? { environment: opts.environment } : {});
  checkEnvironment(opts.environment, params);
  const limits: EvaluationLimits = { ...DEFAULT_LIMITS, ...opts.limits };
  const small = inputsAreSmall(opts.paths, opts.cwd ?? process.cwd());
  const implsFor = (set: PolicySet): EmbedderBuiltins | undefined => (embedder && set.rules.some((r) => r.source === 'custom') ? embedder.impls : undefined);
  const pending = loaded.sets.map((set) => {
    const impls = implsFor(set);
    return startEvaluation(set, { ...loaded.data, plangate: { params } }, limits, impls ? 'thread' : evaluationPlace(set, small), impls);
  });
  opts.onProgress?.(`reading ${opts.paths.join(', ')}`);
  let read: PreparedInputs;
  try {
    read = await prepareInputs(opts, loaded.sets, deadline);
  } catch (err) {
    pending.forEach((evaluation) => evaluation.cancel());
    throw err;
  }
  const diagnostics: Diagnostic[] = [...read.diagnostics, ...loaded.errors, ...setProblems, ...ruleIds.errors];
  opts.onProgress?.(`evaluating ${loaded.sets.reduce((n, set) => n + set.rules.length, 0)} rules over ${read.resourceCount} resources`);
  const evaluated = await evaluateSets(loaded.sets, pending, read, opts, ruleIds.dropped);
  diagnostics.push(...evaluated.errors);
  const book = new WaiverBook(opts.waivers ?? [], todayUtc());
  const categories = new Map(evaluated.policies.map((p) => [p.id, p.category]));
  const ownLevels = new Map(loaded.sets.flatMap((set) => set.rules.filter((r) => r.enforcement).map((r) => [r.meta.id, r.enforcement as EnforcementLevel] as const)));
  const results = sortResults(applyEnforcement(applyWaivers(evaluated.results, book), categories, opts.enforcement, ownLevels));
  const judge = {
    failOn: opts.failOn ?? 'low',
    failOnUnknown: opts.failOnUnknown ?? false,
    failOnUncovered: opts.failOnUncovered ?? false,
    allowEmpty: opts.allowEmpty ?? false,
    override: opts.override ?? false,
    enforcement: opts.enforcement,
  };
  if (read.inputs.length === 0 && read.documents.length === 0 && read.diagnostics.length === 0 && !opts.ignoreUnrecognised) {
    diagnostics.push(diagnostic('input_error', 'no Terraform plan or Kubernetes manifest found', { file: opts.paths.join(', ') || '.' }));
  }
  // An input that could not be read, or a policy that could not run, leaves part of the change unjudged: the
  // report must not claim a pass, so the verdict is error and the problems are listed in it.
  const problems = diagnostics.filter((d) => d.severity === 'error');
  const coverage = measureCoverage(read.resources, evaluated.judged);
  const empty = emptyRunReason(evaluated.policies.length, coverage.judged);
  const gaps = { problems: problems.length > 0, uncovered: coverage.uncovered.length > 0, ...(empty ? { empty } : {}) };
  const git = gitInfo(opts.cwd ?? process.cwd());
  let report: ReportModel = {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'plangate', version: VERSION },
    generatedAt: reportTimestamp(),
    verdict: decideVerdict(results, judge, gaps),
    summary: { ...summarise(results, evaluated.policies.length), resources: read.resourceCount, judged: coverage.judged },
    ...(empty ? { empty: { reason: empty, allowed: judge.allowEmpty } } : {}),
    ...(coverage.uncovered.length > 0 ? { uncovered: coverage.uncovered } : {}),
    inputs: inputRecords(read.inputs, diagnostics),
    policies: evaluated.policies,
    results,
    run: {
      ...(opts.configDigest ? { configDigest: opts.configDigest } : {}),
      ...(opts.configPath ? { configPath: opts.configPath } : {}),
      failOn: judge.failOn,
      ...(judge.override ? { override: true } : {}),
      ...(judge.failOnUncovered ? { failOnUncovered: true } : {}),
      ...(opts.environment ? { environment: opts.environment } : {}),
      parameters: params,
      runtime: runtimeInfo(),
      ...(git ? { git } : {}),
      ...(ciInfo() ? { ci: ciInfo() } : {}),
    },
    staleWaivers: staleWaivers(book),
    ...(problems.length > 0 ? { problems: problems.map(problemOf) } : {}),
    overrides: [
      ...ruleIds.replaced,
      ...evaluated.overrides,
      ...overriddenRules(results, judge).map((rule) => ({ rule, field: 'enforcement' as const, from: 'soft-mandatory', to: 'overridden' })),
    ],
  };
  if (opts.baseline) report = applyBaseline(report, opts.baseline);
  return { report, diagnostics };
}
