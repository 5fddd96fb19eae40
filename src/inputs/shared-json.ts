// Writes the input document as JSON text (the bytes JSON.stringify would give) straight into shared memory, one
// batch of resources at a time: the policy workers read it from there, and a large run never holds the whole text
// as one string besides the shared copy (on a 100,000-resource plan that string alone is 100 MB).
import type { InputDocument } from './types';

/** Text gathered before it is encoded into the shared buffer: large enough that encoding calls are few. */
const BATCH_CHARS = 1 << 20;

/**
 * The most the shared buffer may grow to. It is reserved as address space only and committed as it grows;
 * WebAssembly memory (4 GiB at most) must hold the parsed document besides this text, so more could not run anyway.
 */
const MAX_SHARED_BYTES = 2 ** 31;

/** A growable SharedArrayBuffer (ES2024, in Node since 20); the ES2022 library the project compiles with lacks its type. */
interface GrowableSharedArrayBuffer extends SharedArrayBuffer {
  grow(newLength: number): void;
}
const GrowableSharedArrayBuffer = SharedArrayBuffer as unknown as new (length: number, options: { maxByteLength: number }) => GrowableSharedArrayBuffer;

/** Appends UTF-8 text to a growable SharedArrayBuffer, which ends exactly as long as the text written. */
class SharedTextWriter {
  readonly buffer = new GrowableSharedArrayBuffer(0, { maxByteLength: MAX_SHARED_BYTES });
  private batch: string[] = [];
  private batchChars = 0;
  private length = 0;

  write(text: string): void {
    this.batch.push(text);
    this.batchChars += text.length;
    if (this.batchChars >= BATCH_CHARS) this.flush();
  }

  finish(): SharedArrayBuffer {
    this.flush();
    return this.buffer;
  }

  private flush(): void {
    const text = this.batch.join('');
    this.batch = [];
    this.batchChars = 0;
    const end = this.length + Buffer.byteLength(text, 'utf8');
    // Growing a shared buffer commits pages of its reservation: nothing is copied.
    this.buffer.grow(end);
    Buffer.from(this.buffer, this.length, end - this.length).write(text, 'utf8');
    this.length = end;
  }
}

/**
 * Encodes the input document (plain data) as JSON into shared memory. Its top-level arrays are written element by
 * element; everything else goes through JSON.stringify, so the bytes equal JSON.stringify(document)'s.
 */
export function shareDocumentJson(document: InputDocument | Readonly<Record<string, unknown>>): SharedArrayBuffer {
  const out = new SharedTextWriter();
  out.write('{');
  let first = true;
  for (const [key, member] of Object.entries(document)) {
    if (Array.isArray(member)) {
      out.write(`${first ? '' : ','}${JSON.stringify(key)}:`);
      writeArray(member, out);
    } else {
      const text = JSON.stringify(member) as string | undefined;
      // As JSON.stringify does, members without a JSON form (undefined, functions) are left out.
      if (text === undefined) continue;
      out.write(`${first ? '' : ','}${JSON.stringify(key)}:${text}`);
    }
    first = false;
  }
  out.write('}');
  return out.finish();
}

/** Array items stringified per call: few calls, and no piece anywhere near the size of the document. */
const ITEMS_PER_PIECE = 256;

function writeArray(items: readonly unknown[], out: SharedTextWriter): void {
  out.write('[');
  for (let start = 0; start < items.length; start += ITEMS_PER_PIECE) {
    // A slice stringified whole, its brackets cut off: JSON.stringify writes null for items without a JSON form.
    const piece = JSON.stringify(items.slice(start, start + ITEMS_PER_PIECE)).slice(1, -1);
    out.write(start > 0 ? `,${piece}` : piece);
  }
  out.write(']');
}
