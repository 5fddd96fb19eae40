// Bounds on what one parsed YAML document may cost before it is converted to a value, found in one walk of its
// syntax tree: duplicate mapping keys (checked here in linear time, because eemeli/yaml's own check compares every
// key with every earlier key of the mapping: 100,000 keys took minutes), the number of anchors, and the size the
// document reaches once every alias is expanded (an alias count limit alone lets 99 aliases of a 6 MB anchor
// through, which becomes 600 MB of JSON later).
import { isAlias, isCollection, isPair, isScalar, type Alias, type Document, type Node } from 'yaml';

/** Limits of one YAML document. */
export interface YamlBounds {
  /** Anchors (`&name`) per document. */
  maxAnchors: number;
  /** Bytes that alias expansion may add to a document beyond its own text. */
  maxAliasExpansionBytes: number;
  /** Source characters of one scalar. */
  maxScalarChars: number;
}

/** Why a document is refused, and the offset of the node that shows it. */
export interface YamlBoundProblem {
  message: string;
  offset: number;
}

const startOf = (node: Node | null | undefined): number => node?.range?.[0] ?? 0;
const lengthOf = (node: Node): number => (node.range ? node.range[1] - node.range[0] : 0);

/** The key of a scalar mapping key as eemeli/yaml compares them (by value); other keys are never duplicates. */
function scalarKey(key: unknown): string | undefined {
  if (!isScalar(key)) return undefined;
  const value = key.value;
  return `${typeof value}:${String(value)}`;
}

/** Walks one document: anchors in source order (an alias names the latest anchor before it), keys, expansion. */
class DocumentWalk {
  private readonly anchors = new Map<string, Node>();
  private anchorCount = 0;
  private readonly expanded = new Map<Node, number>();
  private readonly expanding = new Set<Node>();
  problem: YamlBoundProblem | undefined;

  constructor(private readonly bounds: YamlBounds) {}

  /** The expanded size of `node` in source bytes, every alias counted as the size of what it names. */
  size(node: Node | null | undefined): number {
    if (!node || this.problem) return 0;
    if (node.anchor !== undefined && !isAlias(node)) this.recordAnchor(node);
    if (isAlias(node)) return this.aliasSize(node);
    if (isScalar(node)) return this.scalarSize(node);
    if (!isCollection(node)) return 0;
    if (this.expanding.has(node)) return lengthOf(node);
    this.expanding.add(node);
    const seen = new Set<string>();
    let total = 2;
    for (const item of node.items as unknown[]) {
      if (isPair(item)) {
        this.checkKey(item.key, seen);
        total += this.size(item.key as Node) + this.size(item.value as Node) + 2;
      } else {
        total += this.size(item as Node) + 1;
      }
      if (this.problem) break;
    }
    this.expanding.delete(node);
    this.expanded.set(node, total);
    return total;
  }

  private scalarSize(node: Node): number {
    const size = lengthOf(node);
    if (size > this.bounds.maxScalarChars) {
      this.problem = { message: `a YAML value of ${size} characters, longer than the ${this.bounds.maxScalarChars}-character limit; refused`, offset: startOf(node) };
    }
    return size;
  }

  private recordAnchor(node: Node): void {
    this.anchors.set(node.anchor as string, node);
    if (++this.anchorCount > this.bounds.maxAnchors) {
      this.problem = { message: `YAML document has more than ${this.bounds.maxAnchors} anchors; refused`, offset: startOf(node) };
    }
  }

  private aliasSize(alias: Alias): number {
    const target = this.anchors.get(alias.source);
    // An alias to an unknown anchor, or inside its own anchor, is an error the converter reports.
    if (!target || this.expanding.has(target)) return lengthOf(alias);
    // Anchors precede their aliases, so a collection's size is known by now unless the alias sits inside it.
    return this.expanded.get(target) ?? lengthOf(target);
  }

  private checkKey(key: unknown, seen: Set<string>): void {
    const name = scalarKey(key);
    if (name === undefined) return;
    if (seen.has(name)) this.problem = { message: 'YAML syntax error: Map keys must be unique', offset: startOf(key as Node) };
    seen.add(name);
  }
}

/** The first bound `doc` breaks, or undefined when it may be converted to a value. */
export function checkYamlBounds(doc: Document, bounds: YamlBounds): YamlBoundProblem | undefined {
  const walk = new DocumentWalk(bounds);
  const contents = doc.contents as Node | null;
  const expanded = walk.size(contents);
  if (walk.problem) return walk.problem;
  const added = expanded - (contents ? lengthOf(contents) : 0);
  if (added > bounds.maxAliasExpansionBytes) {
    return {
      message: `YAML aliases expand the document by ${added} bytes, more than the ${bounds.maxAliasExpansionBytes}-byte limit; refused`,
      offset: startOf(contents),
    };
  }
  return undefined;
}
