import { describe, expect, it } from 'vitest';
import type { InputFormat } from './detect';
import { detectFormat } from './detect';

const diagram = JSON.stringify({
  type: 'aws-security-playground',
  version: 1,
  title: 'Resources: AWSTemplateFormatVersion',
  nodes: [{ id: 'Resources', kind: 'vpc', label: 'Type: AWS::EC2::VPC' }],
  edges: [],
});

const cases: [string, string, InputFormat][] = [
  ['the playground document', diagram, 'diagram'],
  [
    'a diagram with a Resources-like key before its type',
    '{"Resources": {"X": {"Type": "AWS::EC2::VPC"}}, "type": "aws-security-playground"}',
    'diagram',
  ],
  [
    'CloudFormation YAML with a version',
    'AWSTemplateFormatVersion: "2010-09-09"\n',
    'cloudformation',
  ],
  [
    'CloudFormation YAML without a version',
    '# a comment\nResources:\n  Vpc:\n    Type: AWS::EC2::VPC\n',
    'cloudformation',
  ],
  [
    'CloudFormation YAML with the YAML document marker and quoted keys',
    '---\n"Resources":\n  Vpc:\n    "Type": "AWS::EC2::VPC"\n',
    'cloudformation',
  ],
  [
    'CloudFormation JSON with a version',
    '{ "AWSTemplateFormatVersion": "2010-09-09", "Resources": {} }',
    'cloudformation',
  ],
  [
    'CloudFormation JSON without a version',
    '{"Parameters": {"Cidr": {"Type": "String"}}, "Resources": {"Vpc": {"Type": "AWS::EC2::VPC"}}}',
    'cloudformation',
  ],
  [
    'broken CloudFormation JSON, so its reader names the line',
    '{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {',
    'cloudformation',
  ],
  [
    'a plan from terraform show -json',
    '{"format_version":"1.2","terraform_version":"1.9.0","planned_values":{"root_module":{}}}',
    'terraform-json',
  ],
  [
    'a state from terraform show -json',
    '{"format_version":"1.0","values":{"root_module":{"resources":[]}}}',
    'terraform-json',
  ],
  [
    'HCL with a resource',
    'resource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\n',
    'terraform-hcl',
  ],
  [
    'HCL with only a variable',
    '# network\nvariable "cidr" {\n  type = string\n}\n',
    'terraform-hcl',
  ],
  ['HCL with only a provider', 'provider "aws" {\n  region = "us-east-1"\n}\n', 'terraform-hcl'],
  [
    'HCL with a terraform block',
    'terraform {\n  required_version = ">= 1.5"\n}\n',
    'terraform-hcl',
  ],
  ['HCL with a module', 'module "net" {\n  source = "./net"\n}\n', 'terraform-hcl'],
  [
    'Terraform JSON syntax',
    '{"resource": {"aws_vpc": {"main": {"cidr_block": "10.0.0.0/16"}}}}',
    'terraform-hcl',
  ],
  [
    'keys with escaped quotes and backslashes before the version',
    String.raw`{"a\"b": "c\\", "d\\\"": {"AWSTemplateFormatVersion": 1}, "AWSTemplateFormatVersion": "x"}`,
    'cloudformation',
  ],
  [
    'an object with more top-level keys than any template has',
    `{${Array.from({ length: 100 }, (_, i) => `"k${i}": 1`).join(', ')}, "AWSTemplateFormatVersion": "x"}`,
    'diagram',
  ],
  ['empty text', '', 'diagram'],
  ['only whitespace and a byte-order mark', '\ufeff \n\t', 'diagram'],
  ['a JSON array', '[1, 2, 3]', 'diagram'],
  ['JSON of another tool', '{"type": "drawio", "Resources": []}', 'diagram'],
  ['a Resources map without AWS types', '{"Resources": {"a": {"Type": "Thing"}}}', 'diagram'],
  ['YAML with Resources but no AWS type', 'Resources:\n  a:\n    Type: Thing\n', 'diagram'],
  ['format_version alone', '{"format_version": "1.0"}', 'diagram'],
  ['prose that mentions resource', 'The resource "aws_vpc" is described below.', 'diagram'],
  [
    'an indented Type outside a Resources key',
    'Things:\n  a:\n    Type: AWS::EC2::VPC\n',
    'diagram',
  ],
];

describe('detectFormat', () => {
  it.each(cases)('%s', (_name, text, expected) => {
    expect(detectFormat(text)).toBe(expected);
  });

  it('uses the file name only when the content says nothing', () => {
    expect(detectFormat('', 'main.tf')).toBe('terraform-hcl');
    expect(detectFormat('# only a comment\n', 'network.tf')).toBe('terraform-hcl');
    expect(detectFormat('{}', 'main.tf.json')).toBe('terraform-hcl');
    expect(detectFormat('admin_cidr = "10.0.0.0/8"\n', 'terraform.tfvars')).toBe('terraform-hcl');
    expect(detectFormat('{"admin_cidr": "10.0.0.0/8"}', 'prod.auto.tfvars.json')).toBe(
      'terraform-hcl',
    );
    expect(detectFormat('Description: nothing yet\n', 'stack.yaml')).toBe('cloudformation');
    expect(detectFormat('', 'stack.YML')).toBe('cloudformation');
    expect(detectFormat('', 'diagram.json')).toBe('diagram');
    expect(detectFormat('', undefined)).toBe('diagram');
  });

  it('lets the content win over a misleading name', () => {
    expect(detectFormat(diagram, 'main.tf')).toBe('diagram');
    expect(detectFormat('resource "aws_vpc" "a" {\n}\n', 'template.yaml')).toBe('terraform-hcl');
    expect(detectFormat('Resources:\n  V:\n    Type: AWS::EC2::VPC\n', 'x.tf')).toBe(
      'cloudformation',
    );
  });

  it('finds the Resources key after a large section, and ignores nested ones', () => {
    const parameters = Array.from({ length: 2000 }, (_, i) => `"P${i}": {"Type": "String"}`);
    const text = `{"Parameters": {${parameters.join(', ')}}, "Resources": {"V": {"Type": "AWS::EC2::VPC"}}}`;
    expect(detectFormat(text)).toBe('cloudformation');
    expect(detectFormat('{"Outputs": {"Resources": {"V": {"Type": "AWS::EC2::VPC"}}}}')).toBe(
      'diagram',
    );
  });
});
