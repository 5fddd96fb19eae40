// Collects the compiler's diagnostics: OPA's limit of 10 errors (then "error limit reached"), duplicates
// by (code, position, message) dropped, sorted by position on the way out.
import { diagnostic, type Diagnostic, type DiagnosticCode } from '../../diagnostics';
import type { NodeBase } from '../ast/nodes';

/** OPA's default compiler error limit. */
export const ERROR_LIMIT = 10;

/** A bounded, de-duplicated list of diagnostics. */
export class DiagnosticBag {
  private readonly items: Diagnostic[] = [];
  private readonly seen = new Set<string>();
  private limitReached = false;

  /** Records an error at a node's position. */
  error(code: DiagnosticCode, message: string, node?: NodeBase): void {
    const location = node ? { file: node.loc.file, line: node.loc.line, col: node.loc.col } : undefined;
    const key = `${code}|${location?.file}:${location?.line}:${location?.col}|${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    if (this.items.length >= ERROR_LIMIT) {
      this.limitReached = true;
      return;
    }
    this.items.push(diagnostic(code, message, location));
  }

  /** Number of errors recorded (the overflow marker excluded). */
  get count(): number {
    return this.items.length;
  }

  /** The errors in file/line/column order, plus OPA's "error limit reached" marker when some were dropped. */
  sorted(): Diagnostic[] {
    const out = [...this.items].sort((a, b) => {
      const la = a.location;
      const lb = b.location;
      return (la?.file ?? '').localeCompare(lb?.file ?? '') || (la?.line ?? 0) - (lb?.line ?? 0) || (la?.col ?? 0) - (lb?.col ?? 0);
    });
    if (this.limitReached) out.push(diagnostic('rego_compile_error', 'error limit reached'));
    return out;
  }
}
