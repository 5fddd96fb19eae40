// The table of report formats: `--format` choices, help text and file names all come from here.
import { diagnostic, PlangateError } from '../diagnostics';
import { htmlRenderer } from './html/render';
import { jsonRenderer } from './json';
import { junitRenderer } from './junit';
import { markdownRenderer } from './markdown';
import type { Renderer } from './renderer';
import { sarifRenderer } from './sarif';
import { textRenderer } from './text';

/** Every report format, in the order the contract lists them. */
export const RENDERERS: readonly Renderer[] = [textRenderer, jsonRenderer, htmlRenderer, sarifRenderer, junitRenderer, markdownRenderer];

/** The format names, for `--format` choices and help. */
export const FORMAT_NAMES: readonly string[] = RENDERERS.map((r) => r.name);

/** The renderer of a format; an unknown name is a usage error, never a silent default. */
export function findRenderer(name: string): Renderer {
  const renderer = RENDERERS.find((r) => r.name === name);
  if (!renderer) throw new PlangateError(diagnostic('usage_error', `unknown report format "${name}"; choose from ${FORMAT_NAMES.join(', ')}`));
  return renderer;
}

/** Parses a comma list (`json,html`) into renderers, without duplicates, in the order given. */
export function parseFormats(list: string | readonly string[]): Renderer[] {
  const names = (typeof list === 'string' ? list.split(',') : list.flatMap((x) => x.split(','))).map((s) => s.trim()).filter(Boolean);
  if (names.length === 0) throw new PlangateError(diagnostic('usage_error', `no report format given; choose from ${FORMAT_NAMES.join(', ')}`));
  return [...new Set(names)].map(findRenderer);
}

/** `--help` text listing each format and its file. */
export function formatHelp(): string {
  return RENDERERS.map((r) => `  ${r.name.padEnd(9)} ${r.description}`).join('\n');
}
