// The one list of built-ins the compiler knows: the family tables merged, with duplicates rejected.
// Each family file owns its own table; add a family by importing it here.
import type { BuiltinDecl, BuiltinTable } from './types';
import { builtinSignature } from './signature';
import { AGGREGATE_BUILTINS } from './aggregates';
import { BITS_BUILTINS } from './bits';
import { COMPARISON_BUILTINS } from './comparison';
import { NUMBER_BUILTINS } from './numbers';
import { SET_OPERATOR_BUILTINS } from './set-operators';
import { VALUE_TYPE_BUILTINS } from './value-types';
import { ARRAY_BUILTINS } from './arrays';
import { ENCODING_BUILTINS } from './encoding';
import { GRAPH_BUILTINS } from './graph';
import { JSON_BUILTINS } from './json';
import { OBJECT_BUILTINS } from './objects';
import { SEMVER_BUILTINS } from './semver';
import { STRING_BUILTINS } from './strings';
import { UNITS_BUILTINS } from './units';
import { CRYPTO_BUILTINS } from './crypto';
import { GLOB_BUILTINS } from './glob';
import { HOST_BUILTINS } from './host';
import { NET_BUILTINS } from './net';
import { REGEX_BUILTINS } from './regex';
import { TIME_BUILTINS } from './time';
import { UUID_BUILTINS } from './uuid';
import { DEPRECATED_BUILTINS } from './deprecated';

const FAMILIES: readonly BuiltinTable[] = [
  NUMBER_BUILTINS,
  COMPARISON_BUILTINS,
  VALUE_TYPE_BUILTINS,
  AGGREGATE_BUILTINS,
  BITS_BUILTINS,
  SET_OPERATOR_BUILTINS,
  ARRAY_BUILTINS,
  ENCODING_BUILTINS,
  GRAPH_BUILTINS,
  JSON_BUILTINS,
  OBJECT_BUILTINS,
  SEMVER_BUILTINS,
  STRING_BUILTINS,
  UNITS_BUILTINS,
  REGEX_BUILTINS,
  GLOB_BUILTINS,
  NET_BUILTINS,
  TIME_BUILTINS,
  CRYPTO_BUILTINS,
  UUID_BUILTINS,
  HOST_BUILTINS,
  DEPRECATED_BUILTINS,
];

function mergeFamilies(families: readonly BuiltinTable[]): ReadonlyMap<string, BuiltinDecl> {
  const merged = new Map<string, BuiltinDecl>();
  for (const family of families) {
    for (const [name, decl] of Object.entries(family)) {
      if (merged.has(name)) throw new Error(`built-in ${name} is declared twice`);
      // Reading every signature here makes a malformed declaration fail at load, not at a user's first call.
      builtinSignature(decl);
      merged.set(name, decl);
    }
  }
  return merged;
}

/** Every built-in by exact Rego name. */
export const BUILTINS: ReadonlyMap<string, BuiltinDecl> = mergeFamilies(FAMILIES);

/** The declaration of a built-in, or undefined if the name is not a built-in. */
export function lookupBuiltin(name: string): BuiltinDecl | undefined {
  return BUILTINS.get(name);
}

/** Names of the built-ins whose result depends on more than their arguments (clock, randomness, network). */
export function nondeterministicBuiltins(): string[] {
  return [...BUILTINS].filter(([, decl]) => decl.nondeterministic).map(([name]) => name);
}
