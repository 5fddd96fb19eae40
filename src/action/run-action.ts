// The Action's run, step by step: inputs, check run started, baseline, check, gate, then everything GitHub shows
// (check run with annotations or workflow-command annotations, job summary, comment, outputs); returns the exit code.
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { EXIT, exitCodeFor } from '../cli/exit-codes';
import { diagnostic, errorText, formatDiagnostic, PlangateError, type Diagnostic } from '../diagnostics';
import { readKeyFile, type KeyInput } from '../report';
import { buildAnnotations, type FindingAnnotation } from './annotations';
import { resolveBaseline } from './baseline';
import { CHECK_SUMMARY_LIMIT, completeCheckRun, startCheckRun, type Octokit } from './check-run';
import { COMMENT_LIMIT, commentMarker, upsertComment } from './comment';
import { readRunEvent, type RunEvent } from './event';
import { decideGate, type GateDecision } from './gate';
import { readInputs, type ActionInputs } from './inputs';
import { actionOutputs, writeOutputs } from './outputs';
import { runCheck, type CheckRun } from './run-check';
import { checkTitle, composeSummary } from './summary';
import { AnnotationBudget, emitDiagnosticCommands, emitFindingCommands } from './workflow-commands';

/** GitHub's job summary holds 1 MiB per step; the report part stays at the Markdown report's own limit. */
const STEP_SUMMARY_LIMIT = 65536;

/** What the run shares between its steps. */
interface ActionState {
  inputs: ActionInputs;
  event: RunEvent;
  octokit?: Octokit;
  checkRunId?: number;
  /** Things the Action could not do, said in the summary and the log. */
  notes: string[];
  budget: AnnotationBudget;
}

async function openCheckRun(state: ActionState): Promise<void> {
  if (!state.octokit) {
    state.notes.push('No github-token was given, so no check run was created; findings are annotated in the job log.');
    return;
  }
  const started = await startCheckRun(state.octokit, state.event, state.inputs.checkName);
  if (typeof started === 'number') {
    state.checkRunId = started;
    return;
  }
  const note = `No check run was created: ${started.reason}. The findings are annotated in the job log instead; the verdict is unchanged.`;
  state.notes.push(note);
  state.budget.emit('warning', note, { title: 'plangate check run' });
}

function annotationsOf(state: ActionState, run: CheckRun): FindingAnnotation[] {
  if (!state.inputs.annotations) return [];
  return buildAnnotations(run.report, {
    cwd: process.cwd(),
    workspace: state.event.workspace,
    failOnUnknown: run.config.config.failOnUnknown ?? false,
    failOnNewOnly: state.inputs.failOnNewOnly,
  });
}

/** Completes the check run, or (when there is none or it fails) writes the annotations as workflow commands. */
async function publishFindings(state: ActionState, run: CheckRun, gate: GateDecision, annotations: FindingAnnotation[]): Promise<void> {
  if (state.octokit && state.checkRunId !== undefined) {
    try {
      await completeCheckRun(state.octokit, state.event, state.checkRunId, {
        conclusion: gate.verdict === 'pass' ? 'success' : 'failure',
        title: checkTitle(run.report, gate),
        summary: composeSummary(run.report, gate, state.notes, CHECK_SUMMARY_LIMIT),
        annotations,
      });
      return;
    } catch (err) {
      const note = `The check run could not be completed (${errorText(err)}); the findings are annotated in the job log instead.`;
      state.notes.push(note);
      state.budget.emit('warning', note, { title: 'plangate check run' });
    }
  }
  emitFindingCommands(annotations, state.budget);
}

async function publishComment(state: ActionState, run: CheckRun, gate: GateDecision): Promise<void> {
  if (!state.inputs.comment) return;
  if (!state.octokit) {
    state.notes.push('No github-token was given, so no pull-request comment was written.');
    return;
  }
  const room = COMMENT_LIMIT - commentMarker(state.inputs.checkName).length - 1;
  const outcome = await upsertComment(state.octokit, state.event, state.inputs.checkName, composeSummary(run.report, gate, state.notes, room));
  if (outcome.action === 'skipped') core.info(`plangate: no pull-request comment: ${outcome.reason}`);
  else core.info(`plangate: pull-request comment ${outcome.action} (id ${outcome.id})`);
}

