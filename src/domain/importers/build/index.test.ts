import { describe, expect, it } from 'vitest';
import { importDiagram } from '../../document/import';
import type { Concept, InfraResource } from '../model';
import { CONCEPT_BECOMES, buildDiagram } from './index';
import { build, model, network, res } from './testing';

/**
 * One small, typical use of every concept of the model. Typed by `Concept`: a concept
 * added to model.ts without a sample here does not compile.
 */
const SAMPLES: { [C in Concept]: InfraResource[] } = {
  vpc: [],
  subnet: [],
  'internet-gateway': [res('internet-gateway', 'Igw2', {})],
  'gateway-attachment': [res('gateway-attachment', 'Igw2Attach', { gateway: 'Igw2', vpc: 'Vpc' })],
  'nat-gateway': [res('nat-gateway', 'Nat', { subnet: 'PublicA' })],
  'route-table': [],
  route: [res('route', 'R', { routeTable: 'PublicRoutes', route: { destination: '10.9.0.0/16' } })],
  'route-table-association': [
    res('route-table-association', 'RA', { routeTable: 'PublicRoutes', subnet: 'PublicA' }),
  ],
  'security-group': [res('security-group', 'Sg', { vpc: 'Vpc', inbound: [] })],
  'security-group-rule': [
    res('security-group-rule', 'SgIn', {
      group: 'Sg',
      direction: 'inbound',
      rule: { protocol: 'tcp', ports: '443', peer: '0.0.0.0/0', peerIsGroup: false },
    }),
  ],
  'network-acl': [res('network-acl', 'Acl', { entries: [], subnets: [] })],
  'network-acl-entry': [
    res('network-acl-entry', 'AclIn', {
      acl: 'Acl',
      entry: {
        rule: 100,
        egress: false,
        protocol: 'all',
        ports: 'all',
        cidr: '0.0.0.0/0',
        action: 'allow',
      },
    }),
  ],
  'network-acl-association': [
    res('network-acl-association', 'AclA', { acl: 'Acl', subnet: 'PrivateA' }),
  ],
  instance: [res('instance', 'Web', { subnet: 'PrivateA', groups: ['Sg'] })],
  'elastic-ip': [res('elastic-ip', 'Eip', { instance: 'Web' })],
  'load-balancer': [
    res('load-balancer', 'Alb', {
      type: 'application',
      subnets: ['PublicA', 'PublicB'],
      groups: [],
    }),
  ],
  listener: [res('listener', 'L', { loadBalancer: 'Alb', port: 443, targetGroups: ['Tg'] })],
  'target-group': [res('target-group', 'Tg', { port: 443, targets: [] })],
  'target-attachment': [res('target-attachment', 'TgWeb', { targetGroup: 'Tg', target: 'Web' })],
  distribution: [
    res('distribution', 'Cdn', { origins: [{ id: 'o', target: 'Bucket', accessControl: true }] }),
  ],
  'web-acl': [res('web-acl', 'Acl1', { scope: 'regional' })],
  'web-acl-association': [
    res('web-acl-association', 'AclAlb', { webAcl: { ref: 'Acl1' }, resource: 'Alb' }),
  ],
  'web-acl-logging': [res('web-acl-logging', 'AclLog', { webAcl: { ref: 'Acl1' } })],
  'shield-protection': [res('shield-protection', 'Shield', { resource: 'Cdn' })],
  guardduty: [res('guardduty', 'Gd', {})],
  'security-hub': [res('security-hub', 'Hub', {})],
  'security-hub-standard': [res('security-hub-standard', 'Cis', { standard: 'cis' })],
  inspector: [res('inspector', 'Insp', {})],
  macie: [res('macie', 'Macie', {})],
  detective: [res('detective', 'Det', {})],
  config: [res('config', 'Config', {})],
  cloudtrail: [res('cloudtrail', 'Trail', { bucket: 'Bucket' })],
  'flow-log': [res('flow-log', 'Flow', { resource: 'Vpc' })],
  bucket: [res('bucket', 'Bucket', {})],
  'bucket-public-access-block': [res('bucket-public-access-block', 'Pab', { bucket: 'Bucket' })],
  database: [res('database', 'Db', { subnetGroup: 'DbNet', groups: [] })],
  'db-subnet-group': [res('db-subnet-group', 'DbNet', { subnets: ['PrivateA'] })],
  function: [res('function', 'Fn', { subnets: [], groups: [] })],
  api: [res('api', 'Api', { apiType: 'rest' })],
  'network-firewall': [res('network-firewall', 'Fw', { subnets: ['PublicB'] })],
  'network-firewall-logging': [res('network-firewall-logging', 'FwLog', { firewall: 'Fw' })],
  'firewall-manager-policy': [
    res('firewall-manager-policy', 'Fms', { protects: [{ ref: 'Alb' }] }),
  ],
  'event-rule': [res('event-rule', 'Rule', { sources: ['guardduty'], targets: ['Topic'] })],
  'event-target': [res('event-target', 'RuleFn', { rule: 'Rule', target: 'Fn' })],
  topic: [res('topic', 'Topic', {})],
  'iam-role': [res('iam-role', 'Role', { accessLevel: 'administrator' })],
  supporting: [res('supporting', 'TopicPolicy', { of: ['Topic'] })],
  'not-drawn': [res('not-drawn', 'Queue', { sourceType: 'AWS::SQS::Queue' })],
};

function everything(): InfraResource[] {
  return [...network(), ...Object.values(SAMPLES).flat()];
}

