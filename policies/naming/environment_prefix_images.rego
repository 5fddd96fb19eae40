# METADATA
# title: Container image tags carry the environment prefix
# description: >-
#   Container images of Kubernetes workloads are tagged with an environment prefix (dev-, int-, prd-), the
#   workload's own when its environment label or --env names it, so that only images promoted to an
#   environment run there.
# scope: package
# custom:
#   id: environment-prefix-images
#   severity: medium
#   category: naming
#   controls:
#     - { framework: ISO27001:2022, id: "A.8.31" }
#     - { framework: ISO27001:2022, id: "A.8.32" }
#   remediation: Deploy an image promoted to the environment, tagged like registry.example.com/app:prd-1.4.2.
#   resourceTypes: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController]
#   parameters: [environment_prefixes, environment_tag, environment]
package plangate.rules.environment_prefix_images

import data.plangate.lib.images
import data.plangate.lib.naming
import rego.v1

applies contains r.id if {
	some r in input.resources
	r.pod
}

deny contains {"id": r.id, "msg": msg} if {
	some r in input.resources
	some c in r.pod.containers
	tag := images.tag(c.image)
	allowed := naming.required_prefixes(r)
	not naming.has_prefix(tag, allowed)
	msg := sprintf("%s: %s %s runs image %s, whose tag '%s' does not start with %s", [r.address, c.containerType, c.name, c.image, tag, concat(" or ", sort(allowed))])
}
