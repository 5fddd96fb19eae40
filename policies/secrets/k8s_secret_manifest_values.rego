# METADATA
# title: Secret manifests carry no values
# description: >-
#   No Secret object in the manifests holds data or stringData values: base64 is an encoding, not encryption, so
#   the credential is readable by everyone who can read the repository, the CI logs or the rendered chart.
#   Values are never copied into the input or a report; only their keys are named.
# scope: package
# custom:
#   id: k8s-secret-manifest-values
#   severity: high
#   category: secrets
#   controls:
#     - { framework: CIS-K8S, id: "5.4.2" }
#     - { framework: ISO27001:2022, id: "A.5.17" }
#     - { framework: ISO27001:2022, id: "A.8.12" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "CC6.1" }
#     - { framework: PCI-DSS-4.0, id: "8.3.2" }
#   remediation: >-
#     Keep the values out of the manifests: create the Secret from an external store (External Secrets Operator,
#     Secrets Store CSI driver) or commit it encrypted (Sealed Secrets, SOPS).
#   resourceTypes: [Secret]
package plangate.rules.k8s_secret_manifest_values

import data.plangate.lib.resources
import rego.v1

secrets := [r | some r in resources.of_type("Secret"); r.source == "kubernetes"]

# The keys holding a value, from data and stringData.
keys(r) := sort({key |
	some field in ["data", "stringData"]
	some key, value in object.get(r.values, field, {})
	value != ""
	value != null
})

applies contains r.id if some r in secrets

deny contains {"id": r.id, "msg": msg} if {
	some r in secrets
	count(keys(r)) > 0
	msg := sprintf("%s holds secret values in the manifest (keys %s; values withheld); create it from an external secret store or commit it encrypted", [r.address, concat(", ", keys(r))])
}
