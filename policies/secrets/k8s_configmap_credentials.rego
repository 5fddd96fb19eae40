# METADATA
# title: ConfigMaps hold no credentials
# description: >-
#   No ConfigMap entry holds a credential: neither a literal under a credential's name (password, token, api_key,
#   ...) nor a value shaped like a well-known credential. ConfigMaps are not encrypted at rest, are readable by
#   far more subjects than Secrets, and their values appear in plain text in every listing.
# scope: package
# custom:
#   id: k8s-configmap-credentials
#   severity: high
#   category: secrets
#   controls:
#     - { framework: CIS-K8S, id: "5.4.1" }
#     - { framework: ISO27001:2022, id: "A.5.17" }
#     - { framework: ISO27001:2022, id: "A.8.12" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "CC6.1" }
#     - { framework: PCI-DSS-4.0, id: "8.6.2" }
#   remediation: Move the entry into a Secret (or an external secret store) and mount or reference it from there.
#   resourceTypes: [ConfigMap]
package plangate.rules.k8s_configmap_credentials

import data.plangate.lib.resources
import data.plangate.lib.secrets
import rego.v1

config_maps := [r | some r in resources.of_type("ConfigMap"); r.source == "kubernetes"]

applies contains r.id if some r in config_maps

deny contains {"id": r.id, "msg": msg} if {
	some r in config_maps
	findings := secrets.in_map(object.get(r.values, "data", {}))
	count(findings) > 0
	msg := sprintf("%s holds credentials: %s; move them into a Secret", [r.address, secrets.describe(findings)])
}
