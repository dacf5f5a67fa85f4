import { describe, expect, it } from 'vitest';
import type { SecurityGroupRule } from '../model';
import { build, network, res } from './testing';

const from = (peer: string, ports: string, protocol: SecurityGroupRule['protocol'] = 'tcp') => ({
  protocol,
  ports,
  peer,
  peerIsGroup: !peer.includes('/'),
});

describe('security groups', () => {
  it('puts a member inside its group, in its subnet, with the rules as rows', () => {
    const b = build([
      ...network(),
      res('security-group', 'WebSG', {
        vpc: 'Vpc',
        inbound: [from('0.0.0.0/0', '443')],
        outbound: [{ ...from('10.0.0.0/16', '5432') }],
      }),
      res('instance', 'Web', { subnet: 'PrivateA', groups: ['WebSG'] }),
    ]);
    expect(b.chain('Web')).toEqual(['WebSG', 'PrivateA', 'Vpc']);
    expect(b.node('WebSG').props).toEqual({
      inbound: [{ protocol: 'tcp', ports: '443', source: '0.0.0.0/0' }],
      outbound: [{ protocol: 'tcp', ports: '5432', destination: '10.0.0.0/16' }],
      isDefault: false,
    });
    expect(b.outcome('WebSG')).toEqual({ as: 'node', node: 'WebSG', kind: 'security-group' });
  });

  it("gives a group without egress rules AWS's default: all traffic out", () => {
    const b = build([
      res('vpc', 'Vpc', {}),
      res('security-group', 'Sg', { vpc: 'Vpc', inbound: [] }),
    ]);
    expect(b.node('Sg').props.outbound).toEqual([
      { protocol: 'all', ports: 'all', destination: '0.0.0.0/0' },
    ]);
    expect(b.chain('Sg')).toEqual(['Vpc']);
  });

  it('adds separate ingress and egress rules to the group', () => {
    const b = build([
      res('vpc', 'Vpc', {}),
      res('security-group', 'Sg', { vpc: 'Vpc', inbound: [], outbound: [] }),
      res('security-group-rule', 'In', {
        group: 'Sg',
        direction: 'inbound',
        rule: from('1.2.3.0/24', '22'),
      }),
      res('security-group-rule', 'Out', {
        group: 'Sg',
        direction: 'outbound',
        rule: from('0.0.0.0/0', '443'),
      }),
    ]);
    expect(b.node('Sg').props.inbound).toEqual([
      { protocol: 'tcp', ports: '22', source: '1.2.3.0/24' },
    ]);
    expect(b.node('Sg').props.outbound).toEqual([
      { protocol: 'tcp', ports: '443', destination: '0.0.0.0/0' },
    ]);
    expect(b.outcome('In')).toEqual({ as: 'part-of', nodes: ['Sg'] });
  });

  it('nests a member of two groups: subnet > first group > second group > member', () => {
    const b = build([
      ...network(),
      res('security-group', 'A', { vpc: 'Vpc', inbound: [] }),
      res('security-group', 'B', { vpc: 'Vpc', inbound: [] }),
      res('instance', 'Both', { subnet: 'PrivateA', groups: ['B', 'A'] }),
      res('instance', 'OnlyA', { subnet: 'PrivateA', groups: ['A'] }),
    ]);
    expect(b.chain('Both')).toEqual(['B', 'A', 'PrivateA', 'Vpc']);
    expect(b.chain('OnlyA')).toEqual(['A', 'PrivateA', 'Vpc']);
    expect(b.doc.nodes.filter((n) => n.kind === 'security-group')).toHaveLength(2);
  });

  it('draws a group used in two subnets twice with the same rules, and peers name both copies', () => {
    const b = build([
      ...network(),
      res('security-group', 'WebSG', { vpc: 'Vpc', inbound: [from('0.0.0.0/0', '80')] }),
      res('security-group', 'DbSG', { vpc: 'Vpc', inbound: [from('WebSG', '5432')] }),
      res('instance', 'WebA', { subnet: 'PublicA', groups: ['WebSG'] }),
      res('instance', 'WebB', { subnet: 'PublicB', groups: ['WebSG'] }),
      res('instance', 'Db', { subnet: 'PrivateA', groups: ['DbSG'] }),
    ]);
    expect(b.chain('WebA')).toEqual(['WebSG', 'PublicA', 'Vpc']);
    expect(b.chain('WebB')).toEqual(['WebSG@PublicB', 'PublicB', 'Vpc']);
    expect(b.node('WebSG@PublicB').props.inbound).toEqual(b.node('WebSG').props.inbound);
    expect(b.node('WebSG@PublicB').label).toBe('WebSG');
    expect(b.node('DbSG').props.inbound).toEqual([
      { protocol: 'tcp', ports: '5432', source: 'WebSG' },
      { protocol: 'tcp', ports: '5432', source: 'WebSG@PublicB' },
    ]);
    expect(b.notes().some((n) => n.includes('WebSG is used in 2 places'))).toBe(true);
  });

  it('keeps SG-03 meaningful across copies: both web servers may reach the database', () => {
    const rules = [
      ...network(),
      res('security-group', 'WebSG', { vpc: 'Vpc', inbound: [] }),
      res('security-group', 'DbSG', { vpc: 'Vpc', inbound: [from('WebSG', '5432')] }),
      res('instance', 'WebA', { subnet: 'PublicA', groups: ['WebSG'] }),
      res('instance', 'WebB', { subnet: 'PublicB', groups: ['WebSG'] }),
      res('instance', 'Db', { subnet: 'PrivateA', groups: ['DbSG'] }),
    ];
    const b = build(rules);
    b.doc.edges.push(
      {
        id: 'a',
        source: 'WebA',
        target: 'Db',
        kind: 'traffic',
        props: { port: 5432, protocol: 'tcp' },
      },
      {
        id: 'b',
        source: 'WebB',
        target: 'Db',
        kind: 'traffic',
        props: { port: 5432, protocol: 'tcp' },
      },
      {
        id: 'c',
        source: 'WebB',
        target: 'Db',
        kind: 'traffic',
        props: { port: 22, protocol: 'tcp' },
      },
    );
    expect(b.findings('SG-03').map((f) => f.data?.edge)).toEqual(['c']);
  });

  it('gives SG-05 on an imported group that opens SSH to the world', () => {
    const b = build([
      ...network(),
      res('security-group', 'Bastion', { vpc: 'Vpc', inbound: [from('0.0.0.0/0', '22')] }),
      res('instance', 'Jump', { subnet: 'PublicA', groups: ['Bastion'] }),
    ]);
    expect(b.findings('SG-05').map((f) => f.nodes[0])).toEqual(['Bastion']);
  });

  it('lets the copies of a default group allow each other', () => {
    const b = build([
      ...network(),
      res('security-group', 'Default', { vpc: 'Vpc', inbound: [], isDefault: true }),
      res('instance', 'A', { subnet: 'PublicA', groups: ['Default'] }),
      res('instance', 'B', { subnet: 'PublicB', groups: ['Default'] }),
    ]);
    const rows = [
      { protocol: 'all', ports: 'all', source: 'Default' },
      { protocol: 'all', ports: 'all', source: 'Default@PublicB' },
    ];
    expect(b.node('Default').props).toMatchObject({ isDefault: true, inbound: rows });
    expect(b.node('Default@PublicB').props).toMatchObject({ isDefault: true, inbound: rows });
  });

  it('leaves out rules it cannot draw and peers that are not groups of the template, with notes', () => {
    const b = build([
      res('vpc', 'Vpc', {}),
      res('security-group', 'Sg', {
        vpc: 'Vpc',
        inbound: [
          from('999.0.0.0/8', '80'),
          from('Gone', '80'),
          from('10.0.0.0/8', '70000'),
          { ...from('10.0.0.0/8', '80'), protocol: 'gre' as SecurityGroupRule['protocol'] },
        ],
      }),
    ]);
    expect(b.node('Sg').props.inbound).toEqual([]);
    expect(b.notes().filter((n) => n.startsWith('Sg:'))).toHaveLength(3);
    expect(b.notes().some((n) => n.includes('Sg refers to Gone'))).toBe(true);
  });

  it('does not draw a separate rule of a group that is not in the template', () => {
    const b = build([
      res('security-group-rule', 'Orphan', {
        group: 'Missing',
        direction: 'inbound',
        rule: from('0.0.0.0/0', '443'),
      }),
    ]);
    expect(b.outcome('Orphan').as).toBe('not-drawn');
    expect(b.notes().some((n) => n.includes('Orphan refers to Missing'))).toBe(true);
  });
});
