import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { InfraModel } from '../../model';
import { readTerraformJson } from './read';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../fixtures/terraform/${name}`, import.meta.url), 'utf8'));

function read(value: unknown): InfraModel {
  const result = readTerraformJson(value);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.model;
}
const byId = (model: InfraModel) => new Map(model.resources.map((r) => [r.id, r]));

describe('readTerraformJson: state', () => {
  const model = read(fixture('state.json'));
  const r = byId(model);

  it('finds references by matching values against ids, ARNs and names', () => {
    expect(model.format).toBe('terraform-json');
    expect(r.get('aws_subnet.public[1]')).toMatchObject({
      vpc: 'aws_vpc.main',
      cidr: '10.0.1.0/24',
      az: 'us-east-1b',
      mapPublicIpOnLaunch: true,
    });
    expect(r.get('aws_route_table.public')).toMatchObject({
      routes: [{ destination: '0.0.0.0/0', target: 'aws_internet_gateway.igw' }],
    });
    expect(r.get('aws_route_table_association.public[0]')).toMatchObject({
      routeTable: 'aws_route_table.public',
      subnet: 'aws_subnet.public[0]',
    });
    expect(r.get('aws_security_group.app')).toMatchObject({
      inbound: [
        { protocol: 'tcp', ports: '8080', peer: 'aws_security_group.web', peerIsGroup: true },
      ],
      outbound: [],
    });
    expect(r.get('aws_instance.web')).toMatchObject({
      subnet: 'aws_subnet.public[0]',
      groups: ['aws_security_group.web'],
      publicIp: true,
      name: 'web',
    });
    expect(r.get('aws_cloudfront_distribution.site')).toMatchObject({
      origins: [{ id: 'site', target: 'aws_s3_bucket.site', accessControl: true }],
    });
    expect(r.get('aws_cloudfront_distribution.site')).not.toHaveProperty('webAcl');
    expect(r.get('aws_cloudfront_origin_access_control.site')).toMatchObject({
      of: ['aws_cloudfront_distribution.site'],
    });
    expect(r.get('aws_s3_bucket_public_access_block.site')).toMatchObject({
      bucket: 'aws_s3_bucket.site',
      blockPublicAccess: false,
    });
    expect(r.get('aws_db_instance.orders')).toMatchObject({
      subnetGroup: 'aws_db_subnet_group.main',
      groups: ['aws_security_group.app'],
    });
    expect(r.get('aws_db_subnet_group.main')).toMatchObject({
      subnets: ['aws_subnet.public[0]', 'aws_subnet.public[1]'],
    });
  });

  it('reads child modules with their addresses and skips data sources', () => {
    expect(r.get('module.logs.aws_flow_log.vpc')).toMatchObject({
      concept: 'flow-log',
      resource: 'aws_vpc.main',
    });
    expect(r.has('data.aws_region.current')).toBe(false);
    expect(model.unknowns).toEqual([]);
  });
});

describe('readTerraformJson: plan', () => {
  it('follows the configuration references of values known only after apply', () => {
    const model = read(fixture('network.plan.json'));
    expect(byId(model).get('aws_subnet.public')).toMatchObject({
      vpc: 'aws_vpc.main',
      cidr: '10.0.1.0/24',
    });
    expect(byId(model).get('aws_network_acl.public')).toMatchObject({
      subnets: ['aws_subnet.public'],
    });
  });

  it('resolves references inside modules, to the instance of the same index, and through module inputs', () => {
    const r = byId(read(fixture('modules.plan.json')));
    expect(r.get('module.net.aws_instance.app[1]')).toMatchObject({
      subnet: 'module.net.aws_subnet.a[1]',
      groups: ['module.net.aws_security_group.app'],
    });
    expect(r.get('module.net.aws_subnet.a[0]')).toMatchObject({
      vpc: 'aws_vpc.main',
      cidr: '10.0.0.0/24',
    });
    expect([...r.keys()]).toContain('aws_s3_bucket.logs["audit"]');
  });

  it('reports a value known only after apply that no resource gives', () => {
    const plan = {
      format_version: '1.2',
      planned_values: {
        root_module: {
          resources: [
            {
              address: 'aws_vpc.main',
              mode: 'managed',
              type: 'aws_vpc',
              name: 'main',
              values: { cidr_block: null },
            },
          ],
        },
      },
      configuration: {
        root_module: {
          resources: [
            {
              address: 'aws_vpc.main',
              expressions: {
                cidr_block: {
                  references: ['data.aws_vpc_ipam_pool.x.cidr', 'data.aws_vpc_ipam_pool.x'],
                },
              },
            },
          ],
        },
      },
    };
    const model = read(plan);
    expect(model.resources[0]).not.toHaveProperty('cidr');
    expect(model.unknowns).toEqual([
      {
        resource: 'aws_vpc.main',
        property: 'cidr_block',
        reason: {
          en: 'cidr_block is known only after apply',
          ja: 'cidr_block は apply の後にしか決まりません',
        },
      },
    ]);
  });
});

describe('readTerraformJson: malformed input', () => {
  it.each([
    ['not an object', [], '$'],
    ['no values', { hello: 1 }, '$'],
    ['values not an object', { format_version: '1.0', values: 3 }, 'values'],
    [
      'resources not a list',
      { format_version: '1.0', values: { root_module: { resources: {} } } },
      'values.root_module.resources',
    ],
    [
      'a resource without type',
      { format_version: '1.0', values: { root_module: { resources: [{ address: 'x' }] } } },
      'values.root_module.resources[0]',
    ],
    [
      'values not an object',
      {
        format_version: '1.0',
        values: {
          root_module: { resources: [{ address: 'aws_vpc.a', type: 'aws_vpc', values: 'x' }] },
        },
      },
      'values.root_module.resources[0].values',
    ],
    [
      'a module without address',
      { planned_values: { root_module: { child_modules: [{}] } } },
      'planned_values.root_module.child_modules[0]',
    ],
  ])('refuses %s with its path', (_, value, path) => {
    const result = readTerraformJson(value);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0].path).toBe(path);
      expect(result.errors[0].message.en.startsWith(path)).toBe(true);
      expect(result.errors[0].message.ja.length).toBeGreaterThan(path.length);
    }
  });

  it('reads an empty state and ignores a malformed configuration', () => {
    expect(read({ format_version: '1.0' }).resources).toEqual([]);
    expect(
      read({ format_version: '1.2', planned_values: { root_module: {} }, configuration: 'x' })
        .resources,
    ).toEqual([]);
  });
});

describe('readTerraformJson: IAM roles', () => {
  const model = read(fixture('identity.plan.json'));
  const r = byId(model);

  it('reads the access level from managed policies and attachments, and the trust', () => {
    expect(r.get('aws_iam_role.auditor')).toMatchObject({
      concept: 'iam-role',
      roleName: 'external-auditor',
      accessLevel: 'read-only',
      trust: 'account',
      trustedPrincipal: 'arn:aws:iam::444455556666:root',
    });
    expect(r.get('aws_iam_role.app')).toMatchObject({
      accessLevel: 'power-user',
      trust: 'service',
      trustedPrincipal: 'ec2.amazonaws.com, lambda.amazonaws.com',
    });
    expect(r.get('aws_iam_role.deployer')).not.toHaveProperty('accessLevel');
    expect(
      model.unknowns
        .filter((u) => u.resource?.includes('deployer'))
        .map((u) => [u.resource, u.property]),
    ).toEqual([
      ['aws_iam_role.deployer', 'assume_role_policy'],
      ['aws_iam_role_policy_attachment.deployer_custom', 'policy_arn'],
    ]);
  });

  it('finds the role of an attachment in a state by its name', () => {
    const state = read({
      format_version: '1.0',
      values: {
        root_module: {
          resources: [
            {
              address: 'aws_iam_role.ops',
              mode: 'managed',
              type: 'aws_iam_role',
              name: 'ops',
              values: { name: 'ops', arn: 'arn:aws:iam::111122223333:role/ops' },
            },
            {
              address: 'aws_iam_role_policy_attachment.ops',
              mode: 'managed',
              type: 'aws_iam_role_policy_attachment',
              name: 'ops',
              values: { role: 'ops', policy_arn: 'arn:aws:iam::aws:policy/AdministratorAccess' },
            },
          ],
        },
      },
    });
    expect(byId(state).get('aws_iam_role.ops')).toMatchObject({ accessLevel: 'administrator' });
  });
});
