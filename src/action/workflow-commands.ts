// Annotations as workflow commands (`::error file=...,line=...::message`), for when no check run can carry them
// (pull requests from forks get a read-only token). GitHub shows at most 10 of each level per step, so only the most
// severe are emitted and the rest are counted in one log line; @actions/core escapes %, CR, LF and, in properties, `:` and `,`.
import * as core from '@actions/core';
import { printable, printableLines, type Diagnostic } from '../diagnostics';
import type { AnnotationLevel, FindingAnnotation } from './annotations';

/** Annotations GitHub displays per step and level. */
export const ANNOTATIONS_PER_STEP = 10;

type Emit = (message: string, properties: core.AnnotationProperties) => void;

const EMITTERS: Record<AnnotationLevel, Emit> = { failure: core.error, warning: core.warning, notice: core.notice };

/** Counts what was emitted per level, so findings and diagnostics share GitHub's per-step budget. */
export class AnnotationBudget {
  private readonly used: Record<AnnotationLevel, number> = { failure: 0, warning: 0, notice: 0 };
  private skipped = 0;

  /** Emits one annotation if its level still has room; returns whether it did. */
  emit(level: AnnotationLevel, message: string, properties: core.AnnotationProperties): boolean {
    if (this.used[level] >= ANNOTATIONS_PER_STEP) {
      this.skipped += 1;
      return false;
    }
    this.used[level] += 1;
    // @actions/core escapes %, CR and LF (a message may span lines); ESC and the other control characters of a file
    // name or a message would reach the log raw, so they are made visible first.
    const shown = { ...properties, ...(properties.title ? { title: printable(properties.title) } : {}), ...(properties.file ? { file: printable(properties.file) } : {}) };
    EMITTERS[level](printableLines(message), shown);
    return true;
  }

  /** How many annotations did not fit. */
  get omitted(): number {
    return this.skipped;
  }
}

/** Diagnostics (unreadable inputs, policy errors) as error annotations on their file and line. */
export function emitDiagnosticCommands(diagnostics: readonly Diagnostic[], budget: AnnotationBudget): void {
  for (const d of diagnostics) {
    const where = d.location?.file ? { file: d.location.file, ...(d.location.line ? { startLine: d.location.line } : {}) } : {};
    budget.emit(d.severity === 'warning' ? 'warning' : 'failure', d.message, { title: `plangate ${d.code}`, ...where });
  }
}

/** Emits the findings (already most severe first) as workflow commands within the per-step limits. */
export function emitFindingCommands(annotations: readonly FindingAnnotation[], budget: AnnotationBudget): void {
  for (const a of annotations) {
    budget.emit(a.annotation_level, a.message, { title: a.title, file: a.path, startLine: a.start_line, endLine: a.end_line });
  }
  if (budget.omitted > 0) {
    core.info(`plangate: ${budget.omitted} more annotations not shown (GitHub shows ${ANNOTATIONS_PER_STEP} per level and step); the job summary and report files list every finding.`);
  }
}
