// `# METADATA` `schemas:` annotations for the type checker: each entry types a path (`input`, `input.x`,
// `data.x.y`) with a schema from the compile options' schema set (`schema.a.b` is the file `a/b.json` of a
// `--schema` directory) or an inline `definition`. Annotations of the rule and of its package apply to the rule,
// as in OPA; a schema ref the set does not hold is a type error.
import type { Module, RefTerm, Rule, Term } from '../ast/nodes';
import { schemaToType } from '../types/schema';
import { ANY, STRING, objectOf, type Type } from '../types/types';
import { termText } from './ast-util';
import type { CompileContext } from './context';
import { newDataTree, type DataTypeNode } from './type-env';

/** One annotation's effect on the types a rule sees. */
export interface SchemaOverride {
  root: 'input' | 'data';
  /** The input type with the annotated path typed by the schema. */
  apply(input: Type): Type;
  /** Types the annotated data path in a (copied) data type tree. */
  applyData(tree: DataTypeNode): void;
}

function pathKeys(ref: RefTerm): string[] | undefined {
  const keys: string[] = [];
  for (const p of ref.path) {
    if (p.kind !== 'String') return undefined;
    keys.push(p.value);
  }
  return keys;
}

/** `t` with the value at `keys` replaced by `value` (OPA's override): other known keys are kept. */
function overridePath(t: Type, keys: readonly string[], value: Type): Type {
  if (keys.length === 0) return value;
  const [key, ...rest] = keys;
  if (t.kind !== 'object') return objectOf([{ key, value: overridePath(ANY, rest, value) }], { key: STRING, value: ANY });
  const existing = t.static.find((p) => p.key === key);
  const others = t.static.filter((p) => p.key !== key);
  return objectOf([...others, { key, value: overridePath(existing?.value ?? ANY, rest, value) }], t.dynamic);
}

function setDataPath(tree: DataTypeNode, keys: readonly string[], value: Type): void {
  let node = tree;
  for (const key of keys) {
    const child = node.children.get(key);
    const copy: DataTypeNode = child ? { ...child, children: new Map(child.children) } : newDataTree();
    node.children.set(key, copy);
    node = copy;
  }
  node.value = value;
}

function schemaKey(ref: RefTerm): string {
  return termText(ref);
}

/** The schema overrides that apply to a rule; bad annotations are reported unless `silent`. */
export function ruleSchemaTypes(ctx: CompileContext, rule: Rule, module: Module, silent: boolean): SchemaOverride[] {
  const blocks = [...(module.package.annotations ?? []), ...(rule.annotations ?? [])];
  const out: SchemaOverride[] = [];
  for (const block of blocks) {
    for (const s of block.schemas ?? []) {
      const report = (message: string, at: Term): void => {
        if (!silent) ctx.diagnostics.error('rego_type_error', message, at);
      };
      let schema: unknown;
      if (s.schema) {
        schema = ctx.schemas.get(schemaKey(s.schema));
        if (schema === undefined) {
          report(`undefined schema: ${schemaKey(s.schema)}`, s.schema);
          continue;
        }
      } else schema = s.definition;
      const keys = pathKeys(s.path);
      const root = s.path.head.kind === 'Var' ? s.path.head.name : '';
      if (!keys || (root !== 'input' && root !== 'data')) {
        report(`invalid schema annotation path: ${termText(s.path)}`, s.path);
        continue;
      }
      const type = schemaToType(schema);
      out.push({
        root,
        apply: (input) => (root === 'input' ? overridePath(input, keys, type) : input),
        applyData: (tree) => {
          if (root === 'data') setDataPath(tree, keys, type);
        },
      });
    }
  }
  return out;
}