async function writeStepSummary(state: ActionState, run: CheckRun, gate: GateDecision): Promise<void> {
  if (!state.inputs.summary || !process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(composeSummary(run.report, gate, state.notes, STEP_SUMMARY_LIMIT), true).write();
}

/** baseline-public-key as a key: PEM text as given, anything else read as a PEM file. */
function baselineKey(value: string | undefined): KeyInput | undefined {
  if (value === undefined) return undefined;
  return value.includes('-----BEGIN') ? value : readKeyFile(value, 'public');
}

async function checkAndPublish(state: ActionState): Promise<number> {
  const baseline = await resolveBaseline(state.inputs.baseline, state.octokit, state.event, baselineKey(state.inputs.baselinePublicKey));
  if (baseline.report) core.info(`plangate: baseline ${baseline.from}`);
  else if (baseline.note) state.notes.push(`Baseline: ${baseline.note}.`);
  const run = await runCheck(state.inputs, baseline.report, process.cwd(), process.env);
  for (const d of run.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
  emitDiagnosticCommands(run.diagnostics, state.budget);
  if (run.text) process.stdout.write(run.text);
  const gate = decideGate(run.report, run.diagnostics, { failOnNewOnly: state.inputs.failOnNewOnly, failOnUnknown: run.config.config.failOnUnknown ?? false });
  await publishFindings(state, run, gate, annotationsOf(state, run));
  await publishComment(state, run, gate);
  await writeStepSummary(state, run, gate);
  writeOutputs(actionOutputs(run.report, gate, run.files, state.checkRunId));
  for (const path of run.files.values()) core.info(`plangate: wrote ${path}`);
  core.info(`plangate: ${gate.verdict} (${gate.blocking} blocking failures; exit ${gate.exitCode})`);
  return gate.exitCode;
}

/** Ends a run that stopped on an error: the check run (if open) fails with the reason, and the exit code follows it. */
async function failRun(diagnostics: Diagnostic[], budget: AnnotationBudget, state?: ActionState): Promise<number> {
  for (const d of diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
  emitDiagnosticCommands(diagnostics, budget);
  if (state?.octokit && state.checkRunId !== undefined) {
    const text = diagnostics.map((d) => `- \`${formatDiagnostic(d).replace(/`/g, "'")}\``).join('\n');
    await completeCheckRun(state.octokit, state.event, state.checkRunId, {
      conclusion: 'failure',
      title: 'plangate could not run',
      summary: `plangate stopped before any result:\n\n${text}`,
      annotations: [],
    }).catch((err: Error) => core.warning(`The check run could not be completed: ${err.message.split('\n')[0]}`));
  }
  core.setOutput('verdict', 'error');
  return Math.max(EXIT.usage, ...diagnostics.map((d) => exitCodeFor(d.code)));
}

function diagnosticsOf(err: unknown): Diagnostic[] {
  if (err instanceof PlangateError) return err.diagnostics;
  return [diagnostic('internal_error', errorText(err))];
}

/** Runs the Action; returns the exit code (the contract's, as `plangate check` gives). */
export async function runAction(): Promise<number> {
  let inputs: ActionInputs;
  try {
    inputs = readInputs();
  } catch (err) {
    return failRun(diagnosticsOf(err), new AnnotationBudget());
  }
  const event = readRunEvent();
  const state: ActionState = { inputs, event, notes: [], budget: new AnnotationBudget(), ...(inputs.token ? { octokit: getOctokit(inputs.token) } : {}) };
  await openCheckRun(state);
  try {
    return await checkAndPublish(state);
  } catch (err) {
    return failRun(diagnosticsOf(err), state.budget, state);
  }
}
