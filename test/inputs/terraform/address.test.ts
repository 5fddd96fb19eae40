// Address helpers: instance keys stripped (quoted keys may hold brackets), provider short names in every spelling,
// references reduced to what they point at.
import { providerShortName, referenceTarget, stripInstanceKeys } from '../../../src/inputs/terraform/address';
import { absoluteAddress } from '../../../src/inputs/terraform/values';

test.each([
  ['aws_s3_bucket.b', 'aws_s3_bucket.b'],
  ['aws_s3_bucket.b[0]', 'aws_s3_bucket.b'],
  ['module.a["x"].module.b[3].aws_s3_bucket.c["k"]', 'module.a.module.b.aws_s3_bucket.c'],
  ['module.a["we]ird \\"key\\""].aws_s3_bucket.c', 'module.a.aws_s3_bucket.c'],
  ['data.aws_iam_policy_document.r4["p1"]', 'data.aws_iam_policy_document.r4'],
])('stripInstanceKeys(%s)', (address, expected) => expect(stripInstanceKeys(address)).toBe(expected));

test.each([
  ['registry.terraform.io/hashicorp/aws', 'aws'],
  ['registry.opentofu.org/hashicorp/google', 'google'],
  ['provider.aws', 'aws'],
  ['provider["registry.terraform.io/hashicorp/azurerm"].west', 'azurerm'],
  ['aws', 'aws'],
  [undefined, 'random'],
])('providerShortName(%s)', (name, expected) => expect(providerShortName(name, 'random_id')).toBe(expected));

test.each([
  ['aws_kms_key.main.arn', { kind: 'resource', address: 'aws_kms_key.main' }],
  ['aws_s3_bucket.this[0].id', { kind: 'resource', address: 'aws_s3_bucket.this' }],
  ['data.aws_iam_policy_document.p.json', { kind: 'resource', address: 'data.aws_iam_policy_document.p' }],
  ['var.kms_key', { kind: 'variable', name: 'kms_key' }],
  ['module.data.bucket_id', { kind: 'module-output', module: 'data', output: 'bucket_id' }],
  ['module.data', { kind: 'other' }],
  ['local.name', { kind: 'other' }],
  ['count.index', { kind: 'other' }],
  ['each.value', { kind: 'other' }],
])('referenceTarget(%s)', (ref, expected) => expect(referenceTarget(ref)).toEqual(expected));

test.each([
  ['', 'aws_s3_bucket.a', undefined, 'aws_s3_bucket.a'],
  ['module.m', 'data.null_data_source.t', 3, 'module.m.data.null_data_source.t[3]'],
  ['module.m', 'module.m.aws_s3_bucket.a[0]', 0, 'module.m.aws_s3_bucket.a[0]'],
  ['', 'aws_iam_role.r', 'k', 'aws_iam_role.r["k"]'],
])('absoluteAddress(%s, %s, %s)', (module, address, index, expected) => expect(absoluteAddress(module, address, index)).toBe(expected));
