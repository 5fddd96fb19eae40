// The .tf file a Terraform resource is declared in: the report names the plan file and the .tf line, and an
// annotation needs both from the same file, so the plans with located failures are read again for `sourceFile`.
import { readInputs } from '../inputs';
import type { ReportModel, Result } from '../report';

/** Maps a result to the .tf file holding its resource block, when the sources were found beside the plan. */
export type SourceFileOf = (r: Result) => string | undefined;

function keyOf(file: string, address: string): string {
  return `${file}\u0000${address}`;
}

function needsSource(r: Result, terraformFiles: ReadonlySet<string>): boolean {
  return r.status !== 'pass' && r.resource.line !== undefined && r.resource.file !== undefined && terraformFiles.has(r.resource.file);
}

/** Builds the lookup, reading only the Terraform inputs that have non-passing results with a line. */
export async function locateTerraformSources(report: ReportModel, cwd: string, tfDir: string | undefined): Promise<SourceFileOf> {
  const terraformFiles = new Set(report.inputs.filter((i) => i.type !== 'kubernetes').map((i) => i.path));
  const wanted = [...new Set(report.results.filter((r) => needsSource(r, terraformFiles)).map((r) => r.resource.file!))].sort();
  const sources = new Map<string, string>();
  if (wanted.length > 0) {
    const read = await readInputs(wanted, { cwd, tfDir });
    for (const resource of read.document.resources) {
      if (resource.sourceFile) sources.set(keyOf(resource.file, resource.address), resource.sourceFile);
    }
  }
  return (r) => (r.resource.file === undefined ? undefined : sources.get(keyOf(r.resource.file, r.resource.address)));
}