describe('buildDiagram', () => {
  it('handles every concept of the model as its table says', () => {
    const b = build(everything());
    const wrong = everything()
      .filter((r) => b.outcome(r.id).as !== CONCEPT_BECOMES[r.concept])
      .map((r) => `${r.id} (${r.concept}): ${JSON.stringify(b.outcome(r.id))}`);
    expect(wrong).toEqual([]);
  });

  it('gives every resource exactly one entry, in template order, with its type and position', () => {
    const resources = [
      res('vpc', 'Vpc', { sourceType: 'AWS::EC2::VPC', at: { line: 3, column: 5 } }),
    ];
    const { report } = buildDiagram(model(resources));
    expect(report.entries).toEqual([
      {
        id: 'Vpc',
        sourceType: 'AWS::EC2::VPC',
        outcome: { as: 'node', node: 'Vpc', kind: 'vpc' },
        at: { line: 3, column: 5 },
      },
    ]);
    expect(report.format).toBe('cloudformation');
  });

  it('copies the unknown values and uses the title', () => {
    const unknown = {
      resource: 'Vpc',
      property: 'Properties.CidrBlock',
      reason: {
        en: 'parameter VpcCidr has no Default',
        ja: 'パラメーター VpcCidr に Default がありません',
      },
    };
    const input = { ...model([res('vpc', 'Vpc', {})], [unknown]), title: 'Web stack' };
    const { document, report } = buildDiagram(input);
    expect(report.unknowns).toEqual([unknown]);
    expect(document.title).toBe('Web stack');
    expect(document.nodes[0].props.cidr).toBe('10.0.0.0/16');
  });

  it('shortens an id over 128 characters to a valid unique one, keeps it as label, and says so', () => {
    const long = `module.${'network.'.repeat(20)}aws_vpc.main`;
    const b = build([res('vpc', long, {}), res('subnet', 'aws_subnet.a', { vpc: long })]);
    const vpc = b.doc.nodes.find((n) => n.kind === 'vpc');
    expect(vpc?.id.length).toBeLessThanOrEqual(128);
    expect(vpc?.label).toBe(long);
    expect(b.node('aws_subnet.a').parent).toBe(vpc?.id);
    expect(b.outcome(long)).toEqual({ as: 'node', node: vpc?.id, kind: 'vpc' });
    expect(b.notes().some((n) => n.includes('longer than 128 characters'))).toBe(true);
  });

  it('gives an empty id a valid one, and labels a resource with an empty Name tag by its id', () => {
    const b = build([res('vpc', '', {}), res('vpc', 'Named', { name: ' ' })]);
    expect(b.outcome('')).toEqual({ as: 'node', node: 'resource-2', kind: 'vpc' });
    expect(b.node('Named').label).toBe('Named');
    expect(b.notes()).toContain('A resource has an empty id; its node id is resource-2.');
  });

  it('builds the same document and report from the same model', () => {
    expect(buildDiagram(model(everything()))).toEqual(buildDiagram(model(everything())));
  });

  it('imports the built document without a warning, as the app and the CLI do', () => {
    const { document } = buildDiagram(model(everything()));
    const result = importDiagram(JSON.stringify(document));
    expect(result.ok && result.warnings).toEqual([]);
    expect(result.ok && result.needsLayout).toBe(true);
  });
});

/** A template of about `n` resources: VPCs of subnets, groups, instances behind load balancers. */
function large(n: number): InfraResource[] {
  const out: InfraResource[] = [];
  for (let v = 0; out.length < n; v++) {
    const vpc = `Vpc${v}`;
    out.push(res('vpc', vpc, { cidr: `10.${v % 250}.0.0/16` }));
    const subnets = [0, 1, 2, 3].map((s) => `${vpc}Subnet${s}`);
    subnets.forEach((id, s) =>
      out.push(
        res('subnet', id, { vpc, cidr: `10.${v % 250}.${s}.0/24`, az: `us-east-1${'ab'[s % 2]}` }),
      ),
    );
    out.push(
      res('security-group', `${vpc}Lb`, {
        vpc,
        inbound: [{ protocol: 'tcp', ports: '443', peer: '0.0.0.0/0', peerIsGroup: false }],
      }),
    );
    out.push(
      res('security-group', `${vpc}App`, {
        vpc,
        inbound: [{ protocol: 'tcp', ports: '80', peer: `${vpc}Lb`, peerIsGroup: true }],
      }),
    );
    out.push(
      res('load-balancer', `${vpc}Alb`, {
        type: 'application',
        subnets: subnets.slice(0, 2),
        groups: [`${vpc}Lb`],
      }),
    );
    out.push(
      res('listener', `${vpc}Listener`, {
        loadBalancer: `${vpc}Alb`,
        port: 443,
        targetGroups: [`${vpc}Tg`],
      }),
    );
    const targets = Array.from({ length: 10 }, (_, i) => `${vpc}App${i}`);
    out.push(res('target-group', `${vpc}Tg`, { port: 80, targets }));
    targets.forEach((id, i) =>
      out.push(res('instance', id, { subnet: subnets[2 + (i % 2)], groups: [`${vpc}App`] })),
    );
  }
  return out;
}

describe('a large model', () => {
  it('builds 4× the resources into 4× the edges and at most 4× the nodes', () => {
    const one = buildDiagram(model(large(1000))).document;
    const four = buildDiagram(model(large(4000))).document;
    expect(one.edges.length).toBeGreaterThan(500);
    expect(four.edges).toHaveLength(one.edges.length * 4);
    expect(four.nodes.length).toBeLessThanOrEqual(one.nodes.length * 4);
  });
});
