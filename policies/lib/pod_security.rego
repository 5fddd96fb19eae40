# METADATA
# title: Pod Security Standards helpers
# description: >-
#   The workloads of the input and the tables of the Kubernetes Pod Security Standards (baseline and restricted):
#   the capabilities, sysctls, volume types and SELinux types each level allows, and every security context that
#   applies to a container (its own and its pod's).
# scope: package
package plangate.lib.pod_security

import data.plangate.lib.resources
import rego.v1

# Kinds that carry a pod template (the input document adds `pod` to each).
workload_kinds := {"Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob", "PodTemplate"}

# Every workload of the input, found once per evaluation through the type index.
workloads := [r | some r in resources.of_types(workload_kinds); r.source == "kubernetes"; r.pod]

# The workloads the Linux-only controls of the restricted level concern: the standard exempts pods that declare
# spec.os.name = windows from the seccomp and capabilities controls.
linux_workloads := [r | some r in workloads; not r.pod.spec.os.name == "windows"]

# Capabilities the baseline level lets a container add (the default set of container runtimes).
baseline_capabilities := {
	"AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE", "SETFCAP",
	"SETGID", "SETPCAP", "SETUID", "SYS_CHROOT",
}

# The one capability the restricted level lets a container add back after dropping ALL.
restricted_capabilities := {"NET_BIND_SERVICE"}

# Sysctls the baseline level allows: namespaced and unable to affect other pods on the node.
safe_sysctls := {
	"kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range", "net.ipv4.ip_unprivileged_port_start",
	"net.ipv4.tcp_syncookies", "net.ipv4.ping_group_range", "net.ipv4.ip_local_reserved_ports",
	"net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout", "net.ipv4.tcp_keepalive_intvl",
	"net.ipv4.tcp_keepalive_probes",
}

# Volume types the restricted level allows (none of them reaches the node's file system or devices).
restricted_volume_types := {"configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim", "projected", "secret"}

# SELinux types the baseline level allows ("" and unset mean the runtime's default).
baseline_selinux_types := {"", "container_t", "container_init_t", "container_kvm_t", "container_engine_t"}

# A capability name as the standard compares it: upper case, without the CAP_ prefix.
capability(name) := trim_prefix(upper(name), "CAP_")

# The pod's security context, {} when it has none.
pod_context(r) := object.get(r.pod.spec, "securityContext", {})

# The container's security context, {} when it has none.
container_context(c) := object.get(c, "securityContext", {})

# A container setting with the pod's as default (seccompProfile, appArmorProfile, seLinuxOptions, runAsGroup ...).
effective(r, c, key) := container_context(c)[key]

effective(r, c, key) := pod_context(r)[key] if not has_key(container_context(c), key)

has_key(obj, key) if _ = obj[key]

describe(r, c) := sprintf("%s: %s %s", [r.address, c.containerType, c.name])
