# METADATA
# title: Environment variables hold no credential literals
# description: >-
#   No container sets an environment variable to a literal shaped like a well-known credential (an AWS access key
#   id, a private key, a GitHub or Slack token, ...), whatever the variable is called: a manifest is read by
#   everyone with access to the repository or the API, and the value ends up in every pod description.
# scope: package
# custom:
#   id: k8s-env-credential-values
#   severity: critical
#   category: secrets
#   controls:
#     - { framework: CIS-K8S, id: "5.4.1" }
#     - { framework: ISO27001:2022, id: "A.5.17" }
#     - { framework: ISO27001:2022, id: "A.8.12" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: SOC2, id: "CC6.1" }
#     - { framework: PCI-DSS-4.0, id: "8.6.2" }
#   remediation: >-
#     Revoke the credential, store its replacement in a Secret (or an external secret store) and use
#     env[].valueFrom.secretKeyRef.
#   resourceTypes: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController, PodTemplate]
package plangate.rules.k8s_env_credential_values

import data.plangate.lib.pod_security
import data.plangate.lib.secrets
import rego.v1

applies contains r.id if some r in pod_security.workloads

deny contains {"id": r.id, "msg": msg} if {
	some r in pod_security.workloads
	some c in r.pod.containers
	some e in c.env
	some reason in secrets.shape_reasons(e.value)
	msg := sprintf("%s sets %s to a literal: %s; revoke it and use valueFrom.secretKeyRef", [pod_security.describe(r, c), e.name, reason])
}
