# METADATA
# title: Images of the organisation carry the environment prefix
# description: >-
#   Container images the organisation builds and promotes (those under the registry paths listed in
#   environment_image_registries) are tagged with an environment prefix (dev-, int-, prd-), the workload's own when
#   its environment label or --env names it, so that only images promoted to an environment run there. An image
#   tagged for another environment fails wherever it comes from. Version tags of third-party images (nginx:1.25.3,
#   quay.io/prometheus/node-exporter:v1.8.1) carry no environment and are never judged.
# scope: package
# custom:
#   id: environment-prefix-images
#   severity: medium
#   category: naming
#   controls:
#     - { framework: ISO27001:2022, id: "A.8.31" }
#     - { framework: ISO27001:2022, id: "A.8.32" }
#   remediation: >-
#     Deploy an image promoted to the environment, tagged like registry.example.com/app:prd-1.4.2; list the
#     registry paths of your own images in environment_image_registries.
#   resourceTypes: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController]
#   parameters: [environment_image_registries, environment_prefixes, environment_tag, environment]
package plangate.rules.environment_prefix_images

import data.plangate.lib.images
import data.plangate.lib.naming
import rego.v1

# The image is the organisation's own: under one of the configured registry paths.
own(image) if {
	some path in data.plangate.params.environment_image_registries
	startswith(image, concat("", [trim_suffix(path, "/"), "/"]))
}

# The image's tag names some environment: its prefix decides, whoever built it.
environment_tagged(image) if naming.has_prefix(images.tag(image), naming.prefixes)

judged(image) if own(image)

judged(image) if environment_tagged(image)

applies contains r.id if {
	some r in input.resources
	some c in r.pod.containers
	judged(c.image)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in input.resources
	some c in r.pod.containers
	judged(c.image)
	tag := images.tag(c.image)
	allowed := naming.required_prefixes(r)
	not naming.has_prefix(tag, allowed)
	msg := sprintf("%s: %s %s runs image %s, whose tag '%s' does not start with %s", [r.address, c.containerType, c.name, c.image, tag, concat(" or ", sort(allowed))])
}

evidence contains {"id": r.id, "msg": sprintf("%s %s runs %s", [c.containerType, c.name, c.image])} if {
	some r in input.resources
	some c in r.pod.containers
	judged(c.image)
	naming.has_prefix(images.tag(c.image), naming.required_prefixes(r))
}
