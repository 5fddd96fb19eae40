// Module-level grammar: `package`, `import` (data/input/future.keywords/rego.v1) and rules, with recovery
// at statement boundaries so several errors can be reported; METADATA blocks are attached afterwards.

import type { Import, Module, Package, RefTerm, Rule, Term } from '../ast/nodes';
import { refTerm, stringTerm, varTerm } from '../ast/build';
import { printTerm } from '../ast/print';
import { isKeyword, type CommentToken } from '../lexer';
import { Cursor, SyntaxFailure } from './cursor';
import { parseRules } from './rules';
import { parsePostfix, valueName } from './terms';
import { findMetadataBlocks, parseMetadataBlock, type RefParser } from './annotations';
import { attachAnnotations, type Statement, type UnattachedAnnotations } from './attach-annotations';

/** OPA stops reporting after this many errors. */
export const ERROR_LIMIT = 10;

/** Result of parsing a module: the module when there were no errors, and every error found. */
export interface ModuleParse {
  module?: Module;
  errors: SyntaxFailure[];
}

/** Parses all statements of a token stream into a module. */
export function parseModuleTokens(c: Cursor, comments: CommentToken[], parseRef: RefParser): ModuleParse {
  const errors: SyntaxFailure[] = [];
  const statements: Statement[] = [];
  while (!c.at('eof') && errors.length < ERROR_LIMIT) {
    try {
      statements.push(...parseStatement(c));
    } catch (e) {
      if (!(e instanceof SyntaxFailure)) throw e;
      errors.push(e);
      skipToNextStatement(c);
    }
  }
  const pkg = statements[0]?.kind === 'Package' ? statements[0] : undefined;
  if (statements.length === 0 && errors.length === 0) errors.push(new SyntaxFailure('empty module', 1, 1, 0));
  else if (!pkg && statements.length > 0) errors.push(failureAt(statements[0], 'package expected'));
  for (const s of statements.slice(1)) if (s.kind === 'Package') errors.push(failureAt(s, 'unexpected package'));
  errors.push(...c.problems);

  const blocks: UnattachedAnnotations[] = [];
  for (const block of findMetadataBlocks(comments)) {
    try {
      blocks.push(parseMetadataBlock(c.file, block, parseRef));
    } catch (e) {
      if (!(e instanceof SyntaxFailure)) throw e;
      errors.push(e);
    }
  }
  if (errors.length > 0 || !pkg) return { errors };

  const imports = statements.filter((s): s is Import => s.kind === 'Import');
  const rules = statements.filter((s): s is Rule => s.kind === 'Rule');
  const attached = attachAnnotations(blocks, statements, pkg, rules);
  if (attached.errors.length > 0) return { errors: attached.errors };
  const end = c.peek().start;
  const module: Module = {
    kind: 'Module',
    package: pkg,
    imports,
    rules,
    annotations: attached.annotations,
    comments: comments.map((t) => ({ kind: 'Comment', text: t.text, span: { file: c.file, start: t.start, end: t.end }, loc: { file: c.file, line: t.line, col: t.col } })),
    span: { file: c.file, start: 0, end },
    loc: { file: c.file, line: 1, col: 1 },
  };
  return { module, errors: [] };
}

function failureAt(node: Statement, message: string): SyntaxFailure {
  return new SyntaxFailure(message, node.loc.line, node.loc.col, node.span.start);
}

/**
 * After an error, skips to the next word that starts a line in column 1, where statements begin; a closing
 * bracket there (`}` of the broken rule) is skipped too, so one mistake yields one error.
 */
function skipToNextStatement(c: Cursor): void {
  c.next();
  for (;;) {
    const tok = c.peek();
    if (tok.kind === 'eof') return;
    if (tok.newlineBefore && tok.col === 1 && (tok.kind === 'ident' || isKeyword(tok.kind))) return;
    c.next();
  }
}

function parseStatement(c: Cursor): Statement[] {
  if (c.atKeyword('package')) return [parsePackage(c)];
  if (c.atKeyword('import')) return [parseImport(c)];
  return parseRules(c);
}

/** Reads the dotted path after `package`/`import`; keywords are allowed as its first element. */
function parsePathTerm(c: Cursor): Term {
  const tok = c.peek();
  if (tok.kind !== 'ident' && !isKeyword(tok.kind)) c.unexpected();
  c.next();
  return parsePostfix(c, varTerm(tok.text, c.posOf(tok)));
}

