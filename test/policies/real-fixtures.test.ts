// Findings of the built-in library on the real-world plans and manifests of fixtures/real (see its
// PROVENANCE.md), decided by reading each file: for every file, the exact (rule, resource) pairs that fail with
// the default parameters. Every other result must be a pass or an unknown — no error, no false failure.
import { join } from 'node:path';
import { check } from '../../src/engine';
import type { Result } from '../../src/report';
import { ensureLibraryBuilt } from './library-support';

const ROOT = join(__dirname, '..', '..');
const REAL = join('fixtures', 'real');

/** File (relative to the real fixtures) → rule id → addresses of the resources that rule fails. */
const EXPECTED_FAILURES: Record<string, Record<string, string[]>> = {
  'terraform/checkov__github_actions_oidc_trust_policy.tfplan.json': {
    'required-tags': [
      'module.poc.aws_iam_openid_connect_provider.r5', 'module.poc.aws_iam_role.r1["p1"]',
      'module.poc.aws_iam_role.r1["p2"]', 'module.poc.aws_iam_role.r6["p1"]', 'module.poc.aws_iam_role.r6["p2"]',
    ],
  },
  'terraform/checkov__plan_nested_child_modules_with_connections.json': {
    'allowed-regions': [
      'aws_s3_bucket.root_bucket', 'module.s3_bucket.aws_s3_bucket.this[0]',
      'module.s3_module.aws_s3_bucket.module_bucket',
      'module.s3_module.module.s3_submodule.aws_s3_bucket.submodule_bucket',
    ],
    'aws-s3-access-logging': [
      'aws_s3_bucket.root_bucket', 'module.s3_bucket.aws_s3_bucket.this[0]',
      'module.s3_module.aws_s3_bucket.module_bucket',
      'module.s3_module.module.s3_submodule.aws_s3_bucket.submodule_bucket',
    ],
    'aws-s3-encryption-at-rest': [
      'aws_s3_bucket.root_bucket', 'module.s3_bucket.aws_s3_bucket.this[0]',
      'module.s3_module.aws_s3_bucket.module_bucket',
      'module.s3_module.module.s3_submodule.aws_s3_bucket.submodule_bucket',
    ],
    'aws-s3-no-public-acl': ['module.s3_bucket.aws_s3_bucket_acl.this[0]'],
    'aws-s3-public-access-block': ['module.s3_bucket.aws_s3_bucket.this[0]'],
    'environment-prefix-names': [
      'aws_s3_bucket.root_bucket', 'module.s3_bucket.aws_s3_bucket.this[0]',
      'module.s3_module.aws_s3_bucket.module_bucket',
      'module.s3_module.module.s3_submodule.aws_s3_bucket.submodule_bucket',
    ],
    'gdpr-personal-data-tag': [
      'aws_s3_bucket.root_bucket', 'module.s3_bucket.aws_s3_bucket.this[0]',
      'module.s3_module.aws_s3_bucket.module_bucket',
      'module.s3_module.module.s3_submodule.aws_s3_bucket.submodule_bucket',
    ],
    'required-tags': [
      'aws_s3_bucket.root_bucket', 'module.s3_bucket.aws_s3_bucket.this[0]',
      'module.s3_module.aws_s3_bucket.module_bucket',
      'module.s3_module.module.s3_submodule.aws_s3_bucket.submodule_bucket',
    ],
  },
  'terraform/checkov__tfplan_win_utf16.json': {
    'aws-s3-access-logging': ['aws_s3_bucket.data'],
    'aws-s3-encryption-at-rest': ['aws_s3_bucket.data'],
    'aws-s3-public-access-block': ['aws_s3_bucket.data'],
    'environment-prefix-names': ['aws_s3_bucket.data'],
    'gdpr-personal-data-tag': ['aws_s3_bucket.data'],
    'required-tags': ['aws_s3_bucket.data'],
  },
  'terraform/conftest__gke-show.json': {
    'allowed-regions': ['google_container_cluster.primary'],
    'environment-prefix-names': ['google_container_cluster.primary'],
    'google-gke-private-control-plane': ['google_container_cluster.primary'],
    'required-tags': ['google_container_cluster.primary'],
  },
  'terraform/regula__cloudtrail_issue355_tf1.1.json': {
    'allowed-regions': ['aws_cloudtrail.cloudtrail', 'aws_s3_bucket.cloudtrail', 'aws_s3_bucket.logging'],
    'aws-cloudtrail-encrypted': ['aws_cloudtrail.cloudtrail'],
    'aws-cloudtrail-log-validation': ['aws_cloudtrail.cloudtrail'],
    'aws-cloudtrail-multi-region': ['aws_cloudtrail.cloudtrail'],
    'aws-s3-encryption-at-rest': ['aws_s3_bucket.cloudtrail', 'aws_s3_bucket.logging'],
    'aws-s3-public-access-block': ['aws_s3_bucket.cloudtrail', 'aws_s3_bucket.logging'],
    'environment-prefix-names': ['aws_s3_bucket.cloudtrail', 'aws_s3_bucket.logging'],
    'gdpr-personal-data-tag': ['aws_s3_bucket.cloudtrail', 'aws_s3_bucket.logging'],
    'required-tags': ['aws_cloudtrail.cloudtrail', 'aws_s3_bucket.cloudtrail', 'aws_s3_bucket.logging'],
  },
  'terraform/regula__resource_view_06_tf_v1_0.json': {
    'allowed-regions': [
      'aws_security_group.parent', 'aws_vpc.parent', 'module.child1.aws_vpc.child',
      'module.child1.module.grandchild1.aws_security_group.grandchild',
      'module.child1.module.grandchild1.aws_vpc.grandchild', 'module.child2.aws_security_group.child',
      'module.child2.aws_vpc.child',
    ],
    'aws-vpc-flow-logs': [
      'aws_vpc.parent', 'module.child1.aws_vpc.child', 'module.child1.module.grandchild1.aws_vpc.grandchild',
      'module.child2.aws_vpc.child',
    ],
    'required-tags': [
      'aws_security_group.parent', 'aws_vpc.parent', 'module.child1.aws_vpc.child',
      'module.child1.module.grandchild1.aws_security_group.grandchild',
      'module.child1.module.grandchild1.aws_vpc.grandchild', 'module.child2.aws_security_group.child',
      'module.child2.aws_vpc.child',
    ],
  },
  'terraform/regula__tfplan.0.13.json': {
    'allowed-regions': [
      'aws_security_group.invalid_sg_1', 'aws_security_group.invalid_sg_2', 'aws_security_group.valid_sg_1',
      'aws_security_group.valid_sg_2',
    ],
    'aws-security-group-admin-ports': ['aws_security_group.invalid_sg_1', 'aws_security_group.invalid_sg_2'],
    'required-tags': [
      'aws_security_group.invalid_sg_1', 'aws_security_group.invalid_sg_2', 'aws_security_group.valid_sg_1',
      'aws_security_group.valid_sg_2',
    ],
  },
  'terraform/terraform-compliance__actions_for_each_and_modules.plan.json': {
    // repository_1 sets scan_on_push = false; neither repository configures KMS encryption.
    'aws-ecr-image-scan-on-push': ['module.ecr_repository["repository_1"].aws_ecr_repository.ecr_repository'],
    'aws-ecr-kms-encryption': [
      'module.ecr_repository["repository_1"].aws_ecr_repository.ecr_repository',
      'module.ecr_repository["repository_2"].aws_ecr_repository.ecr_repository',
    ],
    'required-tags': [
      'aws_iam_role.test_iam_role["repository_1"]', 'aws_iam_role.test_iam_role["repository_2"]',
      'module.ecr_repository["repository_1"].aws_ecr_repository.ecr_repository',
      'module.ecr_repository["repository_1"].aws_instance.ecr_repository',
      'module.ecr_repository["repository_2"].aws_ecr_repository.ecr_repository',
      'module.ecr_repository["repository_2"].aws_instance.ecr_repository',
    ],
  },
  'terraform/terraform-compliance__issue-158_vpc-module.plan.json': {
    'aws-vpc-flow-logs': ['module.vpc.aws_vpc.this[0]'],
    'required-tags': [
      'module.vpc.aws_eip.nat[0]', 'module.vpc.aws_eip.nat[1]', 'module.vpc.aws_eip.nat[2]',
      'module.vpc.aws_internet_gateway.this[0]', 'module.vpc.aws_nat_gateway.this[0]',
      'module.vpc.aws_nat_gateway.this[1]', 'module.vpc.aws_nat_gateway.this[2]',
      'module.vpc.aws_route_table.private[0]', 'module.vpc.aws_route_table.private[1]',
      'module.vpc.aws_route_table.private[2]', 'module.vpc.aws_route_table.public[0]',
      'module.vpc.aws_subnet.private[0]', 'module.vpc.aws_subnet.private[1]', 'module.vpc.aws_subnet.private[2]',
      'module.vpc.aws_subnet.public[0]', 'module.vpc.aws_subnet.public[1]', 'module.vpc.aws_subnet.public[2]',
      'module.vpc.aws_vpc.this[0]', 'module.vpc.aws_vpn_gateway.this[0]',
    ],
  },
  'terraform/terraform-compliance__issue-249_alb_asg_lambda_modules.plan.json': {
    'allowed-regions': [
      'aws_security_group.lambda_sg', 'module.alb.aws_alb.alb', 'module.alb.aws_alb_target_group.alb',
      'module.alb.aws_security_group.alb', 'module.lambda_TFUpgradeTest.aws_lambda_function.lambda',
      // Its region comes from var.aws_region (us-east-1 in the plan's variables) and it has no ARN before apply.
      'module.myapp-asg.aws_autoscaling_group.asg',
      'module.myapp-asg.aws_security_group.sg_asg',
    ],
    // Both inline role policies allow cloudwatch:*, dynamodb:*, events:*, lambda:* and s3:* on "*", and
    // iam:PassRole on "*" in the same statement.
    'aws-iam-no-privilege-escalation': ['aws_iam_role_policy.lambda_role_policy', 'aws_iam_role_policy.myapp_instance_role_policy'],
    'aws-iam-no-service-wildcard': ['aws_iam_role_policy.lambda_role_policy', 'aws_iam_role_policy.myapp_instance_role_policy'],
    // The function sets DB_PASSWORD to a literal in its environment, which has no customer-managed key.
    'aws-lambda-env-cmk': ['module.lambda_TFUpgradeTest.aws_lambda_function.lambda'],
    'aws-lambda-env-no-secrets': ['module.lambda_TFUpgradeTest.aws_lambda_function.lambda'],
    'aws-lb-listener-tls': ['module.alb.aws_alb_listener.alb'],
    'required-tags': [
      'aws_iam_role.instance_role', 'aws_iam_role.lambda_role', 'aws_security_group.lambda_sg',
      'module.alb.aws_alb.alb', 'module.alb.aws_alb_target_group.alb', 'module.alb.aws_security_group.alb',
      'module.lambda_TFUpgradeTest.aws_lambda_function.lambda', 'module.myapp-asg.aws_autoscaling_group.asg',
      'module.myapp-asg.aws_security_group.sg_asg', 'module.myapp-asg.module.iam.aws_iam_role.role',
    ],
  },
  'terraform/terraform-compliance__issue-294_azurerm_vms.plan.json': {
    'azure-nsg-admin-ports': [
      'module.linuxservers-fail.azurerm_network_security_rule.vm',
      'module.windowsservers-pass.azurerm_network_security_rule.vm',
    ],
    'required-tags': [
      'azurerm_resource_group.main', 'azurerm_virtual_network.main',
      'module.linuxservers-fail.azurerm_availability_set.vm',
      'module.linuxservers-fail.azurerm_network_interface.vm[0]',
      'module.linuxservers-fail.azurerm_network_security_group.vm',
      'module.linuxservers-fail.azurerm_virtual_machine.vm-linux[0]',
      'module.windowsservers-pass.azurerm_availability_set.vm',
      'module.windowsservers-pass.azurerm_network_interface.vm[0]',
      'module.windowsservers-pass.azurerm_network_security_group.vm',
      'module.windowsservers-pass.azurerm_public_ip.vm[0]',
      'module.windowsservers-pass.azurerm_virtual_machine.vm-windows[0]',
    ],
  },
  'kubernetes/checkov__cloudwatch-agent-daemonset.yaml': {
    'k8s-drop-capabilities': [
      'DaemonSet/amazon-cloudwatch/cloudwatch-agent', 'DaemonSet/amazon-cloudwatch/fluentd-cloudwatch',
    ],
    'k8s-image-pinned': [
      'DaemonSet/amazon-cloudwatch/cloudwatch-agent', 'DaemonSet/amazon-cloudwatch/fluentd-cloudwatch',
    ],
    'k8s-no-host-path': [
      'DaemonSet/amazon-cloudwatch/cloudwatch-agent', 'DaemonSet/amazon-cloudwatch/fluentd-cloudwatch',
    ],
    'k8s-no-privilege-escalation': [
      'DaemonSet/amazon-cloudwatch/cloudwatch-agent', 'DaemonSet/amazon-cloudwatch/fluentd-cloudwatch',
    ],
    'k8s-probes': ['DaemonSet/amazon-cloudwatch/cloudwatch-agent', 'DaemonSet/amazon-cloudwatch/fluentd-cloudwatch'],
    'k8s-read-only-root-filesystem': [
      'DaemonSet/amazon-cloudwatch/cloudwatch-agent', 'DaemonSet/amazon-cloudwatch/fluentd-cloudwatch',
    ],
    'k8s-resource-limits': ['DaemonSet/amazon-cloudwatch/fluentd-cloudwatch'],
    'k8s-run-as-non-root': [
      'DaemonSet/amazon-cloudwatch/cloudwatch-agent', 'DaemonSet/amazon-cloudwatch/fluentd-cloudwatch',
    ],
    'required-tags': [
      'DaemonSet/amazon-cloudwatch/cloudwatch-agent', 'DaemonSet/amazon-cloudwatch/fluentd-cloudwatch',
    ],
  },
  'kubernetes/checkov__cronjob-hostresources.yaml': {
    'k8s-drop-capabilities': ['CronJob/default/hello'],
    'k8s-image-pinned': ['CronJob/default/hello'],
    'k8s-no-host-namespaces': ['CronJob/default/hello'],
    'k8s-no-privilege-escalation': ['CronJob/default/hello'],
    'k8s-read-only-root-filesystem': ['CronJob/default/hello'],
    'k8s-resource-limits': ['CronJob/default/hello'],
    'k8s-run-as-non-root': ['CronJob/default/hello'],
    'required-tags': ['CronJob/default/hello'],
  },
  'kubernetes/checkov__kube-dashboard-helm-rendered.yaml': {
    'k8s-drop-capabilities': ['Deployment/default/helm-kubernetes-dashboard'],
    'k8s-no-privilege-escalation': ['Deployment/default/helm-kubernetes-dashboard'],
    'k8s-probes': ['Deployment/default/helm-kubernetes-dashboard'],
    'k8s-read-only-root-filesystem': ['Deployment/default/helm-kubernetes-dashboard'],
    'k8s-run-as-non-root': ['Deployment/default/helm-kubernetes-dashboard'],
    'required-tags': ['Deployment/default/helm-kubernetes-dashboard'],
  },
  'kubernetes/checkov__tiller-deployment.json': {
    'k8s-drop-capabilities': ['Deployment/kube-system/tiller-deploy'],
    'k8s-no-privilege-escalation': ['Deployment/kube-system/tiller-deploy'],
    'k8s-read-only-root-filesystem': ['Deployment/kube-system/tiller-deploy'],
    'k8s-resource-limits': ['Deployment/kube-system/tiller-deploy'],
    'k8s-run-as-non-root': ['Deployment/kube-system/tiller-deploy'],
    'required-tags': ['Deployment/kube-system/tiller-deploy'],
  },
  'kubernetes/checkov__tiller-services-kind-list.yaml': {},
  'kubernetes/conftest__deployment+service.yaml': {
    'k8s-drop-capabilities': ['Deployment/default/hello-kubernetes'],
    'k8s-no-privilege-escalation': ['Deployment/default/hello-kubernetes'],
    'k8s-probes': ['Deployment/default/hello-kubernetes'],
    'k8s-read-only-root-filesystem': ['Deployment/default/hello-kubernetes'],
    'k8s-resource-limits': ['Deployment/default/hello-kubernetes'],
    'k8s-run-as-non-root': ['Deployment/default/hello-kubernetes'],
    'required-tags': ['Deployment/default/hello-kubernetes'],
  },
  'kubernetes/kubernetes-examples__cassandra-statefulset.yaml': {
    'k8s-drop-capabilities': ['StatefulSet/default/cassandra'],
    'k8s-no-privilege-escalation': ['StatefulSet/default/cassandra'],
    'k8s-read-only-root-filesystem': ['StatefulSet/default/cassandra'],
    'k8s-run-as-non-root': ['StatefulSet/default/cassandra'],
    'required-tags': ['StatefulSet/default/cassandra'],
  },
  'kubernetes/kubernetes-examples__guestbook-all-in-one.yaml': {
    'k8s-drop-capabilities': [
      'Deployment/default/frontend', 'Deployment/default/redis-master', 'Deployment/default/redis-replica',
    ],
    'k8s-no-privilege-escalation': [
      'Deployment/default/frontend', 'Deployment/default/redis-master', 'Deployment/default/redis-replica',
    ],
    'k8s-probes': [
      'Deployment/default/frontend', 'Deployment/default/redis-master', 'Deployment/default/redis-replica',
    ],
    'k8s-read-only-root-filesystem': [
      'Deployment/default/frontend', 'Deployment/default/redis-master', 'Deployment/default/redis-replica',
    ],
    'k8s-resource-limits': [
      'Deployment/default/frontend', 'Deployment/default/redis-master', 'Deployment/default/redis-replica',
    ],
    'k8s-run-as-non-root': [
      'Deployment/default/frontend', 'Deployment/default/redis-master', 'Deployment/default/redis-replica',
    ],
    'required-tags': [
      'Deployment/default/frontend', 'Deployment/default/redis-master', 'Deployment/default/redis-replica',
    ],
  },
  'kubernetes/kubernetes-examples__https-nginx-app.yaml': {
    'k8s-drop-capabilities': ['ReplicationController/default/my-nginx'],
    'k8s-no-privilege-escalation': ['ReplicationController/default/my-nginx'],
    'k8s-probes': ['ReplicationController/default/my-nginx'],
    'k8s-read-only-root-filesystem': ['ReplicationController/default/my-nginx'],
    'k8s-resource-limits': ['ReplicationController/default/my-nginx'],
    'k8s-run-as-non-root': ['ReplicationController/default/my-nginx'],
    'required-tags': ['ReplicationController/default/my-nginx'],
  },
  'kubernetes/kubernetes-examples__meteor-controller.json': {
    'k8s-drop-capabilities': ['ReplicationController/default/meteor-controller'],
    'k8s-image-pinned': ['ReplicationController/default/meteor-controller'],
    'k8s-no-privilege-escalation': ['ReplicationController/default/meteor-controller'],
    'k8s-probes': ['ReplicationController/default/meteor-controller'],
    'k8s-read-only-root-filesystem': ['ReplicationController/default/meteor-controller'],
    'k8s-resource-limits': ['ReplicationController/default/meteor-controller'],
    'k8s-run-as-non-root': ['ReplicationController/default/meteor-controller'],
    'required-tags': ['ReplicationController/default/meteor-controller'],
  },
  'kubernetes/kubernetes-examples__newrelic-daemonset.yaml': {
    'k8s-drop-capabilities': ['DaemonSet/default/newrelic-agent'],
    'k8s-image-pinned': ['DaemonSet/default/newrelic-agent'],
    'k8s-no-host-namespaces': ['DaemonSet/default/newrelic-agent'],
    'k8s-no-host-path': ['DaemonSet/default/newrelic-agent'],
    'k8s-no-privilege-escalation': ['DaemonSet/default/newrelic-agent'],
    'k8s-no-privileged-containers': ['DaemonSet/default/newrelic-agent'],
    'k8s-probes': ['DaemonSet/default/newrelic-agent'],
    'k8s-read-only-root-filesystem': ['DaemonSet/default/newrelic-agent'],
    'k8s-resource-limits': ['DaemonSet/default/newrelic-agent'],
    'k8s-run-as-non-root': ['DaemonSet/default/newrelic-agent'],
    'required-tags': ['DaemonSet/default/newrelic-agent'],
  },
  'kubernetes/kubernetes-examples__tf-serving-ingress.yaml': {
    'k8s-ingress-tls': ['Ingress/default/tf-serving-ingress'],
  },
  'kubernetes/kubernetes-examples__vllm-deployment.yaml': {
    'k8s-drop-capabilities': ['Deployment/default/vllm-gemma-deployment'],
    'k8s-no-privilege-escalation': ['Deployment/default/vllm-gemma-deployment'],
    'k8s-probes': ['Deployment/default/vllm-gemma-deployment'],
    'k8s-read-only-root-filesystem': ['Deployment/default/vllm-gemma-deployment'],
    'k8s-run-as-non-root': ['Deployment/default/vllm-gemma-deployment'],
    'required-tags': ['Deployment/default/vllm-gemma-deployment'],
  },
  'kubernetes/polaris__failing_test.cronjob.yaml': {
    'k8s-no-privilege-escalation': ['CronJob/default/test'],
    'k8s-resource-limits': ['CronJob/default/test'],
    'required-tags': ['CronJob/default/test'],
  },
  'kubernetes/polaris__failing_test.daemonset.yaml': {
    'k8s-no-host-path': ['DaemonSet/default/fluentd-elasticsearch'],
    'k8s-no-privilege-escalation': ['DaemonSet/default/fluentd-elasticsearch'],
    'k8s-probes': ['DaemonSet/default/fluentd-elasticsearch'],
    'k8s-resource-limits': ['DaemonSet/default/fluentd-elasticsearch'],
    'required-tags': ['DaemonSet/default/fluentd-elasticsearch'],
  },
  'kubernetes/polaris__failing_test.pod.yaml': {
    'k8s-drop-capabilities': ['Pod/default/nginx-2'],
    'k8s-image-pinned': ['Pod/default/nginx-2'],
    'k8s-no-privilege-escalation': ['Pod/default/nginx-2'],
    'k8s-probes': ['Pod/default/nginx-2'],
    'k8s-read-only-root-filesystem': ['Pod/default/nginx-2'],
    'k8s-resource-limits': ['Pod/default/nginx-2'],
    'k8s-run-as-non-root': ['Pod/default/nginx-2'],
    'required-tags': ['Pod/default/nginx-2'],
  },
  'kubernetes/polaris__helm-rendered-multi.yaml': {
    'environment-prefix-names': ['Namespace/polaris', 'Namespace/polaris-2'],
    'k8s-drop-capabilities': ['Deployment/polaris/polaris-dashboard'],
    'k8s-image-pinned': ['Deployment/polaris/polaris-dashboard'],
    'k8s-no-privilege-escalation': ['Deployment/polaris/polaris-dashboard'],
    'k8s-probes': ['Deployment/polaris/polaris-dashboard'],
    'k8s-read-only-root-filesystem': ['Deployment/polaris/polaris-dashboard'],
    'k8s-resource-limits': ['Deployment/polaris/polaris-dashboard'],
    'k8s-run-as-non-root': ['Deployment/polaris/polaris-dashboard'],
    'required-tags': ['Deployment/polaris/polaris-dashboard', 'Namespace/polaris', 'Namespace/polaris-2'],
  },
  'kubernetes/polaris__passing_test.statefulset.yaml': {
    'k8s-probes': ['StatefulSet/default/web'],
    'k8s-resource-limits': ['StatefulSet/default/web'],
    'required-tags': ['StatefulSet/default/web'],
  },
  'kubernetes/regula__privileged_containers_invalid.yaml': {
    'k8s-drop-capabilities': ['Pod/default/privileged'],
    'k8s-image-pinned': ['Pod/default/privileged'],
    'k8s-no-privilege-escalation': ['Pod/default/privileged'],
    'k8s-no-privileged-containers': ['Pod/default/privileged'],
    'k8s-probes': ['Pod/default/privileged'],
    'k8s-read-only-root-filesystem': ['Pod/default/privileged'],
    'k8s-resource-limits': ['Pod/default/privileged'],
    'k8s-run-as-non-root': ['Pod/default/privileged'],
    'required-tags': ['Pod/default/privileged'],
  },
  'kubernetes/regula__root_containers_invalid.yaml': {
    'k8s-drop-capabilities': [
      'Pod/default/invalid1', 'Pod/default/invalid2', 'Pod/default/invalid3', 'Pod/default/invalid4',
      'Pod/default/invalid5',
    ],
    'k8s-image-pinned': [
      'Pod/default/invalid1', 'Pod/default/invalid2', 'Pod/default/invalid3', 'Pod/default/invalid4',
      'Pod/default/invalid5',
    ],
    'k8s-no-privilege-escalation': [
      'Pod/default/invalid1', 'Pod/default/invalid2', 'Pod/default/invalid3', 'Pod/default/invalid4',
      'Pod/default/invalid5',
    ],
    'k8s-probes': [
      'Pod/default/invalid1', 'Pod/default/invalid2', 'Pod/default/invalid3', 'Pod/default/invalid4',
      'Pod/default/invalid5',
    ],
    'k8s-read-only-root-filesystem': [
      'Pod/default/invalid1', 'Pod/default/invalid2', 'Pod/default/invalid3', 'Pod/default/invalid4',
      'Pod/default/invalid5',
    ],
    'k8s-resource-limits': [
      'Pod/default/invalid1', 'Pod/default/invalid2', 'Pod/default/invalid3', 'Pod/default/invalid4',
      'Pod/default/invalid5',
    ],
    'k8s-run-as-non-root': [
      'Pod/default/invalid1', 'Pod/default/invalid2', 'Pod/default/invalid3', 'Pod/default/invalid4',
      'Pod/default/invalid5',
    ],
    'required-tags': [
      'Pod/default/invalid1', 'Pod/default/invalid2', 'Pod/default/invalid3', 'Pod/default/invalid4',
      'Pod/default/invalid5',
    ],
  },
};

function failuresOf(results: readonly Result[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const r of results) if (r.status === 'fail') (out[r.ruleId] ??= []).push(r.resource.address);
  for (const addresses of Object.values(out)) addresses.sort();
  return out;
}

beforeAll(() => ensureLibraryBuilt());

describe.each(Object.keys(EXPECTED_FAILURES))('real fixture %s', (file) => {
  let results: Result[];

  beforeAll(async () => {
    const outcome = await check({ paths: [join(REAL, file)], cwd: ROOT, cacheDir: false });
    expect(outcome.diagnostics).toEqual([]);
    results = outcome.report.results;
  });

  it('fails exactly the resources a reviewer finds', () => {
    expect(failuresOf(results)).toEqual(EXPECTED_FAILURES[file]);
  });

  it('passes or leaves unknown everything else', () => {
    expect(results.filter((r) => r.status !== 'fail' && r.status !== 'pass' && r.status !== 'unknown')).toEqual([]);
  });

  it('names the failing resource in each message', () => {
    for (const r of results.filter((x) => x.status === 'fail')) expect(r.message).toContain(r.resource.address);
  });
});
