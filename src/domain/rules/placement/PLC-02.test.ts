import { diagram, ruleTester } from '../testing';
import type { NodeSpec } from '../testing';
import { PLC_02 } from './PLC-02';

const CONTAINERS: NodeSpec[] = [
  { id: 'org', kind: 'organization' },
  { id: 'acct', kind: 'account', parent: 'org' },
  { id: 'vpc', kind: 'vpc', parent: 'acct', label: 'main' },
  { id: 'pub', kind: 'subnet', parent: 'vpc' },
  { id: 'sg', kind: 'security-group', parent: 'pub' },
  { id: 'vpc-sg', kind: 'security-group', parent: 'vpc' },
];
const withNodes = (...extra: NodeSpec[]) => diagram({ nodes: [...CONTAINERS, ...extra] });

/** A node whose parent is a leaf: import refuses it, but commands could produce it. */
function leafParent() {
  const doc = withNodes(
    { id: 'host', kind: 'ec2', parent: 'pub' },
    { id: 'guest', kind: 'ec2', parent: 'pub' },
  );
  return { ...doc, nodes: doc.nodes.map((n) => (n.id === 'guest' ? { ...n, parent: 'host' } : n)) };
}

ruleTester(PLC_02, {
  valid: [
    {
      name: 'everything where kinds.md allows it',
      doc: withNodes(
        { id: 'igw', kind: 'internet-gateway', parent: 'vpc' },
        { id: 'nat', kind: 'nat-gateway', parent: 'pub' },
        { id: 'ec2', kind: 'ec2', parent: 'sg' },
        { id: 'rds', kind: 'rds', parent: 'pub' },
        { id: 'ids', kind: 'ids-ips', parent: 'sg' },
        { id: 'alb', kind: 'alb', parent: 'vpc-sg' },
        { id: 'nacl', kind: 'network-acl', parent: 'vpc' },
        { id: 'fn', kind: 'lambda', parent: 'acct' },
        { id: 'internet', kind: 'internet' },
      ),
    },
    {
      name: 'a scope service inside a VPC is PLC-01, not PLC-02',
      doc: withNodes({ id: 'gd', kind: 'guardduty', parent: 'vpc' }),
    },
  ],
  invalid: [
    {
      name: 'a subnet outside a VPC',
      doc: withNodes({ id: 'sn', kind: 'subnet', parent: 'acct', label: 'lost' }),
      findings: [{ nodes: ['sn'], messageIncludes: "'lost'" }],
    },
    {
      name: 'an EC2 and an RDS not in a subnet',
      doc: withNodes({ id: 'ec2', kind: 'ec2', parent: 'vpc' }, { id: 'rds', kind: 'rds' }),
      findings: [
        { nodes: ['ec2'], messageIncludes: "inside VPC 'main'" },
        { nodes: ['rds'], messageIncludes: 'at the top level' },
      ],
    },
    {
      name: 'an EC2 in a security group that is not in a subnet',
      doc: withNodes({ id: 'ec2', kind: 'ec2', parent: 'vpc-sg' }),
      findings: [{ nodes: ['ec2'] }],
    },
    {
      name: 'a NAT gateway in a VPC, an internet gateway in a subnet',
      doc: withNodes(
        { id: 'nat', kind: 'nat-gateway', parent: 'vpc' },
        { id: 'igw', kind: 'internet-gateway', parent: 'pub' },
      ),
      findings: [{ nodes: ['nat'] }, { nodes: ['igw'] }],
    },
    {
      name: 'an IDS/IPS agent outside a subnet',
      doc: withNodes({ id: 'ids', kind: 'ids-ips', parent: 'acct' }),
      findings: [{ nodes: ['ids'] }],
    },
    {
      name: 'an account inside an account, an internet inside an account',
      doc: withNodes(
        { id: 'inner', kind: 'account', parent: 'acct' },
        { id: 'internet', kind: 'internet', parent: 'acct' },
      ),
      findings: [{ nodes: ['inner'] }, { nodes: ['internet'] }],
    },
    {
      name: 'Lambda in a VPC but not in a subnet',
      doc: withNodes({ id: 'fn', kind: 'lambda', parent: 'vpc' }),
      findings: [{ nodes: ['fn'] }],
    },
    {
      name: 'a leaf as parent',
      doc: leafParent(),
      findings: [{ nodes: ['guest'] }],
    },
  ],
});
