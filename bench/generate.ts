/**
 * Generated diagrams for the benchmarks: nested, with positions, roughly `target`
 * nodes: accounts > VPCs > subnets (two AZs, public and private) > security groups >
 * EC2, plus an internet, CloudFront, WAF and GuardDuty per account, and traffic edges
 * internet → CloudFront → ALB → EC2. Plain data in the public format (format.md).
 */
export interface RawNode {
  id: string;
  kind: string;
  label?: string;
  parent?: string;
  position: { x: number; y: number };
  size?: { width: number; height: number };
  props?: Record<string, unknown>;
}
export interface RawEdge {
  id: string;
  source: string;
  target: string;
  kind?: string;
  props?: Record<string, unknown>;
}
export interface RawDiagram {
  type: 'aws-security-playground';
  version: 1;
  title: string;
  nodes: RawNode[];
  edges: RawEdge[];
}

const EC2_PER_SG = 6;
const SUBNETS = [
  { tier: 'public', az: 'a' },
  { tier: 'public', az: 'c' },
  { tier: 'private', az: 'a' },
  { tier: 'private', az: 'c' },
];

/** One account block is 1 + 1 + 4 subnets + 2 SG + 12 EC2 + alb + igw + 3 services = 26 nodes. */
export function generateDiagram(target: number): RawDiagram {
  const nodes: RawNode[] = [{ id: 'internet', kind: 'internet', position: { x: 0, y: 0 } }];
  const edges: RawEdge[] = [];
  let block = 0;
  while (nodes.length < target) {
    const b = block++;
    const col = b % 10;
    const row = Math.floor(b / 10);
    const acc = `acc-${b}`;
    nodes.push({
      id: acc,
      kind: 'account',
      label: `Account ${b}`,
      position: { x: 200 + col * 1900, y: row * 1500 },
      size: { width: 1800, height: 1400 },
    });
    nodes.push({ id: `cf-${b}`, kind: 'cloudfront', parent: acc, position: { x: 20, y: 60 } });
    nodes.push({
      id: `waf-${b}`,
      kind: 'waf',
      parent: acc,
      position: { x: 20, y: 200 },
      props: { rateBasedRule: true, logging: true },
    });
    nodes.push({ id: `gd-${b}`, kind: 'guardduty', parent: acc, position: { x: 20, y: 340 } });
    const vpc = `vpc-${b}`;
    nodes.push({
      id: vpc,
      kind: 'vpc',
      parent: acc,
      position: { x: 160, y: 50 },
      size: { width: 1600, height: 1300 },
      props: { cidr: `10.${b % 250}.0.0/16` },
    });
    nodes.push({
      id: `igw-${b}`,
      kind: 'internet-gateway',
      parent: vpc,
      position: { x: 20, y: 60 },
    });
    const subnetIds: string[] = [];
    SUBNETS.forEach((s, i) => {
      const id = `sn-${b}-${i}`;
      subnetIds.push(id);
      nodes.push({
        id,
        kind: 'subnet',
        parent: vpc,
        position: { x: 140 + (i % 2) * 720, y: 60 + Math.floor(i / 2) * 600 },
        size: { width: 700, height: 560 },
        props: { tier: s.tier, az: s.az, cidr: `10.${b % 250}.${i}.0/24` },
      });
    });
    nodes.push({
      id: `alb-${b}`,
      kind: 'alb',
      parent: subnetIds[0],
      position: { x: 40, y: 60 },
      props: { subnets: [subnetIds[1]] },
    });
    edges.push({ id: `e-in-cf-${b}`, source: 'internet', target: `cf-${b}` });
    edges.push({ id: `e-cf-alb-${b}`, source: `cf-${b}`, target: `alb-${b}` });
    edges.push({ id: `e-waf-cf-${b}`, source: `waf-${b}`, target: `cf-${b}`, kind: 'protects' });
    for (const si of [2, 3]) {
      const sg = `sg-${b}-${si}`;
      nodes.push({
        id: sg,
        kind: 'security-group',
        parent: subnetIds[si],
        position: { x: 20, y: 50 },
        size: { width: 660, height: 480 },
        props: { inbound: [{ protocol: 'tcp', ports: '443', source: '10.0.0.0/8' }] },
      });
      for (let k = 0; k < EC2_PER_SG && nodes.length < target; k++) {
        const id = `ec2-${b}-${si}-${k}`;
        nodes.push({
          id,
          kind: 'ec2',
          parent: sg,
          position: { x: 20 + (k % 3) * 200, y: 50 + Math.floor(k / 3) * 200 },
        });
        edges.push({ id: `e-alb-${id}`, source: `alb-${b}`, target: id });
      }
    }
  }
  return {
    type: 'aws-security-playground',
    version: 1,
    title: `Generated ${nodes.length}`,
    nodes,
    edges,
  };
}

const EC2_PER_PRIVATE_SUBNET = 10;

/**
 * The common real shape: one account, one VPC holding everything (a public subnet
 * with the ALB, then private subnets of one security group and up to 10 EC2 each),
 * roughly `target` nodes, traffic internet → CloudFront → ALB → every EC2. Hard for
 * the canvas in a way `generateDiagram` is not: one container is the whole diagram.
 */
