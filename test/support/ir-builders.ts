// Small builders for hand-written IR policies in tests: operand constructors, statement helpers and a
// PolicyBuilder that interns strings, files and built-ins the way the planner does (built-ins sorted by name).
import type { Block, BuiltinFunc, Func, IrLocation, Local, Operand, Plan, Policy, Stmt } from '../../src/rego/ir/types';

/** A local operand. */
export const loc = (n: Local): Operand => ({ kind: 'local', value: n });
/** A boolean constant operand. */
export const bool = (b: boolean): Operand => ({ kind: 'bool', value: b });
/** A block of statements. */
export const block = (...stmts: Stmt[]): Block => ({ stmts });
/** Attaches a source location to a statement. */
export const at = <S extends Stmt>(stmt: S, row: number, col: number, file = 0): S => ({ ...stmt, loc: { file, row, col } as IrLocation });

/** Builds a Policy step by step. */
export class PolicyBuilder {
  private readonly strings: string[] = [];
  private readonly builtins: BuiltinFunc[] = [];
  private readonly files: string[] = [];
  private readonly plans: Plan[] = [];
  private readonly funcs: Func[] = [];

  /** Index of an interned string constant. */
  strIndex(text: string): number {
    let i = this.strings.indexOf(text);
    if (i < 0) i = this.strings.push(text) - 1;
    return i;
  }

  /** A string constant operand. */
  str(text: string): Operand {
    return { kind: 'string', value: this.strIndex(text) };
  }

  /** Declares a built-in the policy calls. */
  builtin(name: string, arity: number, hasResult = true): this {
    if (!this.builtins.some((b) => b.name === name)) this.builtins.push({ name, arity, hasResult });
    return this;
  }

  /** Index of a source file name. */
  file(name: string): number {
    let i = this.files.indexOf(name);
    if (i < 0) i = this.files.push(name) - 1;
    return i;
  }

  plan(name: string, ...blocks: Block[]): this {
    this.plans.push({ name, blocks });
    return this;
  }

  func(name: string, params: Local[], ret: Local, blocks: Block[], path: string[] = []): this {
    this.funcs.push({ name, params, return: ret, blocks, path });
    return this;
  }

  build(): Policy {
    const builtinFuncs = [...this.builtins].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return { static: { strings: [...this.strings], builtinFuncs, files: [...this.files] }, plans: [...this.plans], funcs: [...this.funcs] };
  }
}

/** Statements that end a plan's block: make `{result: value}` in `obj` and add it to the result set. */
export function resultOf(b: PolicyBuilder, value: Local, obj: Local): Stmt[] {
  return [
    { kind: 'MakeObjectStmt', target: obj },
    { kind: 'ObjectInsertStmt', key: b.str('result'), value: loc(value), object: obj },
    { kind: 'ResultSetAddStmt', value: obj },
  ];
}
