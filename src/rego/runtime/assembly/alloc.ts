// The heap: a bump allocator starting at the end of all static data. opa_heap_ptr_set discards every block
// above an address (the SDK resets the heap before each evaluation), so freed blocks are never reused and
// opa_free is a no-op. Memory grows on demand from memory.size, which the host may also have grown.

import { abortWith } from "./env";

// 0 until opa_runtime_init or the first allocation; the generated start function passes the true heap base
// (the end of the runtime's and the policy's static data).
let heapPtr: usize = 0;

@inline function alignUp(n: usize): usize {
  return (n + 7) & ~(<usize>7);
}

/** Sets the heap base: the end of all static data (called once from the module's start function). */
export function heapInit(heapBase: usize): void {
  heapPtr = alignUp(heapBase);
}

@inline function ensureBase(): void {
  if (heapPtr == 0) heapPtr = alignUp(__heap_base);
}

/** Allocates `size` bytes (8-aligned, not zeroed); grows memory or aborts with "opa_malloc: failed". */
export function malloc(size: usize): usize {
  ensureBase();
  const ptr = heapPtr;
  const end = alignUp(ptr + size);
  // A request past the 4 GiB address space wraps around: treat it as exhausted memory.
  if (end < ptr) abortWith("opa_malloc: failed");
  if (end > (<usize>memory.size() << 16)) growFor(end);
  heapPtr = end;
  return ptr;
}

/** Bytes for `n` u32 slots (at least one, so empty vectors still get a distinct address). */
@inline export function wordBytes(n: u32): usize {
  const slots: u32 = n > 0 ? n : 1;
  return (<usize>slots) << 2;
}

/** Allocates `size` zeroed bytes. */
export function mallocZeroed(size: usize): usize {
  const ptr = malloc(size);
  memory.fill(ptr, 0, size);
  return ptr;
}

function growFor(end: usize): void {
  const have = memory.size();
  const need = <i32>((end + 0xffff) >>> 16) - have;
  // Ask for headroom first so large inputs grow in few steps, but never fail where the exact need would fit.
  const headroom = have < 1024 ? have : 1024;
  const generous = need > headroom ? need : headroom;
  if (memory.grow(generous) >= 0) return;
  if (need <= 0 || memory.grow(need) < 0) abortWith("opa_malloc: failed");
}

/** The current heap top. */
export function heapPtrGet(): usize {
  ensureBase();
  return heapPtr;
}

/** Drops every allocation at or above `ptr`. */
export function heapPtrSet(ptr: usize): void {
  heapPtr = ptr;
}
