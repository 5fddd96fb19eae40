// Settles configuration expressions as Terraform would before apply, from what the plan itself carries: a literal
// (`constant_value`), a root variable (the plan's `variables`), a module input (the calling module's expression, or
// the variable's default), a local whose value is a literal in the .tf sources. Anything else (data sources,
// attributes of other resources, functions over them) is left unsettled with the reference named, so a rule can
// say `unknown` and why instead of saying nothing.
import type { JsonObject } from '../types';
import type { PlanConfiguration } from './configuration';

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A settled value, or the reason it cannot be settled before apply. */
export type Settled = { value: unknown } | { unsettled: string };

const MAX_DEPTH = 32;

/** Local values written as literals in the .tf sources, per module path ('' for the root module). */
export type LiteralLocals = ReadonlyMap<string, ReadonlyMap<string, string>>;

/** Resolves expressions of one plan's configuration. */
export class ExpressionResolver {
  constructor(
    private readonly configuration: PlanConfiguration,
    private readonly variables: JsonObject,
    private readonly locals: LiteralLocals = new Map(),
  ) {}

  /** The value of an expression object written in the module at `modulePath`, or why it has none yet. */
  settle(expression: unknown, modulePath: string, depth = 0): Settled {
    if (!isObject(expression)) return { unsettled: 'the configuration gives no expression' };
    if ('constant_value' in expression) return { value: expression.constant_value };
    const references = Array.isArray(expression.references) ? expression.references.filter((r): r is string => typeof r === 'string') : [];
    if (references.length === 0) return { unsettled: 'the expression is computed (no literal value in the plan)' };
    const single = singleReference(references);
    if (single && depth < MAX_DEPTH) {
      if (single.startsWith('var.')) return this.variable(single.slice(4), modulePath, depth);
      if (single.startsWith('local.')) return this.local(single.slice(6), modulePath);
    }
    return { unsettled: `it refers to ${references.filter((r) => !isPrefixOfAnother(r, references)).join(', ')}, known only after apply` };
  }

  private variable(name: string, modulePath: string, depth: number): Settled {
    if (modulePath === '') {
      const entry = this.variables[name];
      if (isObject(entry) && 'value' in entry) return { value: entry.value };
      return { unsettled: `var.${name} has no value in the plan's variables` };
    }
    const call = this.configuration.calls.get(modulePath);
    const input = call?.expressions[name];
    if (call && isObject(input)) return this.settle(input, call.parentPath, depth + 1);
    const declared = this.configuration.variableDefaults.get(modulePath)?.get(name);
    if (declared !== undefined) return { value: declared };
    return { unsettled: `var.${name} of ${modulePath} is not passed by its caller and has no default` };
  }

  private local(name: string, modulePath: string): Settled {
    const value = this.locals.get(modulePath)?.get(name);
    if (value !== undefined) return { value };
    return { unsettled: `local.${name} is not a literal the plan or the .tf sources beside it give` };
  }
}

/** The one variable or local an expression refers to, when it refers to nothing else. */
function singleReference(references: readonly string[]): string | undefined {
  // `var.cfg.region` or `var.regions[0]` would settle to the whole variable: only a bare reference is settled.
  const root = references[0];
  if (!references.every((r) => r === root) || !/^(var|local)\.[A-Za-z_][A-Za-z0-9_-]*$/.test(root)) return undefined;
  return root;
}

/** Terraform lists `aws_kms_key.main.arn` and `aws_kms_key.main`: the shorter one adds nothing to a message. */
function isPrefixOfAnother(reference: string, all: readonly string[]): boolean {
  return all.some((other) => other !== reference && other.startsWith(`${reference}.`));
}
