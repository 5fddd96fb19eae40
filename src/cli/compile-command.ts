// `plangate compile PATH... -o OUT [-e ENTRYPOINT]...`: Rego files or folders to a WebAssembly module (OUT ends
// .wasm) or to an OPA bundle (OUT ends .tar.gz) that OPA's own SDKs load.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import { diagnostic, PlangateError } from '../diagnostics';
import { readSchemaSet } from '../engine';
import { listRegoFiles, readRegoFiles } from '../engine/rego-sources';
import { compileRego, writeBundle, type RegoModuleSource, type RegoVersion } from '../rego';
import type { RegisterCommand } from './commands';
import { collect, regoVersionOf } from './options';

interface CompileFlags {
  output: string;
  entrypoint: string[];
  allowBuiltin: string[];
  regoVersion?: string;
  schema?: string;
}

interface Compiled {
  wasm: Uint8Array;
  entrypoints: string[];
  sources: RegoModuleSource[];
  regoVersion?: RegoVersion;
}

/**
 * How an output file is written, chosen by how its name ends. A bundle carries the Rego sources too, as `opa build`
 * does: `plangate check -p bundle.tar.gz` reads the rules' METADATA (ids, severities, controls) from them.
 */
const OUTPUT_KINDS: { suffix: string; bytes: (compiled: Compiled) => Uint8Array }[] = [
  { suffix: '.wasm', bytes: (c) => c.wasm },
  { suffix: '.tar.gz', bytes: (c) => writeBundle({ wasm: c.wasm, entrypoints: c.entrypoints, modules: c.sources.map((m) => ({ path: bundleModulePath(m.path), text: m.source })), ...(c.regoVersion ? { regoVersion: c.regoVersion } : {}) }) },
];

/** A source's path inside the bundle: as given, without `./` or any `../` that would climb out of the bundle root. */
function bundleModulePath(path: string): string {
  return path.split(/[\\/]/).filter((part) => part !== '' && part !== '.' && part !== '..').join('/');
}


function outputKind(out: string): (typeof OUTPUT_KINDS)[number] {
  const kind = OUTPUT_KINDS.find((k) => out.endsWith(k.suffix));
  if (!kind) throw new PlangateError(diagnostic('usage_error', `-o ${out}: the output must end ${OUTPUT_KINDS.map((k) => k.suffix).join(' or ')}`));
  return kind;
}

function runCompile(paths: string[], flags: CompileFlags): void {
  const kind = outputKind(flags.output);
  const files = listRegoFiles(paths, false);
  if (files.length === 0) throw new PlangateError(diagnostic('usage_error', `no .rego file found in ${paths.join(', ')}`));
  const sources = readRegoFiles(files).map((f) => ({ path: f.path, source: f.source }));
  const regoVersion = regoVersionOf(flags.regoVersion, {});
  const compiled = compileRego(sources, {
    entrypoints: flags.entrypoint, allowBuiltins: flags.allowBuiltin, ...(regoVersion ? { regoVersion } : {}), ...(flags.schema ? { schemas: readSchemaSet(flags.schema) } : {}),
  });
  if (Object.keys(compiled.entrypoints).length === 0) {
    throw new PlangateError(diagnostic('usage_error', 'no entrypoint: name one with -e PACKAGE/RULE (e.g. -e example/allow) or annotate a rule "entrypoint: true"'));
  }
  const entrypoints = Object.entries(compiled.entrypoints).sort((a, b) => a[1] - b[1]).map(([name]) => name);
  mkdirSync(dirname(flags.output), { recursive: true });
  writeFileSync(flags.output, kind.bytes({ wasm: compiled.wasm, entrypoints, sources, ...(regoVersion ? { regoVersion } : {}) }));
  process.stderr.write(`plangate: wrote ${flags.output} (${files.length} Rego file${files.length === 1 ? '' : 's'}; entrypoints ${entrypoints.join(', ')})\n`);
}

/** Registers `plangate compile`. */
export const registerCompileCommand: RegisterCommand = (program: Command) => {
  program
    .command('compile')
    .description('compile Rego to a WebAssembly module (OPA ABI) or an OPA bundle')
    .argument('<paths...>', '.rego files or folders (searched recursively; *_test.rego files are left out)')
    .requiredOption('-o, --output <file>', 'the output: NAME.wasm (the module) or NAME.tar.gz (an OPA bundle)')
    .option('-e, --entrypoint <path>', 'an entrypoint as a slash path, e.g. example/allow (repeatable)', collect, [])
    .option('--allow-builtin <name>', 'allow a non-deterministic built-in, e.g. time.now_ns (repeatable)', collect, [])
    .option('--rego-version <v0|v1>', 'Rego version of the sources (default v1; v0 as OPA --v0-compatible reads it); bundles record it')
    .option('--schema <path>', 'type-check input against a JSON Schema file, or load a directory of schemas for METADATA schemas: (schema.a.b is a/b.json)')
    .addHelpText('after', `
Examples:
  plangate compile policy.rego -o policy.wasm -e example/allow
  plangate compile policies/ -o bundle.tar.gz -e acme/deny -e acme/warn

Compile errors are printed as file:line:col: code: message; the exit code is then 4.`)
    .action((paths: string[], flags: CompileFlags) => runCompile(paths, flags));
};
