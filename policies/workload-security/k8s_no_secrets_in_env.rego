# METADATA
# title: Secrets are not written into environment variables
# description: >-
#   Environment variables whose names suggest credentials (password, secret, token, key ...) take their value
#   from a Secret (valueFrom.secretKeyRef), never a literal in the manifest.
# scope: package
# custom:
#   id: k8s-no-secrets-in-env
#   severity: high
#   category: workload-security
#   controls:
#     - { framework: ISO27001:2022, id: "A.8.12" }
#     - { framework: ISO27001:2022, id: "A.5.17" }
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: CIS-K8S, id: "5.4.1" }
#   remediation: Store the value in a Secret and use env[].valueFrom.secretKeyRef.
#   resourceTypes: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController]
package plangate.rules.k8s_no_secrets_in_env

import data.plangate.lib.workloads
import rego.v1

credential_name := `(?i)(passw(or)?d|secret|token|api[_-]?key|private[_-]?key|access[_-]?key|credential)`

applies contains r.id if {
	some r in input.resources
	r.pod
}

deny contains {"id": r.id, "msg": msg} if {
	some r in input.resources
	some c in r.pod.containers
	some e in c.env
	regex.match(credential_name, e.name)
	is_string(e.value)
	e.value != ""
	msg := sprintf("%s sets %s to a literal value; take it from a Secret with valueFrom.secretKeyRef", [workloads.describe(r, c), e.name])
}
