import { describe, expect, it } from 'vitest';
import { fixtureText, modelOf, resource, template, unknownLines } from './testing';

const model = modelOf(fixtureText('data.yaml'));

describe('data mapping (data.yaml)', () => {
  it('reads buckets: no configuration leaves public access undecided', () => {
    expect(resource(model, 'OpenBucket', 'bucket').blockPublicAccess).toBeUndefined();
  });

  it('reads databases with their subnet group, groups and public access', () => {
    expect(resource(model, 'DataSubnets', 'db-subnet-group').subnets).toEqual(['DataA', 'DataB']);
    expect(resource(model, 'Orders', 'database')).toMatchObject({
      subnetGroup: 'DataSubnets',
      groups: ['DataGroup'],
      publiclyAccessible: false,
    });
  });

  it('draws an Aurora cluster once, public when one of its instances is', () => {
    expect(resource(model, 'Reports', 'database')).toMatchObject({
      subnetGroup: 'DataSubnets',
      groups: ['DataGroup'],
      publiclyAccessible: true,
    });
    expect(resource(model, 'ReportsWriter', 'supporting').of).toEqual(['Reports']);
  });

  it('reads a function in the VPC', () => {
    expect(resource(model, 'Handler', 'function')).toMatchObject({
      subnets: ['DataA', 'DataB'],
      groups: ['DataGroup'],
    });
  });

  it('reads a network firewall with rules, its policy, rule group and logging', () => {
    expect(resource(model, 'Firewall', 'network-firewall')).toMatchObject({
      vpc: 'Vpc',
      subnets: ['FirewallSubnet'],
      hasRules: true,
    });
    expect(resource(model, 'EgressPolicy', 'supporting').of).toEqual(['Firewall']);
    expect(resource(model, 'DomainRules', 'supporting').of).toEqual(['Firewall']);
    expect(resource(model, 'FirewallLogs', 'network-firewall-logging').firewall).toBe('Firewall');
  });

  it('applies a Firewall Manager policy to the resources of its types and tags', () => {
    expect(resource(model, 'GroupAudit', 'firewall-manager-policy').protects).toEqual([
      { ref: 'DataGroup' },
    ]);
    expect(unknownLines(model)).toEqual([]);
  });
});

describe('SAM (sam.yaml)', () => {
  const sam = modelOf(fixtureText('sam.yaml'));

  it('reads functions, taking the VPC configuration from Globals when they have none', () => {
    expect(resource(sam, 'Orders', 'function')).toMatchObject({
      subnets: ['PrivateSubnet'],
      groups: ['FunctionGroup'],
    });
    expect(resource(sam, 'Reports', 'function')).toMatchObject({
      subnets: [],
      groups: ['FunctionGroup'],
    });
    // The subnets of a List parameter's Default are ids of subnets outside the template.
    expect(unknownLines(sam)).toEqual([
      "Reports Properties.VpcConfig.SubnetIds[0]: 'subnet-0aaa' is not a resource of this template",
      "Reports Properties.VpcConfig.SubnetIds[1]: 'subnet-0bbb' is not a resource of this template",
    ]);
  });

  it('reads SAM APIs', () => {
    expect(resource(sam, 'OrdersApi', 'api').apiType).toBe('rest');
    expect(resource(sam, 'EventsApi', 'api').apiType).toBe('http');
  });

  it('does not draw SAM types without the transform, saying why', () => {
    const m = modelOf(template('  F:\n    Type: AWS::Serverless::Function\n'));
    expect(resource(m, 'F', 'not-drawn').reason?.en).toMatch(
      /Transform: AWS::Serverless-2016-10-31/,
    );
  });
});

describe('data edge cases', () => {
  it('reports a public access block with an unknown flag and an FMS policy that excludes tags', () => {
    const m = modelOf(
      template(
        `  B:
    Type: AWS::S3::Bucket
    Properties:
      PublicAccessBlockConfiguration:
        BlockPublicAcls: !Ref Flag
        BlockPublicPolicy: true
        IgnorePublicAcls: true
        RestrictPublicBuckets: true
  Partial:
    Type: AWS::S3::Bucket
    Properties:
      PublicAccessBlockConfiguration: { BlockPublicAcls: true }
  Tagged:
    Type: AWS::EC2::SecurityGroup
    Properties:
      Tags: [{ Key: skip, Value: "" }]
  Other:
    Type: AWS::EC2::SecurityGroup
  P:
    Type: AWS::FMS::Policy
    Properties:
      ResourceType: AWS::EC2::SecurityGroup
      ExcludeResourceTags: true
      ResourceTags: [{ Key: skip }]
`,
        'Parameters:\n  Flag:\n    Type: String\n',
      ),
    );
    expect(resource(m, 'B', 'bucket').blockPublicAccess).toBeUndefined();
    expect(resource(m, 'Partial', 'bucket').blockPublicAccess).toBe(false);
    expect(resource(m, 'P', 'firewall-manager-policy').protects).toEqual([{ ref: 'Other' }]);
    expect(unknownLines(m)).toEqual([
      'B Properties.PublicAccessBlockConfiguration.BlockPublicAcls: parameter Flag has no Default',
    ]);
  });
});
