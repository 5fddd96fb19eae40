# Builders shared by the library's unit tests: resources in the shape of the input document
# (docs/policy-input.md), the default parameters, and small helpers. Not part of the compiled library.
package plangate.lib.testing

import rego.v1

# The library's defaults (policies/defaults.yaml) that the tests rely on.
params := {
	"required_tags": {"owner": [], "data-classification": ["public", "internal", "confidential", "restricted"]},
	"personal_data_tag": "personal-data",
	"personal_data_values": ["true", "false"],
	"retention_tag": "retention",
	"retention_pattern": "^[0-9]+[dwmy]$",
	"environment_prefixes": {"dev": "dev-", "int": "int-", "prd": "prd-"},
	"environment_tag": "environment",
	"environment_image_registries": ["registry.example.com"],
	"allowed_regions": {
		"aws": ["eu-central-1", "eu-west-1", "eu-west-2", "eu-west-3", "eu-north-1"],
		"google": ["europe-west1", "europe-west3", "europe-west4", "eu", "europe"],
		"azurerm": ["westeurope", "northeurope", "germanywestcentral"],
	},
	"admin_ports": [22, 23, 3389, 5985, 5986, 5432, 3306, 1433, 1521, 6379, 27017, 9200, 2375, 2376],
	"allowed_registries": [],
	"disallowed_service_types": [],
	"allowed_ssl_policies": ["ELBSecurityPolicy-TLS13-1-2-2021-06", "ELBSecurityPolicy-TLS-1-2-2017-01"],
}

default_regions := {"aws": "eu-west-1", "google": "europe-west1", "azurerm": "westeurope"}

# A Terraform resource at the root module of plan.json, created by the plan.
tf(type, name, values) := {
	"id": sprintf("plan.json#%s.%s", [type, name]),
	"address": sprintf("%s.%s", [type, name]),
	"configAddress": sprintf("%s.%s", [type, name]),
	"type": type,
	"name": name,
	"source": "terraform",
	"file": "plan.json",
	"mode": "managed",
	"module": "",
	"provider": split(type, "_")[0],
	"action": "create",
	"values": values,
	"unknown": {},
	"references": {},
	"taggable": "tags" in object.keys(values),
	"tags": tags_of(values),
	"region": default_regions[split(type, "_")[0]],
}

tags_of(values) := values.tags if is_object(values.tags)

else := {}

# The resource with values known only after apply (an after_unknown tree).
with_unknown(r, tree) := object.union(r, {"unknown": tree})

# The resource with configuration references (attribute path → addresses).
with_refs(r, refs) := object.union(r, {"references": refs})

# The resource with other top-level fields replaced (region, tags, file ...).
set_fields(r, fields) := object.union(r, fields)

# A hardened container that every workload rule accepts.
container := {
	"name": "app",
	"image": "registry.example.com/app:prd-1.2.3",
	"securityContext": {
		"allowPrivilegeEscalation": false, "privileged": false, "readOnlyRootFilesystem": true,
		"runAsNonRoot": true, "runAsUser": 10001, "capabilities": {"drop": ["ALL"]},
	},
	"resources": {"requests": {"cpu": "100m", "memory": "128Mi"}, "limits": {"cpu": "500m", "memory": "256Mi"}},
	"livenessProbe": {"httpGet": {"path": "/healthz", "port": 8080}},
	"readinessProbe": {"httpGet": {"path": "/ready", "port": 8080}},
}

# The hardened container with some fields changed (nested objects are merged).
container_with(fields) := object.union(container, fields)

# A workload of `kind` in namespace default whose pod template has `spec` and `containers`.
workload(kind, name, spec, containers) := {
	"id": sprintf("k8s.yaml#%s/default/%s", [kind, name]),
	"address": sprintf("%s/default/%s", [kind, name]),
	"type": kind,
	"kind": kind,
	"name": name,
	"namespace": "default",
	"source": "kubernetes",
	"file": "k8s.yaml",
	"action": "none",
	"values": {"apiVersion": "apps/v1", "kind": kind, "metadata": {"name": name}, "spec": {"template": {"spec": object.union(spec, {"containers": containers})}}},
	"pod": {
		"metadata": {},
		"spec": object.union(spec, {"containers": containers}),
		"containers": [object.union(c, {"containerType": "container"}) | some c in containers],
	},
	"tags": {},
	"labels": {},
	"taggable": true,
}

deployment(containers) := workload("Deployment", "web", {}, containers)

# A Kubernetes object that is not a workload (Service, Ingress, Namespace ...).
object_of(kind, name, values) := {
	"id": sprintf("k8s.yaml#%s/default/%s", [kind, name]),
	"address": sprintf("%s/default/%s", [kind, name]),
	"type": kind,
	"kind": kind,
	"name": name,
	"namespace": "default",
	"source": "kubernetes",
	"file": "k8s.yaml",
	"action": "none",
	"values": object.union({"kind": kind, "metadata": {"name": name}}, values),
	"tags": {},
	"labels": {},
	"taggable": true,
}

doc(resources) := {"resources": resources}

ids(outputs) := {o.id | some o in outputs}

messages(outputs) := {o.msg | some o in outputs}
