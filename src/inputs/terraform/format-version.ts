// Which `format_version`s of Terraform's JSON output plangate reads: every 0.x and 1.x that Terraform 0.12–1.x and
// OpenTofu write. A new major version may change meaning, so it is refused with the version found.
import { diagnostic, type Diagnostic } from '../../diagnostics';

const SUPPORTED_MAJORS = new Set(['0', '1']);

/** Undefined when the version is readable, else the diagnostic naming the version found. */
export function checkFormatVersion(version: unknown, file: string): Diagnostic | undefined {
  if (typeof version !== 'string' || !/^\d+\.\d+(\.\d+)?$/.test(version)) {
    return diagnostic('input_error', `format_version ${JSON.stringify(version)} is not a version number`, { file }, { jsonPath: '/format_version' });
  }
  const major = version.split('.')[0];
  if (!SUPPORTED_MAJORS.has(major)) {
    return diagnostic('input_error', `unsupported Terraform JSON format_version ${version} (plangate reads 0.x and 1.x)`, { file }, { jsonPath: '/format_version' });
  }
  return undefined;
}
