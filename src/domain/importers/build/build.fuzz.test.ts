/**
 * Random models, with references that hit, miss or name the wrong kind of resource,
 * and values AWS would refuse: the builder never throws, and every document it makes
 * imports without a warning, places every node where kinds.md allows it and reports
 * every resource once (testing.ts `build` checks all of that).
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import type { Concept, InfraResource, NaclEntry, ResourceRef, SecurityGroupRule } from '../model';
import { build } from './testing';

const POOL = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'internet', 'external-vpc', 'Gone'];
const ref = fc.option(fc.constantFrom(...POOL), { nil: undefined });
const refs = fc.array(fc.constantFrom(...POOL), { maxLength: 3 });
const cidr = fc.constantFrom(
  '10.0.0.0/16',
  '10.0.1.0/24',
  '0.0.0.0/0',
  '::/0',
  'bad',
  ' 10.1.0.0/16 ',
);
const ports = fc.constantFrom('443', '80', '1024-65535', 'all', '99999', 'x');
const protocol = fc.constantFrom('tcp', 'udp', 'icmp', 'all') as fc.Arbitrary<
  SecurityGroupRule['protocol']
>;
const bool = fc.option(fc.boolean(), { nil: undefined });
const port = fc.option(fc.constantFrom(80, 443, 8080, 70000, -1, 1.5), { nil: undefined });
const resourceRef: fc.Arbitrary<ResourceRef> = fc.oneof(
  fc.record({ ref: fc.constantFrom(...POOL) }),
  fc.record({
    arn: fc.constantFrom('arn:aws:wafv2:us-east-1:1:global/webacl/edge/1', 'arn:aws:x', ''),
  }),
);
const sgRule: fc.Arbitrary<SecurityGroupRule> = fc.record({
  protocol,
  ports,
  peer: fc.oneof(cidr, fc.constantFrom(...POOL)),
  peerIsGroup: fc.boolean(),
});
const naclEntry: fc.Arbitrary<NaclEntry> = fc.record({
  rule: fc.constantFrom(100, 200, 0, 40000),
  egress: fc.boolean(),
  protocol,
  ports,
  cidr,
  action: fc.constantFrom('allow', 'deny') as fc.Arbitrary<'allow' | 'deny'>,
});

/** The fields of each concept, drawn at random; typed so that a new concept needs one. */
const FIELDS: { [C in Concept]: fc.Arbitrary<Record<string, unknown>> } = {
  vpc: fc.record({ cidr: fc.option(cidr, { nil: undefined }) }),
  subnet: fc.record({
    vpc: ref,
    cidr: fc.option(cidr, { nil: undefined }),
    az: fc.option(fc.constantFrom('us-east-1a', 'use1-az2', 'b', ''), { nil: undefined }),
    mapPublicIpOnLaunch: bool,
  }),
  'internet-gateway': fc.record({ vpc: ref }),
  'gateway-attachment': fc.record({ gateway: ref, vpc: ref }),
  'nat-gateway': fc.record({
    subnet: ref,
    connectivity: fc.option(fc.constantFrom('public', 'private'), { nil: undefined }),
  }),
  'route-table': fc.record({
    vpc: ref,
    routes: fc.array(fc.record({ destination: cidr, target: ref })),
    subnets: refs,
  }),
  route: fc.record({ routeTable: ref, route: fc.record({ destination: cidr, target: ref }) }),
  'route-table-association': fc.record({ routeTable: ref, subnet: ref }),
  'security-group': fc.record({
    vpc: ref,
    inbound: fc.array(sgRule, { maxLength: 3 }),
    outbound: fc.option(fc.array(sgRule, { maxLength: 2 }), { nil: undefined }),
    isDefault: bool,
  }),
  'security-group-rule': fc.record({
    group: ref,
    direction: fc.constantFrom('inbound', 'outbound'),
    rule: fc.option(sgRule, { nil: undefined }),
  }),
  'network-acl': fc.record({
    vpc: ref,
    entries: fc.array(naclEntry, { maxLength: 3 }),
    subnets: refs,
  }),
  'network-acl-entry': fc.record({ acl: ref, entry: fc.option(naclEntry, { nil: undefined }) }),
  'network-acl-association': fc.record({ acl: ref, subnet: ref }),
  instance: fc.record({ subnet: ref, groups: refs, publicIp: bool }),
  'elastic-ip': fc.record({ instance: ref }),
  'load-balancer': fc.record({
    type: fc.constantFrom('application', 'network', 'gateway'),
    scheme: fc.option(fc.constantFrom('internet-facing', 'internal'), { nil: undefined }),
    subnets: refs,
    groups: refs,
  }),
  listener: fc.record({
    loadBalancer: ref,
    port,
    protocol: fc.option(fc.constantFrom('HTTP', 'UDP', 'TLS'), { nil: undefined }),
    targetGroups: refs,
  }),
  'target-group': fc.record({
    port,
    protocol: fc.option(fc.constantFrom('HTTPS', 'UDP'), { nil: undefined }),
    targets: refs,
  }),
  'target-attachment': fc.record({ targetGroup: ref, target: ref }),
  distribution: fc.record({
    origins: fc.array(
      fc.record({
        id: fc.constant('o'),
        target: ref,
        accessControl: fc.boolean(),
        protocol: fc.option(fc.constantFrom('http-only', 'https-only'), { nil: undefined }),
      }),
      { maxLength: 2 },
    ),
    webAcl: fc.option(resourceRef, { nil: undefined }),
  }),
  'web-acl': fc.record({
    scope: fc.option(fc.constantFrom('cloudfront', 'regional'), { nil: undefined }),
    rateBasedRule: bool,
    managedRules: bool,
  }),
  'web-acl-association': fc.record({
    webAcl: fc.option(resourceRef, { nil: undefined }),
    resource: ref,
  }),
  'web-acl-logging': fc.record({ webAcl: fc.option(resourceRef, { nil: undefined }) }),
  'shield-protection': fc.record({ resource: ref, autoL7Mitigation: bool }),
  guardduty: fc.record({
    role: fc.option(fc.constantFrom('standalone', 'member'), { nil: undefined }),
    features: fc.option(fc.array(fc.constantFrom('s3', 'rds', 'nope')), { nil: undefined }),
  }),
  'security-hub': fc.record({
    standards: fc.option(fc.array(fc.constantFrom('cis', 'fsbp')), { nil: undefined }),
  }),
  'security-hub-standard': fc.record({
    standard: fc.option(fc.constantFrom('cis', 'fsbp'), { nil: undefined }),
  }),
  inspector: fc.record({ ec2: bool, ecr: bool, lambdaStandard: bool, lambdaCode: bool }),
  macie: fc.record({}),
  detective: fc.record({}),
  config: fc.record({}),
  cloudtrail: fc.record({ multiRegion: bool, bucket: ref }),
  'flow-log': fc.record({ resource: ref }),
  bucket: fc.record({ blockPublicAccess: bool }),
  'bucket-public-access-block': fc.record({ bucket: ref, blockPublicAccess: bool }),
  database: fc.record({ subnetGroup: ref, groups: refs, publiclyAccessible: bool }),
  'db-subnet-group': fc.record({ subnets: refs }),
  function: fc.record({ subnets: refs, groups: refs }),
  api: fc.record({ apiType: fc.constantFrom('rest', 'http', 'websocket') }),
  'network-firewall': fc.record({ vpc: ref, subnets: refs, hasRules: bool }),
  'network-firewall-logging': fc.record({ firewall: ref }),
  'firewall-manager-policy': fc.record({ protects: fc.array(resourceRef, { maxLength: 2 }) }),
  'event-rule': fc.record({
    sources: fc.array(fc.constantFrom('aws.guardduty', 'securityhub', 'aws.ec2')),
    targets: refs,
  }),
  'event-target': fc.record({ rule: ref, target: ref }),
  topic: fc.record({}),
  'iam-role': fc.record({
    roleName: fc.option(fc.constantFrom('auditor', ' ', ''), { nil: undefined }),
    accessLevel: fc.option(fc.constantFrom('read-only', 'power-user', 'administrator'), {
      nil: undefined,
    }),
    trust: fc.option(fc.constantFrom('account', 'service'), { nil: undefined }),
    trustedPrincipal: fc.option(fc.constantFrom('444455556666', 'ec2.amazonaws.com'), {
      nil: undefined,
    }),
  }),
  supporting: fc.record({ of: refs }),
  'not-drawn': fc.record({}),
};

const CONCEPT_NAMES = Object.keys(FIELDS) as Concept[];

/** Up to eight resources named from the pool (so references between them hit), each of a random concept. */
const models: fc.Arbitrary<InfraResource[]> = fc
  .array(
    fc
      .constantFrom(...CONCEPT_NAMES)
      .chain((concept) => FIELDS[concept].map((fields) => ({ ...fields, concept }))),
    { maxLength: 8 },
  )
  .map((list) =>
    list.map(
      (r, i) =>
        ({ ...r, id: POOL[i], sourceType: `Test::${r.concept}` }) as unknown as InfraResource,
    ),
  );

describe('buildDiagram on random models', () => {
  it('always makes a clean document and a complete report', () => {
    fc.assert(
      fc.property(models, (resources) => {
        build(resources);
      }),
      { numRuns: 300 },
    );
  });
});
