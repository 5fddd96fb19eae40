// The benchmark's verdicts and table: each target of issue 10 computed from the measured medians, then one
// printed table of every figure and ratio (wall and CPU time, since the machine is shared).

const round = (x, digits = 0) => (x === undefined || Number.isNaN(x) ? undefined : +x.toFixed(digits));

/** A scaling figure only counts when both checks evaluated every rule (no timeout or memory errors). */
function complete(target, ...tiers) {
  const errors = tiers.reduce((n, t) => n + (t.checkPlan.ruleErrors ?? 0), 0);
  return errors === 0 ? target : { ...target, met: false, figure: `${target.figure} [INVALID: ${errors} rules errored]` };
}

/** The targets: figure, value, limit, met. Scaling uses the two largest tiers measured. */
export function targetsOf(results) {
  const tiers = results.tiers;
  const at = (n) => tiers.find((t) => t.resources === n);
  const mid = at(10_000) ?? tiers[tiers.length - 1];
  const [smaller, larger] = tiers.slice(-2);
  const largest = tiers[tiers.length - 1];
  const target = (figure, value, limit, digits = 2) => ({ figure, value: round(value, digits), limit, met: value <= limit });
  const small = results.small;
  const list = [
    target('demo check (JSON report) wall / node -e 0', small.demo.wallMs / small.node.wallMs, 2.5),
    target('demo check --no-builtin wall / node -e 0', small.noBuiltin.wallMs / small.node.wallMs, 1.5),
    target('pre-commit hook on two manifests, wall ms', small.hook.wallMs, 500, 0),
    target(`check wall / (read + JSON.parse), ${mid.resources} resources, fresh processes`, mid.checkPlan.wallMs / mid.floorPlan.planReadParse.wallMs, 3),
    target(`  same, CPU time`, mid.checkPlan.cpuMs / mid.floorPlan.planReadParse.cpuMs, 3),
    target(`check() / (read + JSON.parse) in one process, ${mid.resources} resources + ${mid.objects} objects`, mid.floorBoth.check.wallMs / mid.floorBoth.readParse.wallMs, 3),
    target(`WebAssembly / hand-written TypeScript, three rules over a parsed document, ${mid.resources} resources`, mid.floorPlan.wasmThree.wallMs / mid.floorPlan.handwritten.wallMs, 3),
    target(`  same, CPU time`, mid.floorPlan.wasmThree.cpuMs / mid.floorPlan.handwritten.cpuMs, 3),
    ...(larger ? [
      complete(target(`check wall ${larger.resources} / ${smaller.resources} resources`, larger.checkPlan.wallMs / smaller.checkPlan.wallMs, 11), smaller, larger),
      complete(target(`  same, CPU time`, larger.checkPlan.cpuMs / smaller.checkPlan.cpuMs, 11), smaller, larger),
    ] : []),
    target(`peak RSS MB, check of the ${largest.resources}-resource plan (limit 4 x ${round(largest.planMB, 1)} MB + 200)`, largest.checkPlan.rssMB, 4 * largest.planMB + 200, 0),
    target('cold compile of the built-in library, ms', results.compile.libraryCold.wallMs, 5000, 0),
    target('cached compile of the built-in library, ms', results.compile.libraryCached.wallMs, 100, 0),
    target('cold compile of 40 rules, ms', results.compile.fortyCold.wallMs, 5000, 0),
    target('cached compile of 40 rules, ms', results.compile.fortyCached.wallMs, 100, 0),
    target('plangate --version, ms', results.version.wallMs, 150, 0),
  ];
  return list;
}

function pad(cells, widths) {
  return cells.map((c, i) => String(c ?? '').padStart(widths[i])).join('  ');
}

