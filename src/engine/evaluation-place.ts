// Decides where each policy set is evaluated. Starting a worker thread costs more than evaluating the built-in library
// over a few manifests (a pre-commit hook on two files), so small runs of the built-in library stay in this thread;
// users' policies always run in workers, where the timeout can stop one that never ends.
import { lstatSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PolicySet } from './policy-set';
import type { EvaluationPlace } from './worker-evaluate';

/**
 * Inputs up to this many bytes, in files and small folders, count as small: a pre-commit hook's few manifests or a
 * plan of a few dozen resources, where starting workers costs more than the evaluation they would share. Larger
 * inputs gain from the shards evaluated side by side. BENCHMARKS.md has the figures it rests on.
 */
export const IN_THREAD_MAX_INPUT_BYTES = 256 * 1024;

/** A walk of the inputs' folders stops counting (and calls the inputs large) past this many entries. */
const MAX_ENTRIES_COUNTED = 256;

/**
 * Whether the paths (files, or folders walked the way inputs are) hold at most IN_THREAD_MAX_INPUT_BYTES in regular
 * files. Anything else (a glob, a device, a tree too large to count cheaply) is not small.
 */
export function inputsAreSmall(paths: readonly string[], cwd: string): boolean {
  if (paths.length === 0) return false;
  const budget = { bytes: IN_THREAD_MAX_INPUT_BYTES, entries: MAX_ENTRIES_COUNTED };
  return paths.every((path) => fitsBudget(resolve(cwd, path), budget));
}

function fitsBudget(path: string, budget: { bytes: number; entries: number }): boolean {
  if (--budget.entries < 0) return false;
  let stat;
  try {
    stat = lstatSync(path);
  } catch {
    return false;
  }
  if (stat.isFile()) return (budget.bytes -= stat.size) >= 0;
  if (!stat.isDirectory()) return false;
  let names: string[];
  try {
    names = readdirSync(path);
  } catch {
    return false;
  }
  return names.every((name) => fitsBudget(join(path, name), budget));
}

/** Where to evaluate `set` for a run over `paths`. */
export function evaluationPlace(set: PolicySet, smallInputs: boolean): EvaluationPlace {
  const builtinOnly = set.rules.length > 0 && set.rules.every((rule) => rule.source === 'builtin');
  return builtinOnly && smallInputs ? 'thread' : 'workers';
}
