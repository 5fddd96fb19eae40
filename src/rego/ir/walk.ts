// Generic traversal of IR statements: visits every statement of a block tree (nested blocks of
// BlockStmt, ScanStmt, NotStmt and WithStmt included), as OPA's v1/ir/walk.go does.
import type { Block, Policy, Stmt } from './types';

/** The blocks nested directly inside a statement. */
export function nestedBlocks(stmt: Stmt): Block[] {
  switch (stmt.kind) {
    case 'BlockStmt':
      return stmt.blocks;
    case 'ScanStmt':
    case 'NotStmt':
    case 'WithStmt':
      return [stmt.block];
    default:
      return [];
  }
}

/** Visits every statement of the blocks, depth first, parents before their nested statements. */
export function walkBlocks(blocks: readonly Block[], visit: (stmt: Stmt) => void): void {
  for (const block of blocks) {
    for (const stmt of block.stmts) {
      visit(stmt);
      walkBlocks(nestedBlocks(stmt), visit);
    }
  }
}

/** Visits every statement of every plan and function of a policy. */
export function walkPolicy(policy: Policy, visit: (stmt: Stmt) => void): void {
  for (const plan of policy.plans) walkBlocks(plan.blocks, visit);
  for (const func of policy.funcs) walkBlocks(func.blocks, visit);
}
