// Lists the rules a check would run, with the metadata `plangate policies` prints.
import type { ControlRef } from '../report/model';
import type { RegoVersion } from '../rego';
import { loadCustomPolicies } from './custom-policies';
import { loadLibrary } from './library';

/** A rule as listed. */
export interface ListedRule {
  id: string;
  title: string;
  description?: string;
  severity: string;
  category: string;
  controls: ControlRef[];
  remediation?: string;
  appliesTo?: string[];
  parameters: string[];
  source: 'builtin' | 'custom';
  file?: string;
  sha256: string;
}

/** The rules of the built-in library (unless left out) and of the given custom policies. */
export async function listRules(opts: {
  policies?: string[];
  builtin?: boolean;
  allowBuiltins?: string[];
  cwd?: string;
  /** Rego version of the policies that name none, and of each path that names one. */
  regoVersion?: RegoVersion;
  versions?: Readonly<Record<string, RegoVersion>>;
}): Promise<ListedRule[]> {
  const sources = { allowBuiltins: opts.allowBuiltins, cwd: opts.cwd, regoVersion: opts.regoVersion, versions: opts.versions };
  const sets = [...(opts.builtin === false ? [] : [loadLibrary().set]), ...(await loadCustomPolicies(opts.policies ?? [], sources))];
  return sets.flatMap((set) => set.rules.map((r): ListedRule => ({
    id: r.meta.id,
    title: r.meta.title,
    description: r.meta.description,
    severity: r.meta.severity,
    category: r.meta.category,
    controls: r.meta.controls,
    remediation: r.meta.remediation,
    appliesTo: r.meta.appliesTo,
    parameters: r.parameters,
    source: r.source,
    file: r.meta.file,
    sha256: r.sha256,
  })));
}
