// Types as OPA prints them in type errors: `array<number, string>`, `array[string]`, `object<a: number>[string: any]`,
// `set[any]`, `any<number, string>`, `???` for unknown, and argument lists `(x: number, y: string)`.
import type { StaticKey, Type } from './types';

function keyText(k: StaticKey): string {
  return k === null ? '<nil>' : String(k);
}

/** The text of a type (named built-in arguments print as `name: type`). */
export function typeText(t: Type | undefined): string {
  if (!t) return '???';
  const body = plainText(t);
  return t.name === undefined ? body : `${t.name}: ${body}`;
}

function plainText(t: Type): string {
  switch (t.kind) {
    case 'array': {
      const statics = t.static.length > 0 ? `<${t.static.map(typeText).join(', ')}>` : '';
      return `array${statics}${t.dynamic ? `[${typeText(t.dynamic)}]` : ''}`;
    }
    case 'object': {
      const statics = t.static.length > 0 ? `<${t.static.map((p) => `${keyText(p.key)}: ${typeText(p.value)}`).join(', ')}>` : '';
      return `object${statics}${t.dynamic ? `[${typeText(t.dynamic.key)}: ${typeText(t.dynamic.value)}]` : ''}`;
    }
    case 'set':
      return `set[${typeText(t.of)}]`;
    case 'any':
      return t.of.length === 0 ? 'any' : `any<${t.of.map(typeText).join(', ')}>`;
    case 'function':
      return `${argsText(t.args, t.variadic)} => ${typeText(t.result)}`;
    default:
      return t.kind;
  }
}

/** An argument list: `(number, string)`, with `T...` for a variadic tail. */
export function argsText(args: ReadonlyArray<Type | undefined>, variadic?: Type): string {
  const parts = args.map(typeText);
  if (variadic) parts.push(`${typeText(variadic)}...`);
  return `(${parts.join(', ')})`;
}
