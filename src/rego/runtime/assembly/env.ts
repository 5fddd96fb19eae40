// Host imports (module "env", the only imports @open-policy-agent/opa-wasm provides) and the abort helpers
// every runtime file uses. Abort messages are written as NUL-terminated ASCII into the reserved page below
// 64 KiB, so aborting never allocates (the "opa_malloc: failed" abort happens when the heap is exhausted).

@external("env", "opa_abort")
export declare function opa_abort(addr: usize): void;
@external("env", "opa_println")
export declare function opa_println(addr: usize): void;
@external("env", "opa_builtin0")
export declare function opa_builtin0(id: i32, ctx: i32): i32;
@external("env", "opa_builtin1")
export declare function opa_builtin1(id: i32, ctx: i32, a: i32): i32;
@external("env", "opa_builtin2")
export declare function opa_builtin2(id: i32, ctx: i32, a: i32, b: i32): i32;
@external("env", "opa_builtin3")
export declare function opa_builtin3(id: i32, ctx: i32, a: i32, b: i32, c: i32): i32;
@external("env", "opa_builtin4")
export declare function opa_builtin4(id: i32, ctx: i32, a: i32, b: i32, c: i32, d: i32): i32;

/** Scratch area for abort and error messages, inside the reserved first 64 KiB of memory. */
export const SCRATCH_BASE: usize = 1024;
/** Size of the scratch area. */
export const SCRATCH_SIZE: usize = 4096;

/** Copies an ASCII AssemblyScript literal into scratch at `at` (no NUL); returns the end address. */
export function scratchWriteLiteral(at: usize, text: string): usize {
  const end = SCRATCH_BASE + SCRATCH_SIZE - 1;
  for (let i = 0; i < text.length && at < end; i++) {
    store<u8>(at++, <u8>text.charCodeAt(i));
  }
  return at;
}

/** Copies NUL-terminated bytes from `src` into scratch at `at` (no NUL); returns the end address. */
export function scratchWriteCString(at: usize, src: usize): usize {
  const end = SCRATCH_BASE + SCRATCH_SIZE - 1;
  if (src == 0) return at;
  let c = load<u8>(src);
  while (c != 0 && at < end) {
    store<u8>(at++, c);
    c = load<u8>(++src);
  }
  return at;
}

/** Writes the decimal digits of a non-negative integer into scratch at `at`; returns the end address. */
export function scratchWriteUint(at: usize, n: u32): usize {
  let digits: usize = 1;
  for (let t = n; t >= 10; t /= 10) digits++;
  if (at + digits >= SCRATCH_BASE + SCRATCH_SIZE - 1) return at;
  for (let i = digits; i > 0; i--) {
    store<u8>(at + i - 1, <u8>(48 + n % 10));
    n /= 10;
  }
  return at + digits;
}

/** Aborts evaluation with an ASCII message (never returns: the host throws). */
export function abortWith(message: string): void {
  const end = scratchWriteLiteral(SCRATCH_BASE, message);
  store<u8>(end, 0);
  opa_abort(SCRATCH_BASE);
  unreachable();
}

/** Replacement for AssemblyScript's `abort` (wired with `--use abort=...`), so AS imports no `env.abort`. */
export function asAbort(message: string | null, fileName: string | null, line: u32, column: u32): void {
  abortWith("internal: runtime assertion failed");
}
