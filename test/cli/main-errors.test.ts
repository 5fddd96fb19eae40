// In-process tests of main(): how errors reach the user. The engine is replaced so that check() fails the way a bug
// would (a plain Error) or the way a reported problem does (a PlangateError).
import { diagnostic, PlangateError } from '../../src/diagnostics';

const checkMock = jest.fn();
jest.mock('../../src/engine', () => ({ ...jest.requireActual('../../src/engine'), check: (...args: unknown[]) => checkMock(...args) }));

import { main } from '../../src/cli/main';

async function runMain(args: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += chunk.toString();
    return true;
  });
  try {
    const code = await main(['node', 'plangate', ...args]);
    return { code, stderr };
  } finally {
    spy.mockRestore();
  }
}

describe('main: errors', () => {
  test('an unexpected error is one line, exit 4, no stack trace', async () => {
    checkMock.mockRejectedValueOnce(new TypeError("Cannot read properties of undefined (reading 'x')"));
    const run = await runMain(['check', 'plan.json', '-c', '/dev/null']);
    expect(run).toEqual({ code: 4, stderr: "plangate: internal_error: Cannot read properties of undefined (reading 'x')\n" });
  });

  test('--debug adds the stack trace of an unexpected error', async () => {
    checkMock.mockRejectedValueOnce(new TypeError('boom'));
    const run = await runMain(['--debug', 'check', 'plan.json', '-c', '/dev/null']);
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(/^plangate: internal_error: boom\nTypeError: boom\n\s+at /);
  });

  test('a PlangateError prints its diagnostics with file and line, and exits with the highest of their codes', async () => {
    checkMock.mockRejectedValueOnce(new PlangateError([
      diagnostic('input_error', 'not valid JSON', { file: 'plan.json', line: 3, col: 7 }),
      diagnostic('rego_parse_error', 'unexpected } token', { file: 'p.rego', line: 5, col: 1 }),
    ]));
    const run = await runMain(['check', 'plan.json', '-c', '/dev/null']);
    expect(run).toEqual({ code: 4, stderr: 'plan.json:3:7: input_error: not valid JSON\np.rego:5:1: rego_parse_error: unexpected } token\n' });
  });
});
