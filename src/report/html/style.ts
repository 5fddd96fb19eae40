// The report page's stylesheet, inline and hashed into the Content-Security-Policy; includes the print layout.

/** The stylesheet text, exactly as embedded (its sha256 goes into style-src). */
export const REPORT_CSS = `
:root { --fail: #c62828; --error: #8e24aa; --unknown: #ef6c00; --waived: #0277bd; --pass: #2e7d32; --muted: #5f6368; --line: #dadce0; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #202124; margin: 0 auto; padding: 1.5rem; max-width: 1200px; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; } h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .35rem; }
.meta, .muted { color: var(--muted); } .mono, code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12.5px; overflow-wrap: normal; word-break: normal; }
.hash { word-break: break-all; } .gaps { border: 2px solid var(--error); border-radius: 6px; padding: .25rem 1rem; margin: 1rem 0; }
.gaps h2 { border: 0; margin-top: .5rem; color: var(--error); } .ctl { color: var(--muted); }
.state.active { color: var(--waived); font-weight: 600; } .state.expired, .state.unmatched { color: var(--fail); font-weight: 600; }
.verdict { display: inline-block; padding: .15rem .7rem; border-radius: 4px; color: #fff; font-weight: 700; letter-spacing: .05em; }
.verdict.pass { background: var(--pass); } .verdict.fail { background: var(--fail); } .verdict.error { background: var(--error); }
.cards { display: flex; flex-wrap: wrap; gap: .75rem; margin: 1rem 0; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: .5rem .9rem; min-width: 7rem; }
.card b { display: block; font-size: 1.4rem; }
table { border-collapse: collapse; width: 100%; margin: .25rem 0 1rem; }
th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid var(--line); }
th { background: #f1f3f4; font-weight: 600; } td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.st { font-weight: 600; text-transform: uppercase; font-size: 11.5px; }
.st.fail { color: var(--fail); } .st.error { color: var(--error); } .st.unknown { color: var(--unknown); } .st.waived { color: var(--waived); } .st.pass { color: var(--pass); }
.sev { font-size: 11.5px; border-radius: 3px; padding: 0 .35rem; border: 1px solid currentColor; }
.sev.critical { color: #b71c1c; } .sev.high { color: #d84315; } .sev.medium { color: #9e6a00; } .sev.low { color: #546e7a; }
.new { color: var(--fail); font-weight: 700; } .fixed { color: var(--pass); font-weight: 700; }
.rule { border-left: 4px solid var(--line); padding-left: .75rem; margin: 1rem 0; }
.rule.fail { border-left-color: var(--fail); } .rule.error { border-left-color: var(--error); } .rule.unknown { border-left-color: var(--unknown); } .rule.waived { border-left-color: var(--waived); }
.fix { background: #f8f9fa; border-radius: 4px; padding: .35rem .6rem; }
.filters { position: sticky; top: 0; background: #fff; padding: .6rem 0; border-bottom: 1px solid var(--line); display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; z-index: 1; }
.filters input { flex: 1 1 18rem; padding: .35rem .5rem; font: inherit; } .filters select { padding: .3rem; font: inherit; }
svg.chart text { font: 12px system-ui, sans-serif; fill: #202124; }
svg.chart .bar.fail { fill: var(--fail); } svg.chart .bar.error { fill: var(--error); } svg.chart .bar.unknown { fill: var(--unknown); }
svg.chart .bar.waived { fill: var(--waived); } svg.chart .bar.pass { fill: var(--pass); }
svg.chart .bar.critical { fill: #b71c1c; } svg.chart .bar.high { fill: #d84315; } svg.chart .bar.medium { fill: #f9a825; } svg.chart .bar.low { fill: #90a4ae; }
.zero { color: #bdc1c6; } .cell-fail { color: var(--fail); font-weight: 700; }
details > summary { cursor: pointer; font-weight: 600; margin: .5rem 0; }
[hidden] { display: none !important; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  .filters, .noprint { display: none !important; }
  h2 { break-after: avoid; } tr, .card { break-inside: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
  @page { margin: 14mm; }
}
`;
