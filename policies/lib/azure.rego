# METADATA
# title: Azure helpers
# description: Resource type groups shared by the Azure rules (App Service apps, flexible database servers, VMs).
# scope: package
package plangate.lib.azure

import rego.v1

# App Service web and function apps, current and legacy resource types.
app_service_types := {
	"azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_linux_function_app", "azurerm_windows_function_app",
	"azurerm_app_service", "azurerm_function_app",
}

# Legacy App Service types, whose site_config defaults differ from the current ones.
legacy_app_service_types := {"azurerm_app_service", "azurerm_function_app"}

# Flexible database servers and the resource type of their server parameters.
flexible_server_types := {"azurerm_postgresql_flexible_server", "azurerm_mysql_flexible_server"}

flexible_configuration_types := {"azurerm_postgresql_flexible_server_configuration", "azurerm_mysql_flexible_server_configuration"}

# Virtual machine types and where each keeps its administrator password.
vm_password_paths := {
	"azurerm_linux_virtual_machine": ["admin_password"],
	"azurerm_windows_virtual_machine": ["admin_password"],
	"azurerm_virtual_machine": ["os_profile", "admin_password"],
	"azurerm_linux_virtual_machine_scale_set": ["admin_password"],
	"azurerm_windows_virtual_machine_scale_set": ["admin_password"],
	"azurerm_virtual_machine_scale_set": ["os_profile", "admin_password"],
}

# The built-in Owner role's definition id (the same GUID in every tenant).
owner_role_guid := "8e3af657-a8ff-443c-a75c-2fe8c4bcb635"

# A scope that is a whole subscription (/subscriptions/<id>, nothing below it), a management group, or the root.
subscription_scope(scope) if regex.match(`^/subscriptions/[^/]+/?$`, scope)

subscription_scope(scope) if regex.match(`(?i)^/providers/Microsoft\.Management/managementGroups/[^/]+/?$`, scope)

subscription_scope("/")

# Resource types (and data sources) whose id is a subscription or management group scope.
subscription_scope_types := {"azurerm_subscription", "azurerm_management_group"}
