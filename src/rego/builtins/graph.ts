// Traversal built-ins, native in the runtime (src/rego/runtime/assembly/builtins-graph.ts). `walk` is a
// relation: its runtime function returns the array of every [path, value] pair and the caller iterates it.
import type { BuiltinTable } from './types';

const NODES = ['array', 'set'] as const;

/** The graph and walk family. */
export const GRAPH_BUILTINS: BuiltinTable = {
  'graph.reachable': { args: [['object'], NODES], result: ['set'], impl: { kind: 'runtime', export: 'builtin_graph__reachable' } },
  'graph.reachable_paths': { args: [['object'], NODES], result: ['set'], impl: { kind: 'runtime', export: 'builtin_graph__reachable_paths' } },
  walk: { args: ['any'], result: ['array'], impl: { kind: 'runtime', export: 'builtin_walk' } },
};
