// Public surface of the Rego compiler: what other layers (engine, cli) may use.
export type { Annotations, Module, Rule } from './ast/nodes';
export { compileRego, COMPILE_PIPELINE } from './compile';
export type { CompileRegoOptions, CompileRegoResult, CompileStageName, RegoModuleSource } from './compile';
export { REGO_VERSIONS, type RegoVersion, type ParseModuleOptions } from './parser';
export { parseModule, parseModuleWithVersionHint, parseQuery, parseTerm } from './parser';
export { readBundle, writeBundle, bundleFileRegoVersion } from './bundle';
export { createHostImplementations } from './builtins/host-implementations';
export { sandboxViolations } from './builtins/sandbox';
export { memoryFor } from './wasm/memory-import';
export { nondeterministicBuiltins } from './builtins/registry';
export type { HostImplementations } from './builtins/host-implementations';
export { CompileCache, resolveCacheDir } from './cache';
export { isParameterizedTest, testCaseModule } from './test-cases';
export type { ParameterizedTest, UnlistableTest } from './test-cases';
export { checkDeclaredBuiltins } from './builtins/declared';
export type { DeclaredBuiltinSignature } from './builtins/declared';
export type { TypeSpec, ValueKind } from './builtins/types';
