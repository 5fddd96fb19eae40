// Public surface of the report layer: the model, the renderers' registry, evidence, baseline, writing and merging.
export * from './model';
export type { Renderer, RenderOptions } from './renderer';
export { RENDERERS, FORMAT_NAMES, findRenderer, parseFormats, formatHelp } from './registry';
export { renderReport, writeReports, writeReportsSettled, writeReportsInTurns, emitReports, emitReportsInTurns, normaliseReport, writeFileAtomic, type WriteOptions, type EmittedReports, type WrittenReports } from './write';
export { canonicalJson } from './canonical-json';
export { sha256Hex, computeDigest, sealReport, signReport, verifyReport, keyIdOf, canonicalReportBytes, readKeyFile, type KeyInput, type VerifyOptions, type VerifyOutcome } from './evidence';
export { applyBaseline, findingKey } from './baseline';
export { mergeReports, type MergeOptions } from './merge';
export { readReport, readReportAsync, parseReport } from './load';
export { checkReportSchema, REPORT_SCHEMA_PATH } from './schema';
export { compareResults, compareText, sortResults, sortPolicies, severityRank } from './sort';
export { summarise, complianceMatrix } from './aggregate';
export { reportTimestamp, runtimeInfo, gitInfo, ciInfo, collectRunInfo, type RunFacts } from './provenance';
