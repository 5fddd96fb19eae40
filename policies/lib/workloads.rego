# METADATA
# title: Workload helpers
# description: Effective security settings of containers, with pod-level defaults applied.
# scope: package
package plangate.lib.workloads

import rego.v1

# A container's setting, falling back to the pod's securityContext (runAsNonRoot, runAsUser, ...).
effective(r, c, key) := c.securityContext[key]

effective(r, c, key) := r.pod.spec.securityContext[key] if not has_key(object.get(c, "securityContext", {}), key)

has_key(obj, key) if _ = obj[key]

# Regular containers (not init or ephemeral), which probes and long-running settings concern.
regular(r) := [c | some c in r.pod.containers; c.containerType == "container"]

# Kinds that run to completion, for which probes make no sense.
batch_kinds := {"Job", "CronJob"}

describe(r, c) := sprintf("%s: %s %s", [r.address, c.containerType, c.name])
