// The .tf block scanner: headers found with their lines, headers inside comments and heredocs ignored.
import { scanTfBlocks } from '../../../src/inputs/terraform/tf-source';

const scan = (text: string) => Object.fromEntries([...scanTfBlocks(text, 'x.tf')].map(([k, v]) => [k, v.line]));

test('resource and data headers, quoted or bare labels, CRLF', () => {
  expect(scan('resource "aws_s3_bucket" "a" {\r\n}\r\n\r\ndata "aws_region" "r" {}\r\nresource aws_kms_key k {\r\n}\r\n')).toEqual({
    'managed.aws_s3_bucket.a': 1,
    'data.aws_region.r': 4,
    'managed.aws_kms_key.k': 5,
  });
});

test('comments and heredocs hide headers', () => {
  const text = [
    '# resource "aws_s3_bucket" "a" {',
    '// resource "aws_s3_bucket" "b" {',
    '/* resource "aws_s3_bucket" "c" {',
    'resource "aws_s3_bucket" "d" {',
    '*/',
    'locals {',
    '  doc = <<EOT',
    'resource "aws_s3_bucket" "e" {',
    'EOT',
    '  url = "http://x/*not-a-comment"',
    '}',
    'resource "aws_s3_bucket" "f" { # real',
  ].join('\n');
  expect(scan(text)).toEqual({ 'managed.aws_s3_bucket.f': 12 });
});

test('the first declaration wins', () => {
  expect(scan('resource "a" "b" {\n}\nresource "a" "b" {\n}\n')).toEqual({ 'managed.a.b': 1 });
});
