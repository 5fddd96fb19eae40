// The AWS examples of issue 16 in one plan (fixtures/scenarios/aws-headline, with main.tf beside it): each fails
// its rule on the right resource, pointing at the line of the resource's block in main.tf.
import { join } from 'node:path';
import { check } from '../../src/engine';
import type { Result } from '../../src/report';
import { ensureLibraryBuilt } from './library-support';

const ROOT = join(__dirname, '..', '..');
const SCENARIO = join('fixtures', 'scenarios', 'aws-headline');

/** [rule id, resource address, line of its `resource` block in main.tf]. */
const EXPECTED: [string, string, number][] = [
  ['aws-iam-no-iam-wildcard', 'aws_iam_policy.escalate', 4],
  ['aws-iam-no-iam-wildcard', 'aws_iam_role_policy.escalate', 9],
  ['aws-iam-no-iam-wildcard', 'aws_iam_user_policy.escalate', 15],
  ['aws-iam-no-service-wildcard', 'aws_iam_policy.services', 21],
  ['aws-lambda-env-no-secrets', 'aws_lambda_function.api', 26],
  ['aws-kms-key-rotation', 'aws_kms_key.data', 39],
  ['aws-neptune-encrypted', 'aws_neptune_cluster.graph', 44],
  ['aws-eks-secrets-encryption', 'aws_eks_cluster.main', 49],
  ['aws-eks-public-endpoint', 'aws_eks_cluster.main', 49],
  ['aws-eks-control-plane-logging', 'aws_eks_cluster.main', 49],
  ['aws-ecr-image-scan-on-push', 'aws_ecr_repository.api', 58],
  ['aws-ecr-immutable-tags', 'aws_ecr_repository.api', 58],
  ['aws-ecr-kms-encryption', 'aws_ecr_repository.api', 58],
  ['aws-opensearch-encrypted-at-rest', 'aws_opensearch_domain.search', 63],
  ['aws-opensearch-node-to-node-encryption', 'aws_opensearch_domain.search', 63],
  ['aws-opensearch-https', 'aws_opensearch_domain.search', 63],
  ['aws-opensearch-audit-logs', 'aws_opensearch_domain.search', 63],
  ['aws-elb-https-listener', 'aws_elb.web', 70],
  ['aws-elb-access-logs', 'aws_elb.web', 70],
  ['aws-iam-no-allow-not-action', 'aws_iam_group_policy.power', 80],
  ['aws-iam-no-full-admin', 'data.aws_iam_policy_document.admin', 86],
  ['aws-iam-no-full-admin', 'aws_iam_policy.admin', 93],
];

let results: Result[];

beforeAll(async () => {
  ensureLibraryBuilt();
  const { report, diagnostics } = await check({ paths: [join(SCENARIO, 'plan.json')], cwd: ROOT, cacheDir: false });
  expect(diagnostics).toEqual([]);
  results = report.results;
});

describe('AWS headline examples of issue 16', () => {
  it.each(EXPECTED)('%s fails %s at main.tf:%d', (ruleId, address, line) => {
    const failure = results.find((r) => r.ruleId === ruleId && r.resource.address === address);
    expect(failure).toMatchObject({ status: 'fail', resource: { line, sourceFile: join(SCENARIO, 'main.tf') } });
    expect(failure?.message).toContain(address);
  });

  it('never copies the hard-coded access key into a message', () => {
    const lambda = results.filter((r) => r.resource.address === 'aws_lambda_function.api');
    expect(lambda.length).toBeGreaterThan(0);
    for (const r of lambda) expect(r.message).not.toContain('AKIAIOSFODNN7EXAMPLE');
    expect(lambda.find((r) => r.ruleId === 'aws-lambda-env-no-secrets')?.message).toContain('AKIA****');
  });

  it('reports no rule errors', () => {
    expect(results.filter((r) => r.status === 'error')).toEqual([]);
  });
});

describe('IAM policy document data sources', () => {
  it('are judged and reported with their own address and type', async () => {
    const plan = join('fixtures', 'rules', 'aws-iam-no-full-admin', 'fail-document.json');
    const { report, diagnostics } = await check({ paths: [plan], cwd: ROOT, cacheDir: false });
    expect(diagnostics).toEqual([]);
    const failure = report.results.find((r) => r.ruleId === 'aws-iam-no-full-admin' && r.status === 'fail');
    expect(failure?.resource).toMatchObject({ address: 'data.aws_iam_policy_document.admin', type: 'aws_iam_policy_document', file: plan });
  });
});
