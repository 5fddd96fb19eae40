// Every real Terraform plan in fixtures/real/terraform, read as a named file: counts, addresses, actions,
// unknown values, module paths, references and providers as PROVENANCE.md describes each file.
import { readInputsSync, type InputDocument, type Resource } from '../../src/inputs';

const DIR = 'fixtures/real/terraform';

interface Expected {
  file: string;
  formatVersion: string;
  terraformVersion: string;
  actions: Record<string, number>;
  data: number;
  check: (doc: InputDocument, get: (address: string) => Resource) => void;
}

const all = (doc: InputDocument) => [...doc.resources, ...doc.deleted, ...doc.dataSources];

const CASES: Expected[] = [
  {
    file: 'checkov__github_actions_oidc_trust_policy.tfplan.json', formatVersion: '1.2', terraformVersion: '1.5.7',
    actions: { create: 5, read: 4 }, data: 4,
    check: (doc, get) => {
      const read = get('module.poc.data.aws_iam_policy_document.r4["p1"]');
      expect(read).toMatchObject({ mode: 'data', action: 'read', index: 'p1', module: 'module.poc', configAddress: 'module.poc.data.aws_iam_policy_document.r4' });
      expect(doc.dataSources.map((d) => d.address)).toContain(read.address);
      const role = get('module.poc.aws_iam_role.r6["p2"]');
      expect(role).toMatchObject({ action: 'create', index: 'p2', type: 'aws_iam_role', name: 'r6', module: 'module.poc', region: 'eu-central-1' });
      // assume_role_policy is known only after apply: unknown, not absent, and the reference settles where it comes from.
      expect(role.unknown?.assume_role_policy).toBe(true);
      expect(role.values.assume_role_policy).toBeUndefined();
      expect(role.references?.assume_role_policy).toEqual(['module.poc.data.aws_iam_policy_document.r4']);
      expect(role.tags).toEqual({ checkov_uid: 'CKV_AWS_358', environment: 'test', managed_by: 'terraform' });
      expect(get('module.poc.aws_iam_openid_connect_provider.r5').action).toBe('create');
      expect(doc.terraform.providers[0]).toMatchObject({ name: 'aws', region: 'eu-central-1', defaultTags: { environment: 'test' } });
    },
  },
  {
    file: 'checkov__plan_nested_child_modules_with_connections.json', formatVersion: '1.1', terraformVersion: '1.2.4',
    actions: { create: 9 }, data: 1,
    check: (_doc, get) => {
      expect(get('aws_s3_bucket.root_bucket')).toMatchObject({ module: '', values: { bucket: 'testing' }, region: 'us-west-2' });
      const acl = get('module.s3_bucket.aws_s3_bucket_acl.this[0]');
      expect(acl).toMatchObject({ index: 0, module: 'module.s3_bucket', values: { acl: 'public-read-write' } });
      expect(acl.references?.bucket).toEqual(['module.s3_bucket.aws_s3_bucket.this']);
      const pab = get('module.s3_bucket.aws_s3_bucket_public_access_block.this[0]');
      expect(pab.values).toMatchObject({ block_public_acls: false, block_public_policy: false, ignore_public_acls: false, restrict_public_buckets: false });
      const sub = get('module.s3_module.module.s3_submodule.aws_s3_bucket_public_access_block.submodule_bucket');
      expect(sub.module).toBe('module.s3_module.module.s3_submodule');
      expect(sub.references?.bucket).toEqual(['module.s3_module.module.s3_submodule.aws_s3_bucket.submodule_bucket']);
      expect(get('aws_s3_bucket_public_access_block.root').references?.bucket).toEqual(['aws_s3_bucket.root_bucket']);
    },
  },
  {
    file: 'checkov__tfplan_win_utf16.json', formatVersion: '1.1', terraformVersion: '1.2.2',
    actions: { create: 1 }, data: 0,
    check: (doc, get) => {
      expect(doc.resources.map((r) => r.address)).toEqual(['aws_s3_bucket.data']);
      const bucket = get('aws_s3_bucket.data');
      expect(bucket.values.bucket).toBe('mike-abcd123data');
      expect(bucket.unknown?.server_side_encryption_configuration).toBe(true);
    },
  },
  {
    file: 'conftest__gke-show.json', formatVersion: '0.1', terraformVersion: '0.12.0-beta2',
    actions: { create: 2 }, data: 0,
    check: (doc, get) => {
      const cluster = get('google_container_cluster.primary');
      expect(cluster).toMatchObject({ provider: 'google', type: 'google_container_cluster', module: '' });
      expect(cluster.values.private_cluster_config).toEqual([]);
      expect(cluster.values.master_authorized_networks_config).toEqual([]);
      expect(cluster.values.enable_legacy_abac).toBe(false);
      const pool = get('google_container_node_pool.primary_preemptible_nodes');
      expect(pool.values.node_config).toEqual([expect.objectContaining({ preemptible: true, machine_type: 'n1-standard-1' })]);
      expect(pool.references?.cluster).toEqual(['google_container_cluster.primary']);
      expect(doc.terraform.providers).toEqual([expect.objectContaining({ name: 'google', region: 'europe-west2' })]);
    },
  },
  {
    file: 'regula__cloudtrail_issue355_tf1.1.json', formatVersion: '1.0', terraformVersion: '1.1.9',
    actions: { 'no-op': 6 }, data: 1,
    check: (doc, get) => {
      expect(doc.changes['no-op']).toHaveLength(6);
      expect(doc.changes.update).toEqual([]); // resource_drift is not a change of this plan
      const trail = get('aws_cloudtrail.cloudtrail');
      expect(trail.values).toMatchObject({ enable_log_file_validation: false, is_multi_region_trail: false, kms_key_id: '' });
      expect(trail.before).toEqual(trail.values);
      expect(trail.references).toEqual({ name: ['random_id.cloudtrail'], s3_bucket_name: ['aws_s3_bucket.cloudtrail'] });
      expect(get('aws_s3_bucket_logging.cloudtrail').references).toEqual({ bucket: ['aws_s3_bucket.cloudtrail'], target_bucket: ['aws_s3_bucket.logging'] });
      expect(get('random_id.cloudtrail').provider).toBe('random');
    },
  },
  {
    file: 'regula__resource_view_06_tf_v1_0.json', formatVersion: '0.2', terraformVersion: '1.0.8',
    actions: { create: 7 }, data: 0,
    check: (doc, get) => {
      expect(doc.resources.map((r) => r.module)).toEqual(['', '', 'module.child1', 'module.child1.module.grandchild1', 'module.child1.module.grandchild1', 'module.child2', 'module.child2']);
      const sg = get('module.child1.module.grandchild1.aws_security_group.grandchild');
      expect(sg.references?.vpc_id).toEqual(['module.child1.module.grandchild1.aws_vpc.grandchild']);
      expect(sg.region).toBe('us-east-2');
    },
  },
  {
    file: 'regula__tfplan.0.13.json', formatVersion: '0.1', terraformVersion: '0.13.5',
    actions: { create: 4 }, data: 0,
    check: (doc, get) => {
      expect(doc.resources.map((r) => r.name)).toEqual(['invalid_sg_1', 'invalid_sg_2', 'valid_sg_1', 'valid_sg_2']);
      expect(get('aws_security_group.invalid_sg_1').values.ingress).toEqual([expect.objectContaining({ from_port: 22, to_port: 22, protocol: 'tcp', cidr_blocks: ['0.0.0.0/0'] })]);
      expect(get('aws_security_group.valid_sg_2').values.ingress).toEqual([expect.objectContaining({ cidr_blocks: ['10.10.0.0/16'] })]);
      expect(get('aws_security_group.valid_sg_1').tags).toEqual({});
    },
  },
  {
    file: 'terraform-compliance__actions_for_each_and_modules.plan.json', formatVersion: '0.1', terraformVersion: '0.13.5',
    actions: { create: 6 }, data: 2,
    check: (doc, get) => {
      expect(get('aws_iam_role.test_iam_role["repository_1"]')).toMatchObject({ index: 'repository_1', configAddress: 'aws_iam_role.test_iam_role' });
      const ecr = get('module.ecr_repository["repository_1"].aws_ecr_repository.ecr_repository');
      expect(ecr).toMatchObject({ module: 'module.ecr_repository["repository_1"]', configAddress: 'module.ecr_repository.aws_ecr_repository.ecr_repository' });
      expect(ecr.values.image_scanning_configuration).toEqual([{ scan_on_push: false }]);
      expect(get('module.ecr_repository["repository_2"].aws_instance.ecr_repository').module).toBe('module.ecr_repository["repository_2"]');
      expect(doc.dataSources.every((d) => d.action === 'none')).toBe(true);
    },
  },
  {
    file: 'terraform-compliance__issue-158_vpc-module.plan.json', formatVersion: '0.1', terraformVersion: '0.12.8',
    actions: { create: 29 }, data: 0,
    check: (doc, get) => {
      expect(doc.resources.every((r) => r.module === 'module.vpc')).toBe(true);
      expect(doc.resources.filter((r) => r.type === 'aws_subnet').map((r) => r.index)).toEqual([0, 1, 2, 0, 1, 2]);
      const vpc = get('module.vpc.aws_vpc.this[0]');
      expect(vpc).toMatchObject({ index: 0, configAddress: 'module.vpc.aws_vpc.this', region: 'eu-west-1', tags: { Environment: 'dev', Name: 'my-vpc', Terraform: 'true' } });
      // allocation_id refers only to locals/vars/count: no resource reference; subnet_id joins the subnets
      expect(get('module.vpc.aws_nat_gateway.this[2]').references).toEqual({ subnet_id: ['module.vpc.aws_subnet.public'] });
    },
  },
  {
    file: 'terraform-compliance__issue-249_alb_asg_lambda_modules.plan.json', formatVersion: '0.1', terraformVersion: '0.12.24',
    actions: { 'no-op': 18, update: 4, create: 2 }, data: 95,
    check: (doc, get) => {
      expect(doc.changes.update).toEqual(['module.alb.aws_alb.alb', 'module.alb.aws_alb_target_group.alb', 'module.alb.aws_security_group.alb', 'module.lambda_TFUpgradeTest.aws_lambda_function.lambda']);
      expect(doc.changes.create).toEqual(['module.myapp-asg.aws_autoscaling_group.asg', 'module.myapp-asg.aws_launch_configuration.lc']);
      const asg = get('module.myapp-asg.aws_autoscaling_group.asg');
      // list-of-maps `tags` of an autoscaling group become a map
      expect(asg.tags).toMatchObject({ Name: 'myapp-jmeter-results-sandbox', app_component: 'jmeter-results' });
      expect(asg.references?.target_group_arns).toEqual(['module.alb.aws_alb_target_group.alb']);
      expect(get('module.myapp-asg.module.iam.aws_iam_role.role').module).toBe('module.myapp-asg.module.iam');
      // prior_state holds data sources of data-only nested modules
      expect(doc.dataSources.some((d) => (d.module ?? '').startsWith('module.myapp-asg.module.data-'))).toBe(true);
      expect(doc.dataSources.every((d) => d.mode === 'data' && d.action === 'none')).toBe(true);
      // Terraform 0.12 wrote these relative to their module with the count key apart: addresses come out absolute
      expect(doc.dataSources.map((d) => d.address)).toContain('module.alb.module.data-tags.data.null_data_source.tags_as_list_of_maps[12]');
    },
  },
  {
    file: 'terraform-compliance__issue-294_azurerm_vms.plan.json', formatVersion: '0.1', terraformVersion: '0.12.25',
    actions: { create: 18, read: 2 }, data: 2,
    check: (doc, get) => {
      const rg = get('module.linuxservers-fail.data.azurerm_resource_group.vm');
      expect(rg).toMatchObject({ mode: 'data', action: 'read', type: 'azurerm_resource_group', module: 'module.linuxservers-fail' });
      expect(doc.resources.map((r) => r.address)).not.toContain(rg.address);
      expect(doc.changes.read).toEqual(['module.linuxservers-fail.data.azurerm_resource_group.vm', 'module.windowsservers-pass.data.azurerm_resource_group.vm']);
      expect(get('module.linuxservers-fail.azurerm_network_interface.vm[0]').index).toBe(0);
      expect(get('module.windowsservers-pass.azurerm_virtual_machine.vm-windows[0]').tags).toHaveProperty('backmeup');
      expect(get('module.linuxservers-fail.azurerm_virtual_machine.vm-linux[0]').tags).not.toHaveProperty('backmeup');
      expect(get('module.linuxservers-fail.azurerm_virtual_machine.vm-linux[0]').references?.resource_group_name).toEqual(['module.linuxservers-fail.data.azurerm_resource_group.vm']);
      expect(get('azurerm_resource_group.main').provider).toBe('azurerm');
    },
  },
];

