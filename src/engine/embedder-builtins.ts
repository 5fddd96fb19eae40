// Built-ins a program embedding plangate adds through the library API (`check({ builtins: { name: { args, result,
// impl } } })`): the signatures go to the compiler with the user's policies, the implementations to the SDK that
// evaluates them. Declarations are checked before anything runs.
import { checkDeclaredBuiltins, type DeclaredBuiltinSignature } from '../rego';
import { diagnostic, PlangateError } from '../diagnostics';
import type { EmbedderBuiltins } from './evaluate';

/** One embedder built-in: its signature and its implementation (called with the arguments' JSON values). */
export interface HostBuiltin extends DeclaredBuiltinSignature {
  impl: (...args: unknown[]) => unknown;
}

/** The embedder's built-ins split into signatures and implementations; throws PlangateError on bad ones. */
export function splitEmbedderBuiltins(builtins: Readonly<Record<string, HostBuiltin>>): { signatures: Record<string, DeclaredBuiltinSignature>; impls: EmbedderBuiltins } {
  const signatures: Record<string, DeclaredBuiltinSignature> = {};
  const impls: Record<string, (...args: unknown[]) => unknown> = {};
  for (const [name, b] of Object.entries(builtins)) {
    signatures[name] = { args: b.args, result: b.result };
    impls[name] = b.impl;
  }
  const problems = checkDeclaredBuiltins(signatures);
  for (const [name, b] of Object.entries(builtins)) {
    if (typeof b.impl !== 'function') problems.push(diagnostic('usage_error', `built-in ${name}: impl must be a function`));
  }
  if (problems.length > 0) throw new PlangateError(problems);
  return { signatures, impls };
}
