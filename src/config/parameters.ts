// Rule parameters: the library's defaults, then plangate.yaml's `parameters`, then `--param KEY=VALUE`, merged
// key by key (objects merge, everything else replaces).
import { parse } from 'yaml';
import { diagnostic, PlangateError } from '../diagnostics';

type Json = Record<string, unknown>;

function isPlainObject(v: unknown): v is Json {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Deep merge of parameter layers: later layers win; objects merge recursively. */
export function mergeParameters(...layers: (Json | undefined)[]): Json {
  const out: Json = {};
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer ?? {})) {
      out[key] = isPlainObject(value) && isPlainObject(out[key]) ? mergeParameters(out[key] as Json, value) : value;
    }
  }
  return out;
}

/**
 * Parses `--param` flags: `KEY=VALUE` where KEY may be dotted (`required_tags.owner`) and VALUE is read as YAML
 * (`[a, b]`, `{x: 1}`, `30`); a plain word stays a string.
 */
export function parseParamFlags(flags: readonly string[]): Json {
  const out: Json = {};
  for (const flag of flags) {
    const eq = flag.indexOf('=');
    if (eq <= 0) throw new PlangateError(diagnostic('usage_error', `--param ${flag}: expected KEY=VALUE`));
    const keys = flag.slice(0, eq).split('.');
    let value: unknown;
    try {
      value = parse(flag.slice(eq + 1));
    } catch {
      value = flag.slice(eq + 1);
    }
    let target = out;
    for (const key of keys.slice(0, -1)) target = (target[key] = isPlainObject(target[key]) ? target[key] : {}) as Json;
    target[keys[keys.length - 1]] = value ?? '';
  }
  return out;
}
