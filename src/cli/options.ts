// Option helpers shared by the commands.
import { diagnostic, PlangateError } from '../diagnostics';
import { REGO_VERSIONS, type RegoVersion } from '../rego';

/** Commander argument parser for a repeatable option: each use appends to the list. */
export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** --rego-version, else plangate.yaml's regoVersion; anything but v0 or v1 is a usage error. */
export function regoVersionOf(flag: string | undefined, config: { regoVersion?: 'v0' | 'v1' }): RegoVersion | undefined {
  const value = flag ?? config.regoVersion;
  if (value === undefined) return undefined;
  if (!REGO_VERSIONS.includes(value as RegoVersion)) throw new PlangateError(diagnostic('usage_error', `--rego-version ${value}: choose one of ${REGO_VERSIONS.join(', ')}`));
  return value as RegoVersion;
}
