# METADATA
# title: OpenSearch domains are reachable only from a VPC
# description: >-
#   An aws_opensearch_domain or aws_elasticsearch_domain has vpc_options with subnets. Without them the domain gets
#   a public endpoint, and only its access policy stands between the internet and the indexes.
# scope: package
# custom:
#   id: aws-opensearch-in-vpc
#   severity: medium
#   category: exposure
#   controls:
#     - { framework: GDPR, id: "Art.32" }
#     - { framework: ISO27001:2022, id: "A.8.20" }
#     - { framework: ISO27001:2022, id: "A.8.22" }
#     - { framework: SOC2, id: "CC6.6" }
#     - { framework: PCI-DSS-4.0, id: "1.4.1" }
#   remediation: Add vpc_options { subnet_ids = [...], security_group_ids = [...] } to the domain.
#   resourceTypes: [aws_opensearch_domain, aws_elasticsearch_domain]
package plangate.rules.aws_opensearch_in_vpc

import data.plangate.lib.resources
import rego.v1

types := {"aws_opensearch_domain", "aws_elasticsearch_domain"}

applies contains r.id if {
	some r in resources.of_types(types)
}

deny contains {"id": r.id, "msg": msg} if {
	some r in resources.of_types(types)
	not in_vpc(r)
	msg := sprintf("%s has a public endpoint; place it in a VPC with vpc_options", [r.address])
}

# Subnets are named, by value or by a reference whose value is known only after apply.
in_vpc(r) if {
	some options in object.get(r.values, "vpc_options", [])
	count(object.get(options, "subnet_ids", [])) > 0
}

in_vpc(r) if count(object.get(r.references, "vpc_options.subnet_ids", [])) > 0

in_vpc(r) if r.unknown.vpc_options[0].subnet_ids == true
