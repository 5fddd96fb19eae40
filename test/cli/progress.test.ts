import { ProgressLine } from '../../src/cli/progress';

function fakeStream(isTTY: boolean): NodeJS.WriteStream & { text: string } {
  const stream = { isTTY, columns: 60, text: '', write(chunk: string) { stream.text += chunk; return true; } };
  return stream as unknown as NodeJS.WriteStream & { text: string };
}

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('progress line', () => {
  test('silent for runs shorter than the delay', async () => {
    const stream = fakeStream(true);
    const progress = new ProgressLine(stream, 200);
    progress.update('reading');
    progress.done();
    await wait(250);
    expect(stream.text).toBe('');
  });

  test('shown on a terminal after the delay, updated in place and erased at the end', async () => {
    const stream = fakeStream(true);
    const progress = new ProgressLine(stream, 20);
    progress.update('reading plan.json');
    await wait(60);
    progress.update('evaluating 58 rules over 12 resources');
    progress.done();
    expect(stream.text).toContain('\rplangate: reading plan.json'.replace('\r', '\r\x1b[2K'));
    expect(stream.text).toContain('plangate: evaluating 58 rules over 12 resources');
    expect(stream.text.endsWith('\r\x1b[2K')).toBe(true);
  });

  test('never written when stderr is not a terminal', async () => {
    const stream = fakeStream(false);
    const progress = new ProgressLine(stream, 10);
    progress.update('reading');
    await wait(40);
    progress.done();
    expect(stream.text).toBe('');
  });
});
