// The Action's inputs (action.yml), read through @actions/core and checked once, so the rest of the Action works
// with typed values; INPUT_NAMES is the list a test holds against action.yml.
import * as core from '@actions/core';
import { SEVERITIES, type Severity } from '../config';
import { diagnostic, PlangateError } from '../diagnostics';

/** Where the base branch's report comes from. */
export type BaselineSource = { kind: 'file'; path: string } | { kind: 'artifact'; name: string };

/** The Action's inputs, typed. */
export interface ActionInputs {
  paths: string[];
  config?: string;
  policies: string[];
  failOn?: Severity;
  environment?: string;
  formats: string[];
  outputDir: string;
  token: string;
  checkName: string;
  annotations: boolean;
  summary: boolean;
  comment: boolean;
  baseline?: BaselineSource;
  failOnNewOnly: boolean;
  /** PEM text or a PEM file's path: the key the baseline artifact's report must be signed with. */
  baselinePublicKey?: string;
}

/** Every input action.yml declares, in its order. */
export const INPUT_NAMES = [
  'paths', 'config', 'policies', 'fail-on', 'environment', 'formats', 'output-dir', 'github-token', 'check-name',
  'annotations', 'summary', 'comment', 'baseline', 'fail-on-new-only', 'baseline-public-key',
] as const;

/** The artifact name `baseline: artifact` stands for: what the README's workflow uploads. */
export const DEFAULT_BASELINE_ARTIFACT = 'plangate-report';
const ARTIFACT_PREFIX = 'artifact';

function optional(name: string): string | undefined {
  const value = core.getInput(name);
  return value === '' ? undefined : value;
}

/** One item per line (and per comma for short lists such as formats); blank items dropped. */
function list(name: string, separators: RegExp): string[] {
  return core.getInput(name).split(separators).map((s) => s.trim()).filter((s) => s !== '');
}

function failOnOf(value: string | undefined): Severity | undefined {
  if (value === undefined) return undefined;
  if (!(SEVERITIES as readonly string[]).includes(value)) {
    throw new PlangateError(diagnostic('usage_error', `input fail-on: "${value}" is not one of ${SEVERITIES.join(', ')}`));
  }
  return value as Severity;
}

/** `artifact` or `artifact:NAME` fetch the base branch's latest artifact; anything else is a report.json path. */
export function parseBaseline(value: string | undefined): BaselineSource | undefined {
  if (value === undefined) return undefined;
  if (value === ARTIFACT_PREFIX) return { kind: 'artifact', name: DEFAULT_BASELINE_ARTIFACT };
  if (value.startsWith(`${ARTIFACT_PREFIX}:`)) {
    const name = value.slice(ARTIFACT_PREFIX.length + 1).trim();
    return { kind: 'artifact', name: name === '' ? DEFAULT_BASELINE_ARTIFACT : name };
  }
  return { kind: 'file', path: value };
}

function booleanInput(name: string): boolean {
  try {
    return core.getBooleanInput(name);
  } catch {
    throw new PlangateError(diagnostic('usage_error', `input ${name}: "${core.getInput(name)}" is not true or false`));
  }
}

/** Reads and checks every input. */
export function readInputs(): ActionInputs {
  const paths = list('paths', /\r?\n/);
  const failOn = failOnOf(optional('fail-on'));
  const config = optional('config');
  const environment = optional('environment');
  const baseline = parseBaseline(optional('baseline'));
  const baselinePublicKey = optional('baseline-public-key');
  return {
    paths: paths.length > 0 ? paths : ['.'],
    ...(config !== undefined ? { config } : {}),
    policies: list('policies', /\r?\n/),
    ...(failOn !== undefined ? { failOn } : {}),
    ...(environment !== undefined ? { environment } : {}),
    formats: list('formats', /[\s,]+/),
    outputDir: optional('output-dir') ?? 'plangate-report',
    token: core.getInput('github-token'),
    checkName: optional('check-name') ?? 'plangate',
    annotations: booleanInput('annotations'),
    summary: booleanInput('summary'),
    comment: booleanInput('comment'),
    ...(baseline !== undefined ? { baseline } : {}),
    failOnNewOnly: booleanInput('fail-on-new-only'),
    ...(baselinePublicKey !== undefined ? { baselinePublicKey } : {}),
  };
}
