# METADATA
# title: EKS clusters encrypt Kubernetes secrets with KMS
# description: >-
#   An aws_eks_cluster has an encryption_config whose resources include "secrets" and whose provider names a KMS
#   key, so Secrets are envelope-encrypted in etcd with a key the account controls (clusters created before
#   Kubernetes 1.28 platform versions have no default envelope encryption at all).
# scope: package
# custom:
#   id: aws-eks-secrets-encryption
#   severity: high
#   category: encryption
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.24" }
#     - { framework: ISO27001:2022, id: "A.5.17" }
#     - { framework: SOC2, id: "CC6.1" }
#     - { framework: PCI-DSS-4.0, id: "3.5.1" }
#   remediation: >-
#     Add encryption_config { resources = ["secrets"] provider { key_arn = aws_kms_key.x.arn } } to the
#     aws_eks_cluster.
#   resourceTypes: [aws_eks_cluster]
package plangate.rules.aws_eks_secrets_encryption

import data.plangate.lib.resources
import rego.v1

applies contains r.id if {
	some r in resources.of_type("aws_eks_cluster")
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_eks_cluster")
	not encrypts_secrets(r)
	not r.unknown.encryption_config == true
	msg := sprintf("%s does not encrypt Kubernetes secrets with a KMS key; add encryption_config { resources = [\"secrets\"] }", [r.address])
}

unknown contains {"id": r.id, "msg": msg} if {
	some r in resources.of_type("aws_eks_cluster")
	r.unknown.encryption_config == true
	msg := sprintf("%s: encryption_config is known only after apply", [r.address])
}

encrypts_secrets(r) if {
	some config in object.get(r.values, "encryption_config", [])
	"secrets" in object.get(config, "resources", [])
}
