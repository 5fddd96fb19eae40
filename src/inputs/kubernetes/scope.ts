// Kubernetes kinds that are cluster-scoped: their address is Kind/name (CONTRACT "Resource identity"), and they
// carry no namespace. Namespaced kinds without metadata.namespace are addressed in `default`.

/** Built-in cluster-scoped kinds (core, RBAC, storage, admission, scheduling, networking, API extensions …). */
export const CLUSTER_SCOPED_KINDS: ReadonlySet<string> = new Set([
  'Namespace',
  'Node',
  'PersistentVolume',
  'ComponentStatus',
  'ClusterRole',
  'ClusterRoleBinding',
  'StorageClass',
  'CSIDriver',
  'CSINode',
  'VolumeAttachment',
  'CustomResourceDefinition',
  'APIService',
  'PriorityClass',
  'RuntimeClass',
  'IngressClass',
  'ValidatingWebhookConfiguration',
  'MutatingWebhookConfiguration',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'MutatingAdmissionPolicy',
  'MutatingAdmissionPolicyBinding',
  'PodSecurityPolicy',
  'CertificateSigningRequest',
  'FlowSchema',
  'PriorityLevelConfiguration',
  'TokenReview',
  'SelfSubjectReview',
  'SelfSubjectAccessReview',
  'SelfSubjectRulesReview',
  'SubjectAccessReview',
  'ClusterTrustBundle',
  'IPAddress',
  'ServiceCIDR',
  'DeviceClass',
  'ResourceSlice',
  'StorageVersionMigration',
  'VolumeAttributesClass',
]);

/** True for kinds that live outside any namespace. */
export function isClusterScoped(kind: string): boolean {
  return CLUSTER_SCOPED_KINDS.has(kind);
}
