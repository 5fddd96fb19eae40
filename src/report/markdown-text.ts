// Markdown escaping and a length-bounded document builder for the PR-comment view (GitHub caps comments and
// job summaries at 65,536 characters; the builder stops adding rows before that and says what it cut).

import { printable } from '../diagnostics';

/**
 * Text safe in a Markdown table cell: HTML, pipes, backticks, link brackets and emphasis are neutralised; control
 * characters (ESC, NUL...) become visible `\xNN`; a mention's `@` and an issue reference's `#` become entities, so
 * a name in a pull request cannot mention (notify) a user or team, nor link an issue, from the comment plangate posts.
 */
export function escapeMarkdown(text: string): string {
  return printable(
    text
      .replace(/\\/g, '\\\\')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // Only where GitHub would link them: `@` after a space or punctuation (not inside an e-mail address), `#`
      // before a number.
      .replace(/(^|[^\w.+-])#(?=\d)/g, '$1&#35;')
      .replace(/(^|[^\w.+-])@/g, '$1&#64;')
      .replace(/([|`[\]*_~])/g, '\\$1')
      .replace(/\r?\n|\r|\t/g, ' '),
  );
}

/** Builds a document line by line, never past `limit` characters counting a reserve for closing notes. */
export class BoundedMarkdown {
  private readonly lines: string[] = [];
  private length = 0;

  constructor(private readonly limit: number, private readonly reserve: number) {}

  /** Adds a line if it fits; returns whether it did. */
  tryAdd(line: string): boolean {
    if (this.length + line.length + 1 > this.limit - this.reserve) return false;
    this.add(line);
    return true;
  }

  /** Adds a line that must appear (closing tags, truncation notes); the reserve exists for these. */
  add(line: string): void {
    this.lines.push(line);
    this.length += line.length + 1;
  }

  /** The room left before the reserve. */
  remaining(): number {
    return this.limit - this.reserve - this.length;
  }

  /** The document; cut hard at the limit only if the reserve was too small, which tests guard against. */
  text(): string {
    const doc = this.lines.join('\n') + '\n';
    return doc.length <= this.limit ? doc : doc.slice(0, this.limit);
  }
}
