// Stable text dump of a Policy for golden tests and `--dump-after Plan`: one statement per line,
// nested blocks indented, operands as `local[n]`, `"string"` (resolved from the string table) or bools.
import type { Block, Operand, Policy, Stmt } from './types';
import { nestedBlocks } from './walk';

function operand(p: Policy, op: Operand): string {
  if (op.kind === 'local') return `local[${op.value}]`;
  if (op.kind === 'string') return JSON.stringify(p.static.strings[op.value]);
  return String(op.value);
}

const SKIP = new Set(['kind', 'loc', 'block', 'blocks']);

function stmtLine(p: Policy, stmt: Stmt): string {
  const fields: string[] = [];
  for (const [k, v] of Object.entries(stmt)) {
    if (SKIP.has(k) || v === undefined) continue;
    if (v && typeof v === 'object' && !Array.isArray(v) && 'kind' in v) fields.push(`${k}=${operand(p, v as Operand)}`);
    else if (Array.isArray(v)) fields.push(`${k}=[${v.map((x) => (typeof x === 'object' ? operand(p, x as Operand) : k === 'path' ? JSON.stringify(p.static.strings[x as number]) : String(x))).join(', ')}]`);
    else if (k === 'index' && stmt.kind === 'MakeNumberRefStmt') fields.push(`value=${p.static.strings[v as number]}`);
    else if (typeof v === 'number' && ['source', 'target', 'result', 'array', 'set', 'object', 'key', 'value', 'local', 'a', 'b'].includes(k)) fields.push(`${k}=local[${v}]`);
    else fields.push(`${k}=${typeof v === 'string' ? JSON.stringify(v) : String(v)}`);
  }
  return `${stmt.kind} ${fields.join(' ')}`.trimEnd();
}

function printBlocks(p: Policy, blocks: readonly Block[], indent: string, out: string[]): void {
  blocks.forEach((block, i) => {
    out.push(`${indent}block ${i}:`);
    for (const stmt of block.stmts) {
      out.push(`${indent}  ${stmtLine(p, stmt)}`);
      printBlocks(p, nestedBlocks(stmt), indent + '    ', out);
    }
  });
}

/** The text dump of a whole policy. */
export function printPolicy(p: Policy): string {
  const out: string[] = [];
  out.push(`builtins: ${p.static.builtinFuncs.map((b) => `${b.name}/${b.arity}`).join(', ') || '(none)'}`);
  for (const plan of p.plans) {
    out.push(`plan ${plan.name}:`);
    printBlocks(p, plan.blocks, '  ', out);
  }
  for (const func of p.funcs) {
    out.push(`func ${func.name} (${func.params.map((x) => `local[${x}]`).join(', ')}) -> local[${func.return}] path=${func.path.join('/')}:`);
    printBlocks(p, func.blocks, '  ', out);
  }
  return out.join('\n') + '\n';
}
