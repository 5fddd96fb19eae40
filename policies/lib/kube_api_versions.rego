# METADATA
# title: Kubernetes API version helpers
# description: >-
#   When each beta API version of a kind was deprecated and removed (Kubernetes' deprecated API migration guide),
#   and the minor version of the target cluster (parameter kubernetes_version).
# scope: package
package plangate.lib.kube_api_versions

import data.plangate.lib.resources
import rego.v1

# "apiVersion kind" → [minor release deprecating it, minor release removing it, the version to use instead].
lifecycle := {
	"extensions/v1beta1 Deployment": [9, 16, "apps/v1"],
	"extensions/v1beta1 DaemonSet": [9, 16, "apps/v1"],
	"extensions/v1beta1 ReplicaSet": [9, 16, "apps/v1"],
	"extensions/v1beta1 NetworkPolicy": [9, 16, "networking.k8s.io/v1"],
	"extensions/v1beta1 PodSecurityPolicy": [11, 16, "policy/v1beta1"],
	"extensions/v1beta1 Ingress": [14, 22, "networking.k8s.io/v1"],
	"apps/v1beta1 Deployment": [9, 16, "apps/v1"],
	"apps/v1beta1 StatefulSet": [9, 16, "apps/v1"],
	"apps/v1beta1 ReplicaSet": [9, 16, "apps/v1"],
	"apps/v1beta2 Deployment": [9, 16, "apps/v1"],
	"apps/v1beta2 StatefulSet": [9, 16, "apps/v1"],
	"apps/v1beta2 DaemonSet": [9, 16, "apps/v1"],
	"apps/v1beta2 ReplicaSet": [9, 16, "apps/v1"],
	"networking.k8s.io/v1beta1 Ingress": [19, 22, "networking.k8s.io/v1"],
	"networking.k8s.io/v1beta1 IngressClass": [19, 22, "networking.k8s.io/v1"],
	"rbac.authorization.k8s.io/v1beta1 Role": [17, 22, "rbac.authorization.k8s.io/v1"],
	"rbac.authorization.k8s.io/v1beta1 ClusterRole": [17, 22, "rbac.authorization.k8s.io/v1"],
	"rbac.authorization.k8s.io/v1beta1 RoleBinding": [17, 22, "rbac.authorization.k8s.io/v1"],
	"rbac.authorization.k8s.io/v1beta1 ClusterRoleBinding": [17, 22, "rbac.authorization.k8s.io/v1"],
	"apiextensions.k8s.io/v1beta1 CustomResourceDefinition": [16, 22, "apiextensions.k8s.io/v1"],
	"apiregistration.k8s.io/v1beta1 APIService": [19, 22, "apiregistration.k8s.io/v1"],
	"admissionregistration.k8s.io/v1beta1 ValidatingWebhookConfiguration": [16, 22, "admissionregistration.k8s.io/v1"],
	"admissionregistration.k8s.io/v1beta1 MutatingWebhookConfiguration": [16, 22, "admissionregistration.k8s.io/v1"],
	"certificates.k8s.io/v1beta1 CertificateSigningRequest": [19, 22, "certificates.k8s.io/v1"],
	"coordination.k8s.io/v1beta1 Lease": [19, 22, "coordination.k8s.io/v1"],
	"scheduling.k8s.io/v1beta1 PriorityClass": [14, 22, "scheduling.k8s.io/v1"],
	"storage.k8s.io/v1beta1 StorageClass": [19, 22, "storage.k8s.io/v1"],
	"storage.k8s.io/v1beta1 VolumeAttachment": [19, 22, "storage.k8s.io/v1"],
	"storage.k8s.io/v1beta1 CSIDriver": [19, 22, "storage.k8s.io/v1"],
	"storage.k8s.io/v1beta1 CSINode": [17, 22, "storage.k8s.io/v1"],
	"storage.k8s.io/v1beta1 CSIStorageCapacity": [24, 27, "storage.k8s.io/v1"],
	"batch/v1beta1 CronJob": [21, 25, "batch/v1"],
	"policy/v1beta1 PodDisruptionBudget": [21, 25, "policy/v1"],
	"policy/v1beta1 PodSecurityPolicy": [21, 25, "Pod Security Admission"],
	"discovery.k8s.io/v1beta1 EndpointSlice": [21, 25, "discovery.k8s.io/v1"],
	"events.k8s.io/v1beta1 Event": [19, 25, "events.k8s.io/v1"],
	"node.k8s.io/v1beta1 RuntimeClass": [20, 25, "node.k8s.io/v1"],
	"autoscaling/v2beta1 HorizontalPodAutoscaler": [22, 25, "autoscaling/v2"],
	"autoscaling/v2beta2 HorizontalPodAutoscaler": [23, 26, "autoscaling/v2"],
	"flowcontrol.apiserver.k8s.io/v1beta1 FlowSchema": [23, 26, "flowcontrol.apiserver.k8s.io/v1"],
	"flowcontrol.apiserver.k8s.io/v1beta1 PriorityLevelConfiguration": [23, 26, "flowcontrol.apiserver.k8s.io/v1"],
	"flowcontrol.apiserver.k8s.io/v1beta2 FlowSchema": [26, 29, "flowcontrol.apiserver.k8s.io/v1"],
	"flowcontrol.apiserver.k8s.io/v1beta2 PriorityLevelConfiguration": [26, 29, "flowcontrol.apiserver.k8s.io/v1"],
	"flowcontrol.apiserver.k8s.io/v1beta3 FlowSchema": [29, 32, "flowcontrol.apiserver.k8s.io/v1"],
	"flowcontrol.apiserver.k8s.io/v1beta3 PriorityLevelConfiguration": [29, 32, "flowcontrol.apiserver.k8s.io/v1"],
}

# Kubernetes objects of the input with a versioned API listed above, each with its lifecycle entry.
tracked := [[r, entry] |
	some r in input.resources
	r.source == "kubernetes"
	entry := lifecycle[sprintf("%s %s", [r.apiVersion, r.kind])]
]

# Every Kubernetes object of the input: the rules judge them all (an object with a current version passes).
objects := [r | some r in input.resources; r.source == "kubernetes"]

# The minor version of the target cluster: "1.29", "v1.29" and "1.29.3" all give 29; undefined when the
# parameter is not a Kubernetes 1.x version written as a string (YAML reads an unquoted 1.30 as the number 1.3).
target_minor := to_number(parts[1]) if {
	is_string(data.plangate.params.kubernetes_version)
	parts := regex.find_all_string_submatch_n(`^v?1\.([0-9]+)(\.[0-9]+)?$`, data.plangate.params.kubernetes_version, 1)[0]
}

# The parameter as written, for messages.
target := sprintf("%v", [data.plangate.params.kubernetes_version])