export function generateSingleVpcDiagram(target: number): RawDiagram {
  const nodes: RawNode[] = [
    { id: 'internet', kind: 'internet', position: { x: 0, y: 0 } },
    {
      id: 'acc',
      kind: 'account',
      label: 'Workload account',
      position: { x: 200, y: 0 },
      size: { width: 9000, height: 6000 },
    },
    { id: 'cf', kind: 'cloudfront', parent: 'acc', position: { x: 20, y: 60 } },
    {
      id: 'vpc',
      kind: 'vpc',
      parent: 'acc',
      position: { x: 160, y: 50 },
      size: { width: 8800, height: 5900 },
      props: { cidr: '10.0.0.0/16' },
    },
    { id: 'igw', kind: 'internet-gateway', parent: 'vpc', position: { x: 20, y: 60 } },
    {
      id: 'pub',
      kind: 'subnet',
      parent: 'vpc',
      position: { x: 140, y: 60 },
      size: { width: 300, height: 300 },
      props: { tier: 'public', az: 'a', cidr: '10.0.0.0/24' },
    },
    { id: 'alb', kind: 'alb', parent: 'pub', position: { x: 40, y: 60 } },
  ];
  const edges: RawEdge[] = [
    { id: 'e-in-cf', source: 'internet', target: 'cf' },
    { id: 'e-cf-alb', source: 'cf', target: 'alb' },
  ];
  for (let s = 0; nodes.length < target; s++) {
    const subnet = `sn-${s}`;
    const sg = `sg-${s}`;
    nodes.push({
      id: subnet,
      kind: 'subnet',
      parent: 'vpc',
      position: { x: 500 + (s % 8) * 1000, y: 60 + Math.floor(s / 8) * 900 },
      size: { width: 900, height: 800 },
      props: { tier: 'private', az: s % 2 ? 'a' : 'c', cidr: `10.0.${(s % 250) + 1}.0/24` },
    });
    nodes.push({
      id: sg,
      kind: 'security-group',
      parent: subnet,
      position: { x: 20, y: 50 },
      size: { width: 860, height: 700 },
      props: { inbound: [{ protocol: 'tcp', ports: '443', source: '10.0.0.0/8' }] },
    });
    for (let k = 0; k < EC2_PER_PRIVATE_SUBNET && nodes.length < target; k++) {
      const id = `ec2-${s}-${k}`;
      nodes.push({
        id,
        kind: 'ec2',
        parent: sg,
        position: { x: 20 + (k % 4) * 200, y: 50 + Math.floor(k / 4) * 200 },
      });
      edges.push({ id: `e-alb-${id}`, source: 'alb', target: id });
    }
  }
  return {
    type: 'aws-security-playground',
    version: 1,
    title: `Generated single VPC ${nodes.length}`,
    nodes,
    edges,
  };
}

/** Nodes `withNetworkLayers` adds to each account block of `generateDiagram`. */
const NETWORK_NODES_PER_BLOCK = 4;
const NODES_PER_BLOCK = 26;

/**
 * `generateDiagram` with the layers a traffic trace evaluates, roughly `target` nodes:
 * per account a security group around the internet-facing ALB (443 from anywhere), the
 * instances' groups admitting it, a custom network ACL on the VPC (requests on 443 and
 * 3306, responses on the ephemeral ports), and an RDS database in a private subnet
 * whose group admits the instances on 3306.
 */
export function generateNetworkDiagram(target: number): RawDiagram {
  const scaled = Math.round(
    (target * NODES_PER_BLOCK) / (NODES_PER_BLOCK + NETWORK_NODES_PER_BLOCK),
  );
  const base = generateDiagram(scaled);
  const nodes: RawNode[] = [];
  for (const node of base.nodes) {
    const block = /^vpc-(\d+)$/.exec(node.id)?.[1];
    if (node.kind === 'alb') {
      const b = node.id.slice('alb-'.length);
      nodes.push({
        id: `sg-alb-${b}`,
        kind: 'security-group',
        parent: node.parent,
        position: node.position,
        size: { width: 140, height: 150 },
        props: { inbound: [{ protocol: 'tcp', ports: '443', source: '0.0.0.0/0' }] },
      });
      nodes.push({
        ...node,
        parent: `sg-alb-${b}`,
        position: { x: 20, y: 50 },
        props: { ...node.props, scheme: 'internet-facing' },
      });
      continue;
    }
    if (node.kind === 'security-group') {
      const b = node.id.split('-')[1];
      const inbound = [{ protocol: 'tcp', ports: '443', source: `sg-alb-${b}` }];
      nodes.push({ ...node, size: { width: 660, height: 360 }, props: { inbound } });
      continue;
    }
    nodes.push(node);
    if (block === undefined) continue;
    const vpcCidr = `10.${Number(block) % 250}.0.0/16`;
    nodes.push({
      id: `nacl-${block}`,
      kind: 'network-acl',
      parent: node.id,
      position: { x: 20, y: 200 },
      props: {
        inbound: [
          { rule: 100, protocol: 'tcp', ports: '443', cidr: '0.0.0.0/0', action: 'allow' },
          { rule: 110, protocol: 'tcp', ports: '3306', cidr: vpcCidr, action: 'allow' },
          { rule: 120, protocol: 'tcp', ports: '1024-65535', cidr: '0.0.0.0/0', action: 'allow' },
        ],
        outbound: [
          { rule: 100, protocol: 'all', ports: 'all', cidr: '0.0.0.0/0', action: 'allow' },
        ],
      },
    });
  }
  // The databases go last: a parent must precede its children, and the subnets do.
  for (const vpc of base.nodes.filter((n) => n.kind === 'vpc')) {
    const b = vpc.id.slice('vpc-'.length);
    nodes.push({
      id: `sg-db-${b}`,
      kind: 'security-group',
      parent: `sn-${b}-3`,
      position: { x: 20, y: 420 },
      size: { width: 300, height: 130 },
      props: { inbound: [{ protocol: 'tcp', ports: '3306', source: `sg-${b}-3` }] },
    });
    nodes.push({ id: `db-${b}`, kind: 'rds', parent: `sg-db-${b}`, position: { x: 20, y: 36 } });
  }
  return { ...base, title: `Generated network ${nodes.length}`, nodes };
}
