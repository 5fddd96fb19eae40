// Normalises the JSON of `terraform show -json` on a state file: `values` only, no changes, so every managed
// resource exists as it is (action "none") and data sources are listed apart.
import { checkSchema } from '../schemas';
import type { JsonObject, ParsedInput, ReadOptions } from '../types';
import { checkFormatVersion } from './format-version';
import { emptyTerraformInput, fromModuleValues, sortInto, terraformContext } from './plan';
import { flattenModuleValues } from './values';

/** Parses one state document already recognised by detection. */
export function parseTerraformState(json: JsonObject, file: string, options: ReadOptions): ParsedInput {
  const parsed = emptyTerraformInput('terraform-state', json);
  const versionError = checkFormatVersion(json.format_version, file);
  const schemaErrors = versionError ? [versionError] : checkSchema('terraform-state', json, { file });
  if (schemaErrors.length > 0) {
    parsed.diagnostics.push(...schemaErrors);
    return parsed;
  }
  const ctx = terraformContext(json, file, options);
  for (const entry of flattenModuleValues(json.values)) sortInto(parsed, fromModuleValues(ctx, entry, 'none'));
  return parsed;
}
