// Measures build/runtime.wasm JSON throughput (opa_json_parse, opa_json_dump) on a generated plan-like document
// of about 50 MB, against node's JSON.parse / JSON.stringify. Usage: node scripts/bench-runtime-json.mjs [MB]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const targetMb = Number(process.argv[2] ?? 50);

function resource(i) {
  return {
    address: `aws_s3_bucket.bucket_${i}`, mode: 'managed', type: 'aws_s3_bucket', name: `bucket_${i}`, index: i,
    provider_name: 'registry.terraform.io/hashicorp/aws', schema_version: 0, sensitive: false,
    values: {
      bucket: `logs-${i}-ünïcode-\u2713`, acl: i % 3 ? 'private' : 'public-read', force_destroy: i % 2 === 0,
      tags: { Owner: 'team-a', CostCenter: String(1000 + (i % 97)), Note: 'line1\nline2 "quoted"' },
      lifecycle_rule: [{ enabled: true, expiration: [{ days: 30 + (i % 5) }], ratio: 0.25 * (i % 7), big: 2 ** 60 }],
      versioning: [{ enabled: i % 4 === 0, mfa_delete: null }],
    },
  };
}

function buildDocument() {
  const resources = [];
  const approx = JSON.stringify(resource(0)).length;
  const count = Math.ceil((targetMb * 1e6) / approx);
  for (let i = 0; i < count; i++) resources.push(resource(i));
  return JSON.stringify({ format_version: '1.2', planned_values: { root_module: { resources } } });
}

function best(runs, fn) {
  let min = Infinity;
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    fn();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

const text = buildDocument();
const bytes = Buffer.from(text, 'utf8');
const mb = bytes.length / 1e6;
const memory = new WebAssembly.Memory({ initial: 2 });
const noop = () => 0;
const { exports } = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(join(root, 'build', 'runtime.wasm'))), {
  env: { memory, opa_abort: () => { throw new Error('abort'); }, opa_println: noop, opa_builtin0: noop, opa_builtin1: noop, opa_builtin2: noop, opa_builtin3: noop, opa_builtin4: noop },
});
const input = exports.opa_malloc(bytes.length);
new Uint8Array(memory.buffer).set(bytes, input);
const heap = exports.opa_heap_ptr_get();
let value = 0;
const wasmParse = best(5, () => { exports.opa_heap_ptr_set(heap); value = exports.opa_json_parse(input, bytes.length); });
if (value === 0) throw new Error('runtime failed to parse the document');
const afterParse = exports.opa_heap_ptr_get();
let out = 0;
const wasmDump = best(3, () => { exports.opa_heap_ptr_set(afterParse); out = exports.opa_json_dump(value); });
let parsed;
const nodeParse = best(5, () => { parsed = JSON.parse(text); });
const nodeDecodeParse = best(5, () => { JSON.parse(new TextDecoder().decode(bytes)); });
const nodeStringify = best(3, () => JSON.stringify(parsed));
const dumpedLength = new Uint8Array(memory.buffer).indexOf(0, out) - out;
const rate = (ms) => `${(mb / (ms / 1000)).toFixed(0)} MB/s`;
console.log(JSON.stringify({
  documentMB: Number(mb.toFixed(1)),
  runtimeParse: { ms: Math.round(wasmParse), rate: rate(wasmParse), heapMB: Number(((afterParse - heap) / 1e6).toFixed(1)) },
  runtimeDump: { ms: Math.round(wasmDump), rate: rate(wasmDump), bytes: dumpedLength },
  nodeJsonParse: { ms: Math.round(nodeParse), rate: rate(nodeParse) },
  nodeDecodeAndParse: { ms: Math.round(nodeDecodeParse), rate: rate(nodeDecodeParse) },
  nodeJsonStringify: { ms: Math.round(nodeStringify), rate: rate(nodeStringify) },
}, null, 2));
