# METADATA
# title: Resources carry the required tags
# description: >-
#   Every taggable Terraform resource and every Kubernetes workload and Namespace carries an owner and a
#   data classification, so that each asset has an accountable owner and handling rules (ISO/IEC 27001
#   A.5.9 inventory, A.5.12 classification) and processing can be recorded (GDPR Art.30).
# scope: package
# custom:
#   id: required-tags
#   severity: medium
#   category: tagging
#   controls:
#     - { framework: ISO27001:2022, id: A.5.9 }
#     - { framework: ISO27001:2022, id: A.5.12 }
#     - { framework: GDPR, id: Art.30 }
#   remediation: >-
#     Add the missing tags (Terraform `tags`, or the AWS provider's `default_tags`) or labels (Kubernetes
#     `metadata.labels`) with allowed values, e.g. owner = "team-payments", data-classification = "internal".
#   resourceTypes: [taggable Terraform resources, Namespace, Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController]
#   parameters: [required_tags]
package plangate.rules.required_tags

import data.plangate.lib.tags
import rego.v1

kubernetes_kinds := {"Namespace", "Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "CronJob", "ReplicationController"}

# The judged resources, found once per evaluation.
subjects := [r | some r in input.resources; judged(r)]

applies contains r.id if {
	some r in subjects
}

deny contains {"id": r.id, "msg": msg} if {
	some r in subjects
	problems := tags.required_tag_problems(r)
	count(problems) > 0
	msg := sprintf("%s: %s; fix them in %s", [r.address, concat("; ", sort(problems)), where_to_tag(r)])
}

judged(r) if {
	r.source == "terraform"
	r.taggable == true
}

judged(r) if tags.labelled(r)

judged(r) if {
	r.source == "kubernetes"
	r.kind in kubernetes_kinds
}

where_to_tag(r) := "metadata.labels" if r.source == "kubernetes"

else := "resource_labels" if tags.labelled(r)

else := "tags (or the provider's default_tags)"
