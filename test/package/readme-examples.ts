// README's "Use as a library" examples, read from README.md so the tests run exactly what users copy.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const README = join(__dirname, '..', '..', 'README.md');

/** The fenced code blocks of one `## ` section of README.md, in order. */
export function readmeCodeBlocks(heading: string, language: string): string[] {
  const text = readFileSync(README, 'utf8');
  const start = text.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`README.md has no "## ${heading}" section`);
  const end = text.indexOf('\n## ', start + 1);
  const section = text.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(new RegExp('^```' + language + '\\n([\\s\\S]*?)^```$', 'gm'))].map((m) => m[1]);
}

/** The library example as an ES module (import) and as CommonJS (require). */
export function libraryExamples(): { esm: string; cjs: string } {
  const blocks = readmeCodeBlocks('Use as a library', 'js');
  const esm = blocks.find((b) => b.includes("from 'plangate'"));
  const cjs = blocks.find((b) => b.includes("require('plangate')"));
  if (!esm || !cjs) throw new Error('README.md "Use as a library" needs a js example importing plangate and one requiring it');
  return { esm, cjs };
}