function expectStringPath(c: Cursor, path: Term[]): void {
  for (const t of path) if (t.kind !== 'String') c.failAtPos(t, `unexpected ${valueName(t)} token: expecting string`);
}

/** `package a.b` has path `data.a.b`. */
function parsePackage(c: Cursor): Package {
  const start = c.next();
  const term = parsePathTerm(c);
  let path: RefTerm;
  if (term.kind === 'Var') {
    path = refTerm(varTerm('data', term), [stringTerm(term.name, term)], term);
  } else if (term.kind === 'Ref' && term.head.kind === 'Var') {
    expectStringPath(c, term.path);
    path = refTerm(varTerm('data', term.head), [stringTerm(term.head.name, term.head), ...term.path], term);
  } else {
    return c.unexpected(undefined, start);
  }
  return { kind: 'Package', path, ...c.posFrom(start) };
}

const IMPORT_ROOTS = new Set(['data', 'input', 'future', 'rego']);
const FUTURE_KEYWORDS = ['contains', 'every', 'if', 'in'];
const EXPERIMENTAL_KEYWORDS = ['and', 'not', 'or'] as const;

function parseImport(c: Cursor): Import {
  const start = c.next();
  const term = parsePathTerm(c);
  const path: RefTerm = term.kind === 'Ref' ? term : refTerm(term, [], term);
  if (path.head.kind !== 'Var') return c.failAtPos(path, 'expected path');
  expectStringPath(c, path.path);
  const root = path.head.name;
  if (!IMPORT_ROOTS.has(root)) {
    c.failAtPos(path, `unexpected import path, must begin with one of: {data, future, input, rego}, got: ${root} (hint: if this is unexpected, try updating OPA)`);
  }
  let alias: string | undefined;
  if (c.at('as')) {
    c.next();
    if (!c.at('ident')) c.unexpected('expected var');
    alias = c.next().text;
  }
  const imp: Import = { kind: 'Import', path, ...(alias ? { alias } : {}), ...c.posFrom(start) };
  if (root === 'future') applyFutureImport(c, imp);
  else if (root === 'rego') checkRegoImport(c, imp);
  else if (!alias) checkImportEnd(c, path);
  return imp;
}

function pathNames(path: RefTerm): string[] {
  return path.path.map((t) => (t.kind === 'String' ? t.value : ''));
}

/** `future.keywords[.kw]`: v1 keywords are always on; the experimental `and`/`or`/`not` need the import. */
function applyFutureImport(c: Cursor, imp: Import): void {
  const names = pathNames(imp.path);
  if (names[0] !== 'keywords') c.failAtPos(imp.path, 'invalid import, must be `future.keywords`');
  if (imp.alias) c.failAtPos(imp.path, '`future` imports cannot be aliased');
  if (names.length > 2) c.failAtPos(imp.path, 'invalid import, must be `future.keywords.x`, e.g. `import future.keywords.in`');
  const keyword = names[1];
  if (keyword === undefined) return;
  const experimental = EXPERIMENTAL_KEYWORDS.find((k) => k === keyword);
  if (experimental) c.experimental[experimental] = true;
  else if (!FUTURE_KEYWORDS.includes(keyword)) c.failAtPos(imp.path, `unexpected keyword, must be one of [${FUTURE_KEYWORDS.join(' ')}]`);
}

function checkRegoImport(c: Cursor, imp: Import): void {
  const names = pathNames(imp.path);
  if (names.length !== 1 || names[0] !== 'v1') c.failAtPos(imp.path, `invalid import \`${printTerm(imp.path)}\`, must be \`rego.v1\``);
}

/** Without an alias, the imported name would be a keyword, which OPA rejects. */
function checkImportEnd(c: Cursor, path: RefTerm): void {
  const last = path.path.length === 0 ? (path.head as Extract<Term, { kind: 'Var' }>).name : pathNames(path)[path.path.length - 1];
  const lastNode = path.path.length === 0 ? path.head : path.path[path.path.length - 1];
  if (isKeyword(last)) c.failAtPos(lastNode, `unexpected import path, must not end with a keyword, got: ${last} (hint: import a different path or use an alias)`);
}