function tierRows(t, rules) {
  const evalPerSecond = (f) => Math.round(f.evaluateLibrary.results / (f.evaluateLibrary.wallMs / 1000));
  // What one more rule costs: the library's evaluation per rule per 1,000 resources.
  const perRule = (f) => round(f.evaluateLibrary.wallMs / rules / (t.resources / 1000), 3);
  return [
    [`${t.resources} res (${t.planMB.toFixed(1)} MB)`, 'check wall / cpu ms', round(t.checkPlan.wallMs), round(t.checkPlan.cpuMs), `RSS ${round(t.checkPlan.rssMB)} MB${t.checkPlan.ruleErrors ? `; ${t.checkPlan.ruleErrors} RULES ERRORED` : ''}`],
    ['', 'read + JSON.parse ms', round(t.floorPlan.planReadParse.wallMs), round(t.floorPlan.planReadParse.cpuMs), `ratio ${round(t.checkPlan.wallMs / t.floorPlan.planReadParse.wallMs, 2)}`],
    ['', 'readInputs ms', round(t.floorPlan.readInputs.wallMs), round(t.floorPlan.readInputs.cpuMs), ''],
    ['', 'evaluate library ms', round(t.floorPlan.evaluateLibrary.wallMs), round(t.floorPlan.evaluateLibrary.cpuMs), `${t.floorPlan.evaluateLibrary.results} results, ${evalPerSecond(t.floorPlan)}/s; ${perRule(t.floorPlan)} ms per rule per 1,000 resources`],
    ['', '3 rules: hand-written TS ms', round(t.floorPlan.handwritten.wallMs, 1), round(t.floorPlan.handwritten.cpuMs, 1), `${t.floorPlan.handwritten.results} results, ${t.floorPlan.handwritten.denies} denies`],
    ['', '3 rules: WebAssembly ms', round(t.floorPlan.wasmThree.wallMs, 1), round(t.floorPlan.wasmThree.cpuMs, 1), `${t.floorPlan.wasmThree.results} results, ${t.floorPlan.wasmThree.denies} denies; ratio ${round(t.floorPlan.wasmThree.wallMs / t.floorPlan.handwritten.wallMs, 2)}`],
    ['', '  input into the module ms', round(t.floorPlan.wasmInputOnly.wallMs, 1), round(t.floorPlan.wasmInputOnly.cpuMs, 1), `copy + parse, before the rules; with it the ratio is ${round((t.floorPlan.wasmThree.wallMs + t.floorPlan.wasmInputOnly.wallMs) / t.floorPlan.handwritten.wallMs, 2)}`],
    [`+ ${t.objects} k8s (${t.manifestMB.toFixed(1)} MB)`, 'check wall / cpu ms', round(t.checkBoth.wallMs), round(t.checkBoth.cpuMs), `RSS ${round(t.checkBoth.rssMB)} MB${t.checkBoth.ruleErrors ? `; ${t.checkBoth.ruleErrors} RULES ERRORED` : ''}`],
    ['', 'in one process: check()', round(t.floorBoth.check.wallMs), round(t.floorBoth.check.cpuMs), `/ read+parse ${round(t.floorBoth.readParse.wallMs)} ms = ${round(t.floorBoth.check.wallMs / t.floorBoth.readParse.wallMs, 2)}`],
    ['', 'evaluate library ms', round(t.floorBoth.evaluateLibrary.wallMs), round(t.floorBoth.evaluateLibrary.cpuMs), `${t.floorBoth.evaluateLibrary.results} results, ${evalPerSecond(t.floorBoth)}/s`],
  ];
}

/** The printed table: machine, per-tier figures (wall, CPU), compile and start-up, then the targets. */
export function printTable(results) {
  const m = results.machine;
  const widths = [26, 30, 9, 9, 0];
  const lines = [
    `plangate benchmark ${results.quick ? '(quick) ' : ''}- median of ${results.runs} fresh processes, seed ${results.seed}`,
    `${m.cpu}, ${m.cores} cores, node ${m.node}; load average ${m.loadAverageAtStart.join(' ')} at start, ${m.loadAverage.join(' ')} at end`,
    '',
    pad(['inputs', 'figure', 'wall', 'cpu', 'notes'], widths),
  ];
  const small = results.small;
  const ratio = (run) => round(run.wallMs / small.node.wallMs, 2);
  lines.push(
    pad(['small runs', 'node -e 0 (the floor)', round(small.node.wallMs), round(small.node.cpuMs), ''], widths),
    pad(['', 'demo check, JSON report', round(small.demo.wallMs), round(small.demo.cpuMs), `ratio ${ratio(small.demo)}; RSS ${round(small.demo.rssMB)} MB`], widths),
    pad(['', 'demo check --no-builtin', round(small.noBuiltin.wallMs), round(small.noBuiltin.cpuMs), `ratio ${ratio(small.noBuiltin)}`], widths),
    pad(['', 'pre-commit hook, 2 manifests', round(small.hook.wallMs), round(small.hook.cpuMs), `ratio ${ratio(small.hook)}`], widths),
  );
  const c = results.compile;
  for (const t of results.tiers) lines.push(...tierRows(t, c.libraryCold.rules).map((row) => pad(row, widths)));
  lines.push(
    pad(['compile', `library cold (${c.libraryCold.rules} rules)`, round(c.libraryCold.wallMs), round(c.libraryCold.cpuMs), `${round(c.libraryCold.lines)} lines -> ${round(c.libraryCold.wasmKB)} KB`], widths),
    pad(['', 'library cached', round(c.libraryCached.wallMs), round(c.libraryCached.cpuMs), ''], widths),
    pad(['', `40 rules cold (${c.fortyCold.rules})`, round(c.fortyCold.wallMs), round(c.fortyCold.cpuMs), `${round(c.fortyCold.lines)} lines`], widths),
    pad(['', '40 rules cached', round(c.fortyCached.wallMs), round(c.fortyCached.cpuMs), ''], widths),
    pad(['', 'prebuilt library load (process)', round(c.prebuiltLoad.wallMs), round(c.prebuiltLoad.cpuMs), ''], widths),
    pad(['start-up', 'plangate --version', round(results.version.wallMs), round(results.version.cpuMs), `RSS ${round(results.version.rssMB)} MB`], widths),
    '',
    'targets:',
  );
  for (const t of results.targets) lines.push(`  ${t.met ? 'met   ' : 'MISSED'}  ${t.figure}: ${t.value} (limit ${round(t.limit, 0) === t.limit ? t.limit : round(t.limit, 0)})`);
  return `${lines.join('\n')}\n`;
}
