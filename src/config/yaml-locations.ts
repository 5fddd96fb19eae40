// Maps a JSON path inside a parsed YAML document back to the line and column of the node, so that
// configuration errors point at the offending key.
import { isMap, isPair, isScalar, isSeq, LineCounter, type Document, type Node } from 'yaml';

function childOf(node: unknown, segment: string): { value: Node | null; keyNode?: Node } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === segment);
    return pair ? { value: (pair.value as Node | null) ?? null, keyNode: pair.key as Node } : undefined;
  }
  if (isSeq(node)) {
    const item = node.items[Number(segment)];
    return item === undefined ? undefined : { value: item as Node };
  }
  return undefined;
}

/**
 * The 1-based line/column of the node at `segments` (a JSON pointer split into keys). With `atKey`, the position of
 * the last segment's key rather than its value. Falls back to the deepest node found.
 */
export function locateYamlPath(doc: Document, lines: LineCounter, segments: string[], atKey = false): { line: number; col: number } | undefined {
  let node: unknown = doc.contents;
  let offset: number | undefined = (doc.contents as Node | null)?.range?.[0];
  for (let i = 0; i < segments.length; i++) {
    const child = childOf(node, segments[i]);
    if (!child) break;
    const last = i === segments.length - 1;
    const target = last && atKey && child.keyNode ? child.keyNode : child.value ?? child.keyNode;
    offset = target?.range?.[0] ?? offset;
    node = child.value;
  }
  return offset === undefined ? undefined : lines.linePos(offset);
}
