// Terraform address helpers: instance keys stripped to get configuration addresses, provider short names, and
// references (`aws_s3_bucket.this[0].arn`) reduced to the resource they point at.

/** `module.a["x"].module.b[0].aws_s3_bucket.c[1]` -> `module.a.module.b.aws_s3_bucket.c` (keys may hold `]` in quotes). */
export function stripInstanceKeys(address: string): string {
  let open = address.indexOf('[');
  if (open < 0) return address;
  let out = '';
  let from = 0;
  while (open >= 0) {
    out += address.slice(from, open);
    from = closingBracket(address, open) + 1;
    open = address.indexOf('[', from);
  }
  return out + address.slice(from);
}

/** Index of the `]` closing the key opened at `open`, skipping quoted text (with escapes). */
function closingBracket(address: string, open: number): number {
  let quoted = false;
  for (let i = open + 1; i < address.length; i++) {
    const k = address[i];
    if (quoted && k === '\\') i++;
    else if (k === '"') quoted = !quoted;
    else if (k === ']' && !quoted) return i;
  }
  return address.length;
}

/** Provider type from a provider name in any Terraform version's spelling (`registry.terraform.io/hashicorp/aws`, `provider.aws`, `provider["…/aws"].west`). */
export function providerShortName(providerName: string | undefined, resourceType: string): string {
  if (!providerName) return resourceType.split('_')[0];
  let name = providerName.replace(/^provider\[?"?/, '').replace(/^\./, '');
  const close = name.indexOf('"');
  if (close >= 0) name = name.slice(0, close);
  name = name.slice(name.lastIndexOf('/') + 1);
  const dot = name.indexOf('.');
  return dot >= 0 ? name.slice(0, dot) : name;
}

/** What a configuration reference names, once instance keys and attribute suffixes are dropped. */
export type ReferenceTarget =
  | { kind: 'resource'; address: string }
  | { kind: 'variable'; name: string }
  | { kind: 'module-output'; module: string; output: string }
  | { kind: 'other' };

const NOT_RESOURCES = new Set(['local', 'each', 'count', 'path', 'terraform', 'self']);

/** Classifies one entry of an expression's `references`, relative to its own module. */
export function referenceTarget(reference: string): ReferenceTarget {
  const parts = stripInstanceKeys(reference).split('.');
  const head = parts[0];
  if (head === 'var' && parts.length >= 2) return { kind: 'variable', name: parts[1] };
  if (head === 'module') {
    return parts.length >= 3 ? { kind: 'module-output', module: parts[1], output: parts[2] } : { kind: 'other' };
  }
  if (head === 'data') return parts.length >= 3 ? { kind: 'resource', address: parts.slice(0, 3).join('.') } : { kind: 'other' };
  if (NOT_RESOURCES.has(head) || parts.length < 2) return { kind: 'other' };
  return { kind: 'resource', address: `${head}.${parts[1]}` };
}

/** Prefixes a module-relative address with its module path (`""` at the root). */
export function inModule(modulePath: string, address: string): string {
  return modulePath ? `${modulePath}.${address}` : address;
}
