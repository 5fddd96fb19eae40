// How a module abort becomes a diagnostic: location, OPA's error class, and the message without either.
import { evaluationDiagnostic } from '../../src/engine/evaluate';

describe('evaluationDiagnostic', () => {
  test.each([
    ['p.rego:5:1: eval_conflict_error: complete rules must not produce multiple outputs', 'eval_conflict_error', 'complete rules must not produce multiple outputs', { file: 'p.rego', line: 5, col: 1 }],
    ['p.rego:4:0: eval_builtin_error: div: divide by zero', 'eval_builtin_error', 'div: divide by zero', { file: 'p.rego', line: 4, col: 0 }],
    ['q.rego:3:14: var assignment conflict', 'eval_conflict_error', 'var assignment conflict', { file: 'q.rego', line: 3, col: 14 }],
    ['something else went wrong', 'policy_error', 'something else went wrong', { file: 'fallback.rego' }],
    ['opa_malloc: failed', 'eval_cancel_error', 'evaluation exceeded the 64 MiB memory limit', { file: 'fallback.rego' }],
  ])('%s', (text, code, message, location) => {
    const d = evaluationDiagnostic(text, 'fallback.rego', 64);
    expect(d.code).toBe(code);
    expect(d.message).toBe(message);
    expect(d.location).toEqual(location);
  });
});
