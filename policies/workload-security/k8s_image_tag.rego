# METADATA
# title: Images are pinned to a tag or digest other than latest
# description: Containers run an image pinned by a version tag or digest; untagged images and latest change under you.
# scope: package
# custom:
#   id: k8s-image-pinned
#   severity: medium
#   category: workload-security
#   controls:
#     - { framework: ISO27001:2022, id: "A.8.32" }
#     - { framework: ISO27001:2022, id: "A.8.19" }
#   remediation: Use an explicit version tag (registry.example.com/app:prd-1.4.2) or a digest (@sha256:...).
#   resourceTypes: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController]
package plangate.rules.k8s_image_tag

import data.plangate.lib.images
import data.plangate.lib.workloads
import rego.v1

applies contains r.id if {
	some r in input.resources
	r.pod
}

deny contains {"id": r.id, "msg": msg} if {
	some r in input.resources
	some c in r.pod.containers
	not images.has_digest(c.image)
	images.tag(c.image) in mutable_tags
	msg := sprintf("%s runs image %s, which is not pinned; use a version tag or digest", [workloads.describe(r, c), c.image])
}

# No tag (Docker pulls latest) and tags that name a moving line of development rather than a release.
mutable_tags := {"", "latest", "master", "main", "edge", "nightly", "stable"}
