// Built-ins plangate leaves out on purpose (network, randomness, crypto beyond hashes, OPA internals); a case that
// calls one is skipped with the built-in named as the reason. Nothing else is ever skipped.

/** Out-of-scope built-in name prefixes and why. */
export const OUT_OF_SCOPE: ReadonlyArray<{ prefix: string; reason: string }> = [
  { prefix: 'http.send', reason: 'http.send: network access is outside the policy sandbox' },
  { prefix: 'net.lookup_ip_addr', reason: 'net.lookup_ip_addr: DNS access is outside the policy sandbox' },
  { prefix: 'rand.', reason: 'rand.*: randomness makes checks non-deterministic' },
  { prefix: 'io.jwt.', reason: 'io.jwt.*: token crypto is out of scope' },
  { prefix: 'crypto.x509.', reason: 'crypto.x509.*: certificate parsing is out of scope' },
  { prefix: 'crypto.parse_private_keys', reason: 'crypto.parse_private_keys: key parsing is out of scope' },
  { prefix: 'graphql.', reason: 'graphql.*: GraphQL parsing is out of scope' },
  { prefix: 'providers.aws.', reason: 'providers.aws.*: request signing is out of scope' },
  { prefix: 'rego.metadata.', reason: 'rego.metadata.*: run-time annotation access is out of scope' },
  { prefix: 'rego.parse_module', reason: 'rego.parse_module: run-time parsing is out of scope' },
  { prefix: 'strings.render_template', reason: 'strings.render_template: Go templates are out of scope' },
  { prefix: 'test.sleep', reason: 'test.sleep: OPA test-only built-in' },
  { prefix: 'opa.runtime', reason: 'opa.runtime: exposes the host environment' },
];

/** The reason a case is out of scope, or undefined when it is in scope. */
export function outOfScopeReason(texts: string[]): string | undefined {
  for (const { prefix, reason } of OUT_OF_SCOPE) {
    const pattern = new RegExp('(^|[^A-Za-z0-9_.])' + prefix.replace(/\./g, '\\.') + (prefix.endsWith('.') ? '' : '\\b'));
    if (texts.some((t) => pattern.test(t))) return reason;
  }
  return undefined;
}
