// A small inline SVG bar chart (no script, no external resources): results per status and failures per severity.
import { html, join, type RawHtml } from './escape';

/** One bar: label, value and the CSS class that colours it. */
export interface Bar {
  label: string;
  value: number;
  cls: string;
}

const BAR_HEIGHT = 18;
const GAP = 6;
const LABEL_WIDTH = 80;
const BAR_SPACE = 220;

/** Horizontal bars scaled to the largest value, with counts written beside them. */
export function barChart(title: string, bars: Bar[]): RawHtml {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = bars.length * (BAR_HEIGHT + GAP) + 22;
  const width = LABEL_WIDTH + BAR_SPACE + 60;
  const rows = bars.map((b, i) => {
    const y = 22 + i * (BAR_HEIGHT + GAP);
    const w = b.value === 0 ? 0 : Math.max(2, Math.round((b.value / max) * BAR_SPACE));
    return html`<text x="0" y="${y + 13}">${b.label}</text><rect class="bar ${b.cls}" x="${LABEL_WIDTH}" y="${y}" width="${w}" height="${BAR_HEIGHT}"/><text x="${LABEL_WIDTH + w + 6}" y="${y + 13}">${b.value}</text>`;
  });
  return html`<svg class="chart" xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${title}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><title>${title}</title><text x="0" y="14" font-weight="600">${title}</text>${join(rows, '')}</svg>`;
}
