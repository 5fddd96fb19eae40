// Test harness for build/runtime.wasm: builds it when missing or older than its sources, instantiates it with a
// fresh Memory and stub env imports, and offers JSON-in/JSON-out helpers over the exports.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';

// The project's lib (ES2022, no DOM) has no WebAssembly types; declare the part of Node's global this harness uses.
interface WasmMemoryDescriptor { initial: number; maximum?: number }
interface WasmMemory { readonly buffer: ArrayBuffer; grow(pages: number): number }
interface WasmExportDescriptor { name: string; kind: string }
declare const WebAssembly: {
  Module: { new (bytes: Uint8Array): object; exports(module: object): WasmExportDescriptor[] };
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
  Memory: new (descriptor: WasmMemoryDescriptor) => WasmMemory;
};

const root = join(__dirname, '..', '..', '..');
export const RUNTIME_WASM = join(root, 'build', 'runtime.wasm');
const assemblyDir = join(root, 'src', 'rego', 'runtime', 'assembly');

/** Builds the runtime if build/runtime.wasm is missing or older than any AssemblyScript source. */
export function ensureRuntimeBuilt(): void {
  const newestSource = Math.max(...readdirSync(assemblyDir, { recursive: true, encoding: 'utf8' })
    .map((f) => statSync(join(assemblyDir, f)).mtimeMs));
  if (existsSync(RUNTIME_WASM) && statSync(RUNTIME_WASM).mtimeMs >= newestSource) return;
  execFileSync(process.execPath, [join(root, 'scripts', 'build-runtime.mjs')], { stdio: 'pipe' });
}

let compiled: object | undefined;

/** The compiled runtime module (built on first use). */
export function runtimeModule(): object {
  if (!compiled) {
    ensureRuntimeBuilt();
    compiled = new WebAssembly.Module(readFileSync(RUNTIME_WASM));
  }
  return compiled;
}

/** Export name of a built-in: `builtin_` + Rego name with dots as double underscores. */
export function builtinExportName(rego: string): string {
  return `builtin_${rego.replace(/\./g, '__')}`;
}

/** A string literal with OPA's JSON escapes: \" \\ \n \r \t short, other bytes below 0x20 as \u00xx. */
function regoStringLiteral(bytes: Buffer): string {
  let out = '"';
  for (const c of bytes.toString('utf8')) {
    const code = c.charCodeAt(0);
    if (c === '"' || c === '\\') out += `\\${c}`;
    else if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (c === '\t') out += '\\t';
    else if (code < 0x20) out += `\\u00${code.toString(16).padStart(2, '0')}`;
    else out += c;
  }
  return `${out}"`;
}

/** Error thrown by the stub opa_abort, carrying the module's message. */
export class AbortError extends Error {}

type Exports = Record<string, (...args: (number | bigint)[]) => number>;

/** One runtime instance with helpers. */
export class Runtime {
  readonly memory: WasmMemory;
  readonly exports: Exports;
  printed: string[] = [];
  hostCalls: number[][] = [];

  constructor(memory: WasmMemoryDescriptor = { initial: 2 }) {
    this.memory = new WebAssembly.Memory(memory);
    const builtin = (...args: number[]): number => { this.hostCalls.push(args); return 0; };
    const instance = new WebAssembly.Instance(runtimeModule(), {
      env: {
        memory: this.memory,
        opa_abort: (addr: number) => { throw new AbortError(this.readCString(addr)); },
        opa_println: (addr: number) => { this.printed.push(this.readCString(addr)); },
        opa_builtin0: builtin, opa_builtin1: builtin, opa_builtin2: builtin, opa_builtin3: builtin, opa_builtin4: builtin,
      },
    });
    this.exports = instance.exports as unknown as Exports;
  }

  /** Reads a NUL-terminated UTF-8 string. */
  readCString(addr: number): string {
    const bytes = new Uint8Array(this.memory.buffer);
    let end = addr;
    while (bytes[end] !== 0) end++;
    return Buffer.from(bytes.subarray(addr, end)).toString('utf8');
  }

  /** Copies bytes into fresh heap memory; returns [address, length]. */
  writeBytes(data: Uint8Array): [number, number] {
    const addr = this.exports.opa_malloc(data.length);
    new Uint8Array(this.memory.buffer).set(data, addr);
    return [addr, data.length];
  }

  /** opa_json_parse of a text (0 when malformed). */
  parse(text: string): number {
    return this.exports.opa_json_parse(...this.writeBytes(Buffer.from(text, 'utf8')));
  }

  /** opa_value_parse of a text (Rego literals). */
  parseValue(text: string): number {
    return this.exports.opa_value_parse(...this.writeBytes(Buffer.from(text, 'utf8')));
  }

  /** Parses a value, failing the test if it is malformed. */
  value(text: string): number {
    const v = this.parseValue(text);
    if (v === 0) throw new Error(`test value did not parse: ${text}`);
    return v;
  }

  /** JSON text of a value. */
  dump(addr: number): string {
    return this.readCString(this.exports.opa_json_dump(addr));
  }

  /** opa_value_dump of a value: OPA's compact Rego literal text. */
  dumpRego(addr: number): string {
    return this.readCString(this.exports.opa_value_dump(addr));
  }

  /**
   * Readable Rego text of a value for test expectations (", " and ": " separators), or "undefined" for 0.
   * Rendered here through the access exports and the value layouts, independently of the module's writers.
   */
  show(addr: number): string {
    if (addr === 0) return 'undefined';
    const e = this.exports;
    const view = new DataView(this.memory.buffer);
    const keys = (coll: number): number[] => {
      const out: number[] = [];
      for (let k = e.opa_value_iter(coll, 0); k !== 0; k = e.opa_value_iter(coll, k)) out.push(k);
      return out;
    };
    switch (e.opa_value_type(addr)) {
      case 1: return 'null';
      case 2: return view.getUint8(addr + 4) ? 'true' : 'false';
      case 3: return view.getUint8(addr + 1) === 0
        ? view.getBigInt64(addr + 8, true).toString()
        : this.readBytes(view.getUint32(addr + 8, true), view.getUint32(addr + 4, true)).toString('latin1');
      case 4: return regoStringLiteral(this.readBytes(view.getUint32(addr + 8, true), view.getUint32(addr + 4, true)));
      case 5: return `[${keys(addr).map((k) => this.show(e.opa_value_get(addr, k))).join(', ')}]`;
      case 6: return `{${keys(addr).map((k) => `${this.show(k)}: ${this.show(e.opa_value_get(addr, k))}`).join(', ')}}`;
      case 7: return e.opa_value_length(addr) === 0 ? 'set()' : `{${keys(addr).map((k) => this.show(k)).join(', ')}}`;
      default: throw new Error(`not a value at ${addr}`);
    }
  }

  /** A copy of `len` bytes at `addr`. */
  readBytes(addr: number, len: number): Buffer {
    return Buffer.from(new Uint8Array(this.memory.buffer, addr, len));
  }

  /** Calls a built-in export on Rego-literal arguments; returns the Rego text of the result or "undefined". */
  call(exportName: string, ...args: string[]): string {
    const fn = this.exports[exportName];
    if (!fn) throw new Error(`no export ${exportName}`);
    return this.show(fn(...args.map((a) => this.value(a))));
  }

  /** A string value (bytes copied into the heap). */
  string(text: string): number {
    return this.exports.opa_string(...this.writeBytes(Buffer.from(text, 'utf8')));
  }
}
