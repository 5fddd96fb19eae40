// Public surface of the configuration layer.
export { CONFIG_FILE_NAMES, findConfigFile, loadConfig, loadConfigFile, loadWaiversFile } from './load';
export { addressGlob, todayUtc, WaiverBook } from './waivers';
export type { WaiverMatch } from './waivers';
export { mergeParameters, parseParamFlags } from './parameters';
export { enforcementLevel, failsRun } from './enforcement';
export { unknownRuleReferences } from './references';
export type { KnownRules, UnknownRuleReference } from './references';
export { SEVERITIES } from './types';
export type { EnforcementLevel, LoadedConfig, PlangateConfig, Severity, Waiver } from './types';
