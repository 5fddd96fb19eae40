// The policy sandbox as a question about names: which built-ins reach the clock, randomness or the network. The
// compiler refuses calls to them (compiler/check-unsafe-builtins.ts); the engine asks the same of modules compiled
// elsewhere (.wasm, bundles), whose imported built-ins it reads at load time.
import { lookupBuiltin } from './registry';

/** The built-ins of `names` that the sandbox refuses unless `allowed` lists them, sorted. */
export function sandboxViolations(names: Iterable<string>, allowed: readonly string[] = []): string[] {
  const allow = new Set(allowed);
  return [...names].filter((name) => lookupBuiltin(name)?.nondeterministic === true && !allow.has(name)).sort();
}
