// Workflow-command annotations: escaping of data and properties, and GitHub's 10-per-level budget per step.
import type { FindingAnnotation } from '../../src/action/annotations';
import { AnnotationBudget, ANNOTATIONS_PER_STEP, emitFindingCommands } from '../../src/action/workflow-commands';

function capture(run: () => void): string[] {
  const lines: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  try {
    run();
  } finally {
    spy.mockRestore();
  }
  return lines.join('').split('\n').filter((l) => l !== '');
}

function annotation(level: FindingAnnotation['annotation_level'], i: number, extra: Partial<FindingAnnotation> = {}): FindingAnnotation {
  return { path: `k8s/app-${i}.yaml`, start_line: i + 1, end_line: i + 1, annotation_level: level, title: `rule-${i}`, message: `finding ${i}`, ...extra };
}

describe('workflow-command annotations', () => {
  test('escape %, CR and LF in the message, and also : and , in properties', () => {
    const lines = capture(() =>
      emitFindingCommands([annotation('failure', 0, { path: 'dir:a,b/main.tf', title: 'rule (high), new: 100%', message: '50% of\r\nthe buckets: public, open' })], new AnnotationBudget()),
    );
    expect(lines).toEqual(['::error title=rule (high)%2C new%3A 100%25,file=dir%3Aa%2Cb/main.tf,line=1,endLine=1::50%25 of%0D%0Athe buckets: public, open']);
  });

  test('a file name or message that would inject a command or a terminal escape stays on one line, escaped', () => {
    const injecting = 'bad\n::error file=README.md,line=1::INJECTED\u001b[31m.yaml';
    const lines = capture(() => emitFindingCommands([annotation('failure', 0, { path: injecting, title: `t\u001b]0;x\u0007`, message: `m \u001b[2J\u0000 ${injecting}` })], new AnnotationBudget()));
    expect(lines).toHaveLength(1);
    // eslint-disable-next-line no-control-regex -- raw ESC, BEL or NUL must not reach the log
    expect(lines[0]).not.toMatch(/[\u0000\u0007\u001b]/);
    expect(lines[0]).toBe(
      '::error title=t\\x1b]0;x\\x07,file=bad\\x0a%3A%3Aerror file=README.md%2Cline=1%3A%3AINJECTED\\x1b[31m.yaml,line=1,endLine=1::m \\x1b[2J\\x00 bad%0A::error file=README.md,line=1::INJECTED\\x1b[31m.yaml',
    );
  });

  test('emit at most 10 per level, keep the given (most severe first) order, and count the rest', () => {
    const findings = [...Array.from({ length: 14 }, (_, i) => annotation('failure', i)), ...Array.from({ length: 12 }, (_, i) => annotation('warning', 20 + i)), annotation('notice', 40)];
    const budget = new AnnotationBudget();
    const lines = capture(() => emitFindingCommands(findings, budget));
    const errors = lines.filter((l) => l.startsWith('::error '));
    expect(errors).toHaveLength(ANNOTATIONS_PER_STEP);
    expect(errors.map((l) => /title=rule-(\d+)/.exec(l)?.[1])).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(lines.filter((l) => l.startsWith('::warning '))).toHaveLength(ANNOTATIONS_PER_STEP);
    expect(lines.filter((l) => l.startsWith('::notice '))).toHaveLength(1);
    expect(budget.omitted).toBe(6);
    expect(lines[lines.length - 1]).toMatch(/^plangate: 6 more annotations not shown/);
  });
});