describe('real Terraform plans', () => {
  test('the table covers every file in the directory', () => {
    const { inputs } = readInputsSync([DIR]);
    expect(inputs.map((i) => i.path.split('/').pop()).sort()).toEqual(CASES.map((c) => c.file).sort());
  });

  test.each(CASES)('$file', (c) => {
    const path = `${DIR}/${c.file}`;
    const { document: doc, inputs, diagnostics } = readInputsSync([path]);
    expect(diagnostics).toEqual([]);
    expect(inputs).toEqual([expect.objectContaining({ path, type: 'terraform-plan' })]);
    expect(inputs[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(doc.inputs[0]).toMatchObject({ formatVersion: c.formatVersion, terraformVersion: c.terraformVersion });
    const counted: Record<string, number> = {};
    for (const r of all(doc)) if (r.action !== 'none') counted[r.action] = (counted[r.action] ?? 0) + 1;
    expect(counted).toEqual(c.actions);
    expect(doc.dataSources).toHaveLength(c.data);
    for (const r of all(doc)) {
      expect(r.id).toBe(`${path}#${r.address}`);
      expect(r.file).toBe(path);
      expect(r.line).toBeUndefined(); // no .tf sources lie beside these plans
    }
    const get = (address: string) => {
      const found = all(doc).find((r) => r.address === address);
      if (!found) throw new Error(`no resource ${address}`);
      return found;
    };
    c.check(doc, get);
  });
});
