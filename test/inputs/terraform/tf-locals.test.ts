// Literal locals read from .tf text: only plain string literals of top-level entries of `locals` blocks.
import { scanLiteralLocals } from '../../../src/inputs/terraform/tf-locals';

test('plain literals are read; interpolations, calls, nested objects and other blocks are not', () => {
  const text = [
    'variable "x" {}',
    'locals {',
    '  region   = "eu-west-1" # the home region',
    '  prefixed = "${var.x}-a"',
    '  upper    = upper("a")',
    '  nested = {',
    '    inner = "no"',
    '  }',
    '  escaped = "a\\"b"',
    '}',
    'resource "aws_s3_bucket" "b" {',
    '  bucket = "not-a-local"',
    '}',
    'locals {',
    '  second = "yes"',
    '}',
  ].join('\n');
  expect(Object.fromEntries(scanLiteralLocals(text))).toEqual({ region: 'eu-west-1', escaped: 'a"b', second: 'yes' });
});
