// Reads a multi-document YAML (or JSON) manifest with eemeli/yaml: every document's value, the 1-based line of its
// first key (comments before it do not count), Helm's `# Source:` origin, and syntax errors with the parser's line.
// Bounded against hostile files: nesting by a pre-scan before parsing; the number of documents and the time spent
// (the run's deadline) while parsing; anchors, duplicate keys and alias expansion (count and size) per document
// before it is converted to a value (yaml-bounds.ts).
import { Composer, isMap, isSeq, Lexer, LineCounter, Parser, type Document, type Node } from 'yaml';
import { diagnostic, type Diagnostic } from '../../diagnostics';
import { scanYamlDepth } from '../nesting';
import { checkYamlBounds, type YamlBounds } from './yaml-bounds';

/** One non-empty YAML document. */
export interface YamlDocument {
  value: unknown;
  /** Line of the document's first key (or of its value when it is not a mapping). */
  line: number;
  /** 0-based position among all documents of the file, empty ones included. */
  index: number;
  helmSource?: string;
  /** Line of each entry of the document's top-level `items` sequence, for `List` kinds. */
  itemLines?: number[];
}

/** Documents of one file plus the problems found; a broken document does not hide the good ones. */
export interface YamlFile {
  documents: YamlDocument[];
  diagnostics: Diagnostic[];
}

/** Limits applied while reading YAML. */
export interface YamlLimits extends YamlBounds {
  maxAliasCount: number;
  maxDepth: number;
  maxDocuments: number;
  /** `Date.now()` past which parsing stops (the run's --timeout). */
  deadline?: number;
}

/** Parsing stopped at a limit of the whole file. */
class YamlRefusal extends Error {
  constructor(message: string, readonly offset: number) {
    super(message);
  }
}

/** Lexemes between two looks at the clock. */
const CLOCK_EVERY = 4096;

/** eemeli/yaml's parseAllDocuments, driven token by token so that the deadline and document count can stop it. */
function parseBounded(text: string, lineCounter: LineCounter, limits: YamlLimits): Document.Parsed[] {
  const parser = new Parser(lineCounter.addNewLine);
  // uniqueKeys: false: yaml-bounds.ts checks keys in linear time instead.
  const composer = new Composer({ prettyErrors: false, logLevel: 'error', uniqueKeys: false });
  const docs: Document.Parsed[] = [];
  const keep = (doc: Document.Parsed): void => {
    if (docs.length >= limits.maxDocuments) throw new YamlRefusal(`more than ${limits.maxDocuments} YAML documents in one file; refused`, doc.range[0]);
    docs.push(doc);
  };
  lineCounter.addNewLine(0);
  let offset = 0;
  let lexemes = 0;
  for (const lexeme of new Lexer().lex(text, false)) {
    if (++lexemes % CLOCK_EVERY === 0 && limits.deadline !== undefined && Date.now() > limits.deadline) {
      throw new YamlRefusal('parsing stopped: the run passed its --timeout while reading this file', offset);
    }
    offset += lexeme.length;
    for (const token of parser.next(lexeme)) for (const doc of composer.next(token)) keep(doc);
  }
  for (const token of parser.end()) for (const doc of composer.next(token)) keep(doc);
  for (const doc of composer.end(false, text.length)) keep(doc);
  return docs;
}

// Helm writes `# Source: chart/templates/file.yaml` before each rendered template; a URL after "Source:" is a comment.
const HELM_SOURCE = /^#\s*Source:\s*([^\s:]+\.(?:ya?ml|json|tpl|txt))\s*$/gm;

/** Parses every document of `text`; documents that are empty (only comments or nothing) are skipped. */
export function readYamlDocuments(text: string, file: string, limits: YamlLimits): YamlFile {
  const deep = scanYamlDepth(text, limits.maxDepth);
  if (deep) {
    return { documents: [], diagnostics: [diagnostic('input_error', `YAML nested deeper than ${limits.maxDepth} levels`, { file, line: deep.line })] };
  }
  const lineCounter = new LineCounter();
  const result: YamlFile = { documents: [], diagnostics: [] };
  let docs: Document.Parsed[];
  try {
    // logLevel 'error': the library's process warnings (collection keys) would print input text on stderr.
    docs = parseBounded(text, lineCounter, limits);
  } catch (err) {
    if (!(err instanceof YamlRefusal)) throw err;
    const { line, col } = lineCounter.linePos(err.offset);
    result.diagnostics.push(diagnostic('input_error', err.message, { file, line, col }));
    return result;
  }
  let previousEnd = 0;
  docs.forEach((doc, index) => {
    const contentStart = doc.contents?.range?.[0] ?? doc.range[1];
    const helmSource = lastHelmSource(text.slice(previousEnd, contentStart));
    previousEnd = doc.range[2];
    if (doc.errors.length > 0) {
      const first = doc.errors[0];
      const pos = first.linePos?.[0] ?? lineCounter.linePos(first.pos[0]);
      const reason = first.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
      result.diagnostics.push(diagnostic('input_error', `YAML syntax error: ${reason}`, { file, line: pos.line, col: pos.col }));
      return;
    }
    const contents = doc.contents as Node | null;
    if (contents === null || (contents as { value?: unknown }).value === null) return;
    const line = lineCounter.linePos(firstKeyOffset(contents)).line;
    let value: unknown;
    try {
      // Conversion shares what an alias names instead of copying it, so it is cheap even for a bomb; the copies
      // (and the bounds below) come when the value is written out as JSON for the policies.
      value = (doc as Document).toJS({ maxAliasCount: limits.maxAliasCount });
    } catch (err) {
      result.diagnostics.push(diagnostic('input_error', aliasMessage(err as Error, limits.maxAliasCount), { file, line }));
      return;
    }
    const unbounded = checkYamlBounds(doc, limits);
    if (unbounded) {
      const pos = lineCounter.linePos(unbounded.offset);
      result.diagnostics.push(diagnostic('input_error', unbounded.message, { file, line: pos.line, col: pos.col }));
      return;
    }
    const itemLines = listItemLines(contents, lineCounter);
    result.documents.push({ value, line, index, ...(helmSource ? { helmSource } : {}), ...(itemLines ? { itemLines } : {}) });
  });
  return result;
}

/** A mapping starts at its first key (a JSON `{` may sit on an earlier line than the key). */
function firstKeyOffset(node: Node): number {
  if (isMap(node) && node.items.length > 0) {
    const key = node.items[0].key as Node | null;
    if (key?.range) return key.range[0];
  }
  return node.range?.[0] ?? 0;
}

function listItemLines(contents: Node, lineCounter: LineCounter): number[] | undefined {
  if (!isMap(contents)) return undefined;
  const items = contents.get('items', true);
  if (!isSeq(items)) return undefined;
  return items.items.map((item) => lineCounter.linePos(firstKeyOffset(item as Node)).line);
}

function lastHelmSource(gap: string): string | undefined {
  let found: string | undefined;
  for (const m of gap.matchAll(HELM_SOURCE)) found = m[1];
  return found;
}

function aliasMessage(err: Error, max: number): string {
  if (/alias/i.test(err.message)) return `YAML aliases expand more than ${max} times (alias bomb?); refused`;
  return `YAML could not be converted: ${err.message.split('\n')[0]}`;
}
