// Public surface of the Rego compiler: what other layers (engine, cli) may use.
export type { Annotations, Module, Rule } from './ast/nodes';
