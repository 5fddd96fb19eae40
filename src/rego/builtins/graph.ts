// Traversal built-ins, native in the runtime (src/rego/runtime/assembly/builtins-graph.ts). `walk` is a
// relation: its runtime function returns the array of every [path, value] pair and the caller iterates it.
import type { BuiltinTable } from './types';

/** The graph and walk family. */
export const GRAPH_BUILTINS: BuiltinTable = {
  'graph.reachable': { args: ['graph: object[any: any<array[any], set[any]>]', 'initial: any<array[any], set[any]>'], result: 'output: set[any]', impl: { kind: 'runtime', export: 'builtin_graph__reachable' } },
  'graph.reachable_paths': { args: ['graph: object[any: any<array[any], set[any]>]', 'initial: any<array[any], set[any]>'], result: 'output: set[array[any]]', impl: { kind: 'runtime', export: 'builtin_graph__reachable_paths' } },
  walk: { args: ['x: any'], result: 'output: array<array[any], any>', impl: { kind: 'runtime', export: 'builtin_walk' } },
};
