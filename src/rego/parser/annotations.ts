// `# METADATA` blocks: consecutive comment lines after a `# METADATA` line hold YAML (title, description,
// scope, entrypoint, custom, related_resources, authors, organizations, schemas), parsed with `yaml`.

import { parseDocument } from 'yaml';
import type { AnnotationScope, Annotations, AuthorAnnotation, RefTerm, RelatedResource, SchemaAnnotation } from '../ast/nodes';
import type { CommentToken } from '../lexer';
import { SyntaxFailure } from './cursor';

/** Parses a ref written inside YAML (schema paths); throws on a syntax error. */
export type RefParser = (text: string) => RefTerm;

/** A METADATA block before validation of its fields: where it starts and its comment lines. */
interface Block {
  header: CommentToken;
  lines: CommentToken[];
}

const SCOPES: ReadonlySet<string> = new Set<AnnotationScope>(['rule', 'document', 'package', 'subpackages']);

/** Finds METADATA blocks among the comments (OPA: following lines must be consecutive and start in column 1). */
export function findMetadataBlocks(comments: CommentToken[]): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  for (let i = 0; i < comments.length; i++) {
    const c = comments[i];
    if (current && c.line === comments[i - 1].line + 1 && c.col === 1) {
      current.lines.push(c);
      continue;
    }
    current = undefined;
    if (c.text.trim().startsWith('METADATA')) {
      current = { header: c, lines: [] };
      blocks.push(current);
    }
  }
  return blocks;
}

/** Parses one block's YAML into Annotations (scope left undefined when not written); throws SyntaxFailure. */
export function parseMetadataBlock(file: string, block: Block, parseRef: RefParser): Omit<Annotations, 'scope' | 'target'> & { scope?: AnnotationScope } {
  const { header } = block;
  const fail = (message: string, at: CommentToken = header): never => {
    throw new SyntaxFailure(message, at.line, at.col, at.start);
  };
  const yamlText = block.lines.map((l) => (l.text.startsWith(' ') ? l.text.slice(1) : l.text) + '\n').join('');
  if (yamlText.trim() === '') fail('expected METADATA block, found whitespace');
  const doc = parseDocument(yamlText, { uniqueKeys: true });
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    const line = err.linePos?.[0].line ?? 1;
    const reason = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    fail(`yaml: line ${line}: ${reason}`, block.lines[Math.min(line, block.lines.length) - 1]);
  }
  const raw = toPlainValue(doc, fail);
  if (raw !== null && (typeof raw !== 'object' || Array.isArray(raw))) fail('invalid METADATA block: expected a YAML mapping');
  const fields = (raw ?? {}) as Record<string, unknown>;
  const scope = fields.scope;
  if (scope !== undefined && (typeof scope !== 'string' || !SCOPES.has(scope))) {
    fail(`invalid annotation scope '${String(scope)}'. Use one of 'rule', 'document', 'package', or 'subpackages'`);
  }
  const result: Omit<Annotations, 'scope' | 'target'> & { scope?: AnnotationScope } = {
    kind: 'Annotations',
    entrypoint: fields.entrypoint === true,
    span: { file, start: header.start, end: (block.lines[block.lines.length - 1] ?? header).end },
    loc: { file, line: header.line, col: header.col },
    ...(scope ? { scope: scope as AnnotationScope } : {}),
  };
  readFields(fields, result, (message) => fail(message), parseRef);
  return result;
}

type Target = Omit<Annotations, 'scope' | 'target'>;

/** The block as plain data; alias expansion is bounded so a "billion laughs" block fails instead of hanging. */
function toPlainValue(doc: ReturnType<typeof parseDocument>, fail: (message: string) => never): unknown {
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return fail(`yaml: ${(e as Error).message}`);
  }
}

