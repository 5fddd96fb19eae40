package plangate.lib.kube_api_versions_test

import data.plangate.lib.kube_api_versions as versions
import rego.v1

test_target_versions_parse if {
	every c in [["1.29", 29], ["v1.30", 30], ["1.31.4", 31]] {
		versions.target_minor == c[1] with data.plangate.params as {"kubernetes_version": c[0]}
	}
}

test_unreadable_targets_are_undefined if {
	every written in ["2.1", "latest", 1.3, ""] {
		not versions.target_minor with data.plangate.params as {"kubernetes_version": written}
	}
}

test_removal_follows_deprecation if {
	every entry in versions.lifecycle {
		entry[0] < entry[1]
	}
}
