// The one interface every report format implements; formats are registered in registry.ts.
import type { ReportModel } from './model';

/** Options a caller (the CLI) decides; renderers never look at the terminal or the environment. */
export interface RenderOptions {
  /** ANSI colours in the text view. */
  color?: boolean;
  /** The text view lists passing results too. */
  verbose?: boolean;
}

/** A view of the report model in one format. */
export interface Renderer {
  /** The `--format` name. */
  name: string;
  /** The file it is written to in the output directory. */
  fileName: string;
  /** One line for `--help`. */
  description: string;
  render(model: ReportModel, options?: RenderOptions): string | Buffer;
  /** The same text as `render` in pieces, for formats whose text grows with the results (written as rendered). */
  renderPieces?(model: ReportModel, options?: RenderOptions): Iterable<string>;
}
