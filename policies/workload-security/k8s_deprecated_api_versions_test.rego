package plangate.rules.k8s_deprecated_api_versions_test

import data.plangate.lib.testing as t
import data.plangate.rules.k8s_deprecated_api_versions as rule
import rego.v1

denied(resources) := d if {
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

judged(resources) := a if {
	a := rule.applies with input as t.doc(resources) with data.plangate.params as t.params
}

messages(resources) := m if {
	m := t.messages(rule.deny) with input as t.doc(resources) with data.plangate.params as t.params
}

flow_schema(version) := object.union(t.object_of("FlowSchema", "f", {"apiVersion": version}), {"apiVersion": version})

denied_at(resources, target) := d if {
	d := t.ids(rule.deny) with input as t.doc(resources) with data.plangate.params as {"kubernetes_version": target}
}

test_not_yet_deprecated_passes if {
	r := flow_schema("flowcontrol.apiserver.k8s.io/v1beta3")
	judged([r]) == {r.id}
	denied_at([r], "1.28") == set()
}

test_deprecated_fails if {
	r := flow_schema("flowcontrol.apiserver.k8s.io/v1beta3")
	denied_at([r], "1.30") == {r.id}
}

test_removed_is_not_deprecated if denied_at([flow_schema("flowcontrol.apiserver.k8s.io/v1beta3")], "1.32") == set()
