// Graph and document traversal built-ins: graph.reachable (nodes reachable from an initial set),
// graph.reachable_paths (every maximal acyclic path from the initial nodes, as OPA builds them) and walk
// (every [path, value] pair of a document, root first). Graphs are objects mapping a node to an array or set
// of neighbours; a node missing from the graph is never reached.

import { elementsOf } from "./builtins-values";
import { requireType, typeError } from "./errors";
import { shallowCopy } from "./access";
import { valuesEqual } from "./compare";
import { entryKey, entryValue, makeSet, objectGet, setAdd, setContains, tableFirst, tableNext } from "./table";
import { arrayAppend, arrayGet, arrayLength, makeArray, makeNumberInt, valueType, TYPE_ARRAY, TYPE_OBJECT, TYPE_SET } from "./value";

// The neighbours of a node as an array (empty when the edge value is neither an array nor a set).
function neighbours(edges: usize): usize {
  const list = elementsOf(edges);
  return list != 0 ? list : makeArray(0);
}

// The initial nodes of a graph built-in as an array, after OPA's operand checks (0 and an error if malformed).
function startNodes(name: string, graph: usize, initial: usize): usize {
  if (!requireType(name, 1, graph, TYPE_OBJECT, "object")) return 0;
  const t = valueType(initial);
  if (t != TYPE_ARRAY && t != TYPE_SET) return typeError(name, 2, "one of {array, set}", initial);
  return elementsOf(initial);
}

export function builtin_graph__reachable(graph: usize, initial: usize): usize {
  const start = startNodes("graph.reachable", graph, initial);
  if (start == 0) return 0;
  const queue = makeArray(arrayLength(start));
  for (let i: u32 = 0; i < arrayLength(start); i++) arrayAppend(queue, arrayGet(start, i));
  const reached = makeSet();
  for (let head: u32 = 0; head < arrayLength(queue); head++) {
    const node = arrayGet(queue, head);
    const edges = objectGet(graph, node);
    if (edges == 0) continue;
    const next = neighbours(edges);
    for (let i: u32 = 0; i < arrayLength(next); i++) {
      if (!setContains(reached, arrayGet(next, i))) arrayAppend(queue, arrayGet(next, i));
    }
    setAdd(reached, node);
  }
  return reached;
}

// A copy of the first `n` nodes of the working path.
function pathCopy(path: usize, n: u32): usize {
  const out = makeArray(n);
  for (let i: u32 = 0; i < n; i++) arrayAppend(out, arrayGet(path, i));
  return out;
}

// Extends `path` (its first `depth` entries are the current path) with `node` and records every maximal path:
// one ending before a node missing from the graph, at a node without edges, or where an edge closes a cycle.
function buildPaths(graph: usize, node: usize, path: usize, depth: u32, result: usize): void {
  const edges = objectGet(graph, node);
  if (edges == 0) {
    setAdd(result, pathCopy(path, depth));
    return;
  }
  if (depth < arrayLength(path)) {
    store<u32>(<usize>load<u32>(path, 12) + (<usize>depth << 2), <u32>node);
  } else {
    arrayAppend(path, node);
  }
  const here = depth + 1;
  const next = neighbours(edges);
  if (arrayLength(next) == 0) {
    setAdd(result, pathCopy(path, here));
    return;
  }
  for (let i: u32 = 0; i < arrayLength(next); i++) {
    const neighbour = arrayGet(next, i);
    if (onPath(path, here, neighbour)) setAdd(result, pathCopy(path, here));
    else buildPaths(graph, neighbour, path, here, result);
  }
}

function onPath(path: usize, n: u32, node: usize): bool {
  for (let i: u32 = 0; i < n; i++) if (valuesEqual(arrayGet(path, i), node)) return true;
  return false;
}

export function builtin_graph__reachable_paths(graph: usize, initial: usize): usize {
  const start = startNodes("graph.reachable_paths", graph, initial);
  if (start == 0) return 0;
  const result = makeSet();
  for (let i: u32 = 0; i < arrayLength(start); i++) {
    const node = arrayGet(start, i);
    if (objectGet(graph, node) == 0) continue;
    buildPaths(graph, node, makeArray(8), 0, result);
  }
  return result;
}

// Appends [path, value] for `value` and everything below it.
function walkInto(out: usize, path: usize, value: usize): void {
  const pair = makeArray(2);
  arrayAppend(pair, path);
  arrayAppend(pair, value);
  arrayAppend(out, pair);
  const t = valueType(value);
  if (t == TYPE_ARRAY) {
    for (let i: u32 = 0; i < arrayLength(value); i++) walkInto(out, extend(path, makeNumberInt(i)), arrayGet(value, i));
  } else if (t == TYPE_OBJECT || t == TYPE_SET) {
    for (let e = tableFirst(value); e != 0; e = tableNext(value, e)) {
      walkInto(out, extend(path, entryKey(e)), t == TYPE_SET ? entryKey(e) : entryValue(e));
    }
  }
}

function extend(path: usize, key: usize): usize {
  const longer = shallowCopy(path);
  arrayAppend(longer, key);
  return longer;
}

/** walk is a relation: OPA plans it as a call returning every [path, value] pair, then iterates the pairs. */
export function builtin_walk(x: usize): usize {
  const out = makeArray(8);
  walkInto(out, makeArray(0), x);
  return out;
}
