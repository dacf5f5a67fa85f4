import { describe, expect, it } from 'vitest';
import { diagram, expectFixResolves, ruleTester } from '../testing';
import type { NodeSpec } from '../testing';
import { PLC_01 } from './PLC-01';

/** An account holding a VPC with a subnet holding a security group, plus `extra`. */
const network = (...extra: NodeSpec[]) =>
  diagram({
    nodes: [
      { id: 'acct', kind: 'account', position: { x: 0, y: 0 }, size: { width: 1000, height: 800 } },
      {
        id: 'vpc',
        kind: 'vpc',
        parent: 'acct',
        label: 'main',
        position: { x: 100, y: 100 },
        size: { width: 600, height: 500 },
      },
      {
        id: 'sn',
        kind: 'subnet',
        parent: 'vpc',
        position: { x: 20, y: 40 },
        size: { width: 400, height: 300 },
      },
      {
        id: 'sg',
        kind: 'security-group',
        parent: 'sn',
        position: { x: 20, y: 40 },
        size: { width: 300, height: 200 },
      },
      ...extra,
    ],
  });

ruleTester(PLC_01, {
  valid: [
    {
      name: 'services at top level, in an account and in a Region',
      doc: diagram({
        nodes: [
          { id: 'gd', kind: 'guardduty' },
          { id: 'acct', kind: 'account' },
          { id: 'waf', kind: 'waf', parent: 'acct' },
          { id: 'region', kind: 'region', parent: 'acct' },
          { id: 's3', kind: 's3', parent: 'region' },
        ],
      }),
    },
    {
      name: 'Lambda and VPC Flow Logs may sit in a VPC',
      doc: network(
        { id: 'fn', kind: 'lambda', parent: 'sn' },
        { id: 'flow', kind: 'vpc-flow-logs', parent: 'vpc' },
      ),
    },
    {
      name: 'an EC2 in its subnet',
      doc: network({ id: 'ec2', kind: 'ec2', parent: 'sg' }),
    },
  ],
  invalid: [
    {
      name: 'GuardDuty in a VPC, named with the VPC',
      doc: network({ id: 'gd', kind: 'guardduty', parent: 'vpc', label: 'detector' }),
      findings: [{ nodes: ['gd'], messageIncludes: "'detector' is drawn inside VPC 'main'" }],
    },
    {
      name: 'WAF in a subnet, S3 in a security group, CloudFront in a VPC',
      doc: network(
        { id: 'waf', kind: 'waf', parent: 'sn' },
        { id: 's3', kind: 's3', parent: 'sg' },
        { id: 'cf', kind: 'cloudfront', parent: 'vpc' },
      ),
      findings: [{ nodes: ['waf'] }, { nodes: ['s3'] }, { nodes: ['cf'] }],
    },
    {
      name: 'a Region inside a VPC does not make a service inside it well placed',
      doc: network(
        { id: 'region', kind: 'region', parent: 'vpc' },
        { id: 'shield', kind: 'shield', parent: 'region' },
      ),
      findings: [{ nodes: ['shield'] }],
    },
  ],
});

describe('PLC-01 fix', () => {
  it("moves the service to the VPC's parent, keeping its place on screen and its edges", () => {
    const doc = diagram({
      nodes: [
        {
          id: 'acct',
          kind: 'account',
          position: { x: 0, y: 0 },
          size: { width: 1200, height: 800 },
        },
        {
          id: 'vpc',
          kind: 'vpc',
          parent: 'acct',
          position: { x: 100, y: 100 },
          size: { width: 600, height: 500 },
        },
        {
          id: 'sn',
          kind: 'subnet',
          parent: 'vpc',
          position: { x: 20, y: 40 },
          size: { width: 400, height: 300 },
        },
        { id: 'ec2', kind: 'ec2', parent: 'sn', position: { x: 20, y: 40 } },
        { id: 'gd', kind: 'guardduty', parent: 'sn', position: { x: 200, y: 100 } },
      ],
      edges: [{ source: 'gd', target: 'ec2' }],
    });
    const fixed = expectFixResolves(PLC_01, doc);
    const gd = fixed.nodes.find((n) => n.id === 'gd');
    expect(gd?.parent).toBe('acct');
    expect(fixed.edges).toEqual(doc.edges);
    // Absolute place was (100+20+200, 100+40+100); it is now relative to the account
    // at (0, 0) unless it had to leave the VPC's box.
    const vpcBox = { x: 100, y: 100, width: 600, height: 500 };
    const insideVpc =
      gd!.position!.x + 1 > vpcBox.x &&
      gd!.position!.x < vpcBox.x + vpcBox.width &&
      gd!.position!.y + 1 > vpcBox.y &&
      gd!.position!.y < vpcBox.y + vpcBox.height;
    expect(insideVpc).toBe(false);
  });

  it("moves a top-level VPC's service to top level", () => {
    const doc = diagram({
      nodes: [
        { id: 'vpc', kind: 'vpc', position: { x: 0, y: 0 }, size: { width: 400, height: 300 } },
        { id: 'waf', kind: 'waf', parent: 'vpc', position: { x: 40, y: 40 } },
      ],
    });
    const fixed = expectFixResolves(PLC_01, doc);
    expect(fixed.nodes.find((n) => n.id === 'waf')?.parent).toBeUndefined();
  });

  it('works without positions', () => {
    const doc = network({ id: 's3', kind: 's3', parent: 'sg' });
    const stripped = { ...doc, nodes: doc.nodes.map(({ position: _p, ...n }) => n) };
    const fixed = expectFixResolves(PLC_01, stripped);
    expect(fixed.nodes.find((n) => n.id === 's3')?.parent).toBe('acct');
  });
});