function readFields(fields: Record<string, unknown>, out: Target, fail: (message: string) => never, parseRef: RefParser): void {
  if (fields.entrypoint !== undefined && typeof fields.entrypoint !== 'boolean') fail('invalid entrypoint: must be a boolean');
  if (fields.title !== undefined) out.title = scalarText(fields.title, 'title', fail);
  if (fields.description !== undefined) out.description = scalarText(fields.description, 'description', fail);
  if (fields.organizations !== undefined) out.organizations = listOf(fields.organizations, 'organizations', fail).map((o) => scalarText(o, 'organizations', fail));
  if (fields.related_resources !== undefined) out.relatedResources = listOf(fields.related_resources, 'related_resources', fail).map((r) => relatedResource(r, fail));
  if (fields.authors !== undefined) out.authors = listOf(fields.authors, 'authors', fail).map((a) => author(a, fail));
  if (fields.schemas !== undefined) out.schemas = listOf(fields.schemas, 'schemas', fail).map((s) => schema(s, fail, parseRef));
  if (fields.custom !== undefined && fields.custom !== null) {
    if (typeof fields.custom !== 'object' || Array.isArray(fields.custom)) fail('invalid custom annotation: must be a mapping');
    out.custom = fields.custom as Record<string, unknown>;
  }
}

function scalarText(value: unknown, field: string, fail: (m: string) => never): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return fail(`invalid ${field}: must be a string`);
}

function listOf(value: unknown, field: string, fail: (m: string) => never): unknown[] {
  if (value === null) return [];
  if (!Array.isArray(value)) return fail(`invalid ${field}: must be a list`);
  return value;
}

function relatedResource(value: unknown, fail: (m: string) => never): RelatedResource {
  if (typeof value === 'string') {
    if (value === '') fail(`invalid related-resource definition ${value}: ref URL may not be empty string`);
    return { ref: value };
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const obj = value as Record<string, unknown>;
    const ref = typeof obj.ref === 'string' ? obj.ref.trim() : '';
    if (!ref) fail(`invalid related-resource definition ${JSON.stringify(value)}: 'ref' value required in object`);
    const description = typeof obj.description === 'string' ? obj.description.trim() : '';
    return { ref, ...(description ? { description } : {}) };
  }
  return fail(`invalid related-resource definition ${JSON.stringify(value)}: invalid value type, must be string or map`);
}

/** `Name <email>` strings are split the way OPA does: a last word in angle brackets is the email. */
function author(value: unknown, fail: (m: string) => never): AuthorAnnotation {
  if (typeof value === 'string') {
    const words = value.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) fail('invalid author definition : author is an empty string');
    const last = words[words.length - 1];
    const hasEmail = last.length >= 2 && last.startsWith('<') && last.endsWith('>');
    const name = (hasEmail ? words.slice(0, -1) : words).join(' ');
    return { ...(name ? { name } : {}), ...(hasEmail ? { email: last.slice(1, -1) } : {}) };
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const obj = value as Record<string, unknown>;
    const name = typeof obj.name === 'string' ? obj.name.trim() : '';
    const email = typeof obj.email === 'string' ? obj.email.trim() : '';
    if (!name && !email) fail(`invalid author definition ${JSON.stringify(value)}: 'name' and/or 'email' values required in object`);
    return { ...(name ? { name } : {}), ...(email ? { email } : {}) };
  }
  return fail(`invalid author definition ${JSON.stringify(value)}: invalid value type, must be string or map`);
}

/** `- input.x: schema.y` (a schema ref) or `- input.x: {…}` (an inline JSON schema definition). */
function schema(value: unknown, fail: (m: string) => never, parseRef: RefParser): SchemaAnnotation {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return fail('invalid schema annotation: each entry must be a single-key mapping');
  const [key] = Object.keys(value);
  const target = (value as Record<string, unknown>)[key];
  const path = tryParseRef(key, parseRef) ?? fail('invalid document reference');
  if (typeof target === 'string') {
    const ref = tryParseRef(target, parseRef);
    const isSchemaRef = ref && ref.head.kind === 'Var' && ref.head.name === 'schema';
    if (!isSchemaRef) fail('invalid schema reference');
    return { path, schema: ref };
  }
  if (target && typeof target === 'object' && !Array.isArray(target)) return { path, definition: target };
  return fail(`invalid schema declaration for path ${JSON.stringify(key)}`);
}

function tryParseRef(text: string, parseRef: RefParser): RefTerm | undefined {
  try {
    return parseRef(text);
  } catch {
    return undefined;
  }
}
