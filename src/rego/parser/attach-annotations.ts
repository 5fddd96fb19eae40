// Attaches parsed METADATA blocks to the statement that follows them, as OPA does: a block applies to the
// first package, import or rule starting on a later line; the scope decides what it may annotate.

import type { AnnotationScope, Annotations, Import, Package, RefTerm, Rule } from '../ast/nodes';
import { printTerm } from '../ast/print';
import { isGround } from '../ast/visit';
import { SyntaxFailure } from './cursor';

/** A top-level statement in source order. */
export type Statement = Package | Import | Rule;

/** A block with its scope still optional (defaulted from what it is attached to). */
export type UnattachedAnnotations = Omit<Annotations, 'scope' | 'target'> & { scope?: AnnotationScope };

/** Resolves scope and target of every block and links them into the package and rules; returns errors. */
export function attachAnnotations(blocks: UnattachedAnnotations[], statements: Statement[], pkg: Package, rules: Rule[]): { annotations: Annotations[]; errors: SyntaxFailure[] } {
  const annotations: Annotations[] = [];
  const errors: SyntaxFailure[] = [];
  for (const block of blocks) {
    const node = statements.find((s) => s.loc.line > block.loc.line);
    const scope = block.scope ?? defaultScope(block, node);
    const problem = scopeProblem(scope, node);
    if (problem) {
      errors.push(new SyntaxFailure(problem, block.loc.line, block.loc.col, block.span.start));
      continue;
    }
    const isRule = node?.kind === 'Rule';
    const a: Annotations = { ...block, scope: scope as AnnotationScope, target: isRule ? { kind: 'rule', ref: groundPrefix(node.head.ref) } : { kind: 'package' } };
    annotations.push(a);
    if (!isRule) pkg.annotations = [...(pkg.annotations ?? []), a];
    else if (scope === 'rule') node.annotations = [...(node.annotations ?? []), a];
    else {
      const target = groundPrefix(node.head.ref);
      for (const rule of rules.filter((r) => groundPrefix(r.head.ref) === target)) rule.annotations = [...(rule.annotations ?? []), a];
    }
  }
  return { annotations, errors };
}

/** Unscoped blocks: `rule` on rules (`document` with `entrypoint: true`), `package` on packages. */
function defaultScope(block: UnattachedAnnotations, node: Statement | undefined): string {
  if (node?.kind === 'Rule') return block.entrypoint ? 'document' : 'rule';
  if (node?.kind === 'Package') return 'package';
  // OPA names the scope of a block before an import `import`; a block with nothing after it has none.
  return node ? 'import' : '';
}

function scopeProblem(scope: string, node: Statement | undefined): string | undefined {
  const have = node ? ` (have ${node.kind === 'Rule' ? 'rule' : node.kind === 'Package' ? 'package' : 'import'})` : '';
  if (scope === 'rule' || scope === 'document') return node?.kind === 'Rule' ? undefined : `annotation scope '${scope}' must be applied to rule${have}`;
  if (scope === 'package' || scope === 'subpackages') return node?.kind === 'Package' ? undefined : `annotation scope '${scope}' must be applied to package${have}`;
  return `invalid annotation scope '${scope}'`;
}

/** Text of a rule ref up to its first non-ground element (`a.b` for `a.b[x].c`). */
function groundPrefix(ref: RefTerm): string {
  const firstVar = ref.path.findIndex((t) => !isGround(t));
  return printTerm({ ...ref, path: firstVar < 0 ? ref.path : ref.path.slice(0, firstVar) });
}
