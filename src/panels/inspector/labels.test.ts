import { describe, expect, it } from 'vitest';
import { diagram, nested, node } from '../../domain/commands/testing';
import { nodeName, placedName } from './labels';

describe('nodeName and placedName', () => {
  it('names a node by its label, else by its kind and id', () => {
    expect(nodeName('en', node('sub-1', 'subnet', { label: 'Public A' }))).toBe('Public A');
    expect(nodeName('en', node('sub-1', 'subnet'))).toBe('Subnet (sub-1)');
    expect(nodeName('ja', node('sub-1', 'subnet'))).toBe('サブネット (sub-1)');
  });

  it('adds the containers around it, outermost first', () => {
    const doc = nested();
    const ec2 = doc.nodes.find((n) => n.id === 'ec2-1')!;
    expect(placedName('en', doc, ec2)).toBe(
      'EC2 instance (ec2-1) — in VPC (vpc-1) › Subnet (sub-1)',
    );
    const alone = diagram([node('waf-1', 'waf', { label: 'Edge ACL' })]);
    expect(placedName('en', alone, alone.nodes[0])).toBe('Edge ACL');
  });
});
