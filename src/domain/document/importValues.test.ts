import { describe, expect, it } from 'vitest';
import { accepted, importFile, issueAt } from './importTesting';
import { isCidrBlock, isIpv4Block, isSgPeer } from './importValues';

const nacl = (inbound: Record<string, unknown>[]) => ({
  id: 'acl-1',
  kind: 'network-acl',
  parent: 'sub-1',
  props: { inbound },
});

const network = (nodes: Record<string, unknown>[]) => [
  { id: 'vpc-1', kind: 'vpc', props: { cidr: '10.0.0.0/16' } },
  { id: 'sub-1', kind: 'subnet', parent: 'vpc-1', props: { cidr: '10.0.1.0/24', az: 'a' } },
  { id: 'sg-web', kind: 'security-group', parent: 'sub-1' },
  ...nodes,
];

describe('malformed addresses on import', () => {
  it('warns about a VPC or subnet cidr that is no IPv4 block, and keeps it as written', () => {
    const { doc, warnings } = accepted(
      importFile({
        nodes: [
          { id: 'vpc-1', kind: 'vpc', props: { cidr: '999.1.1.1/33' } },
          { id: 'sub-1', kind: 'subnet', parent: 'vpc-1', props: { cidr: '10.0.1.0' } },
          { id: 'sub-2', kind: 'subnet', parent: 'vpc-1', props: { cidr: '2001:db8::/64' } },
          { id: 'sub-3', kind: 'subnet', parent: 'vpc-1', props: { cidr: '' } },
        ],
      }),
    );
    expect(warnings.map((w) => w.path)).toEqual([
      'nodes[0].props.cidr',
      'nodes[1].props.cidr',
      'nodes[2].props.cidr',
    ]);
    const first = issueAt(warnings, 'nodes[0].props.cidr', 'cidr-invalid');
    expect(first.message.en).toBe(
      `nodes[0].props.cidr: '999.1.1.1/33' is not an IPv4 block such as "10.0.0.0/16" (four numbers 0–255, then /0 to /32). Kept as written; until it is fixed, the rules and the trace treat this address as unknown, as if it were empty.`,
    );
    expect(first.message.ja).toContain("'999.1.1.1/33' は");
    expect(doc.nodes.map((n) => n.props.cidr)).toEqual([
      '999.1.1.1/33',
      '10.0.1.0',
      '2001:db8::/64',
      '',
    ]);
  });

  it('warns about a NACL row cidr and an SG peer written as a bad address, by file index', () => {
    const { doc, warnings } = accepted(
      importFile({
        nodes: network([
          nacl([
            { rule: 90, protocol: 'tcp', ports: '70000', cidr: '0.0.0.0/0', action: 'deny' },
            { rule: 100, protocol: 'tcp', ports: '443', cidr: '1.2.3.4/40', action: 'allow' },
            { rule: 110, protocol: 'all', ports: 'all', cidr: '::/0', action: 'allow' },
          ]),
          {
            id: 'sg-db',
            kind: 'security-group',
            parent: 'sub-1',
            props: {
              inbound: [
                { protocol: 'tcp', ports: '3306', source: 'sg-web' },
                { protocol: 'tcp', ports: '3306', source: '10.0.300.0/24' },
                { protocol: 'tcp', ports: '3306', source: 'sg-missing' },
              ],
              outbound: [{ protocol: 'all', ports: 'all', destination: '10.0.0.1' }],
            },
          },
        ]),
      }),
    );
    // The row dropped for its port keeps its own warning; the next row is still [1].
    expect(warnings.map((w) => [w.path, w.code])).toEqual([
      ['nodes[3].props.inbound[0]', 'rule-row-invalid'],
      ['nodes[3].props.inbound[1].cidr', 'rule-cidr-invalid'],
      ['nodes[4].props.inbound[1].source', 'rule-peer-invalid'],
      ['nodes[4].props.outbound[0].destination', 'rule-peer-invalid'],
    ]);
    expect(warnings[1].message.en).toContain("'1.2.3.4/40' is not a CIDR block");
    expect(warnings[1].message.en).toContain('this rule matches no traffic');
    const acl = doc.nodes.find((n) => n.id === 'acl-1');
    expect(acl?.props.inbound).toEqual([
      { rule: 100, protocol: 'tcp', ports: '443', cidr: '1.2.3.4/40', action: 'allow' },
      { rule: 110, protocol: 'all', ports: 'all', cidr: '::/0', action: 'allow' },
    ]);
    const sg = doc.nodes.find((n) => n.id === 'sg-db');
    expect(sg?.props.inbound).toHaveLength(3);
  });

  it('says nothing about well-formed addresses', () => {
    const { warnings } = accepted(
      importFile({
        nodes: network([
          nacl([
            { rule: 100, protocol: 'all', ports: 'all', cidr: ' 10.0.0.0/8 ', action: 'allow' },
          ]),
        ]),
      }),
    );
    expect(warnings).toEqual([]);
  });
});

describe('address checks', () => {
  it('tell blocks from look-alikes', () => {
    expect(['10.0.0.0/16', '10.0.1.7/24', '0.0.0.0/0'].every(isIpv4Block)).toBe(true);
    expect(['999.1.1.1/33', '10.0.0.0', '10.0.0.0/33', '::/0', 'abc', ''].some(isIpv4Block)).toBe(
      false,
    );
    expect(isCidrBlock('::/0')).toBe(true);
    expect(isCidrBlock('1.2.3.4/40')).toBe(false);
    expect(isSgPeer('sg-web', new Set(['sg-web']))).toBe(true);
    expect(isSgPeer('sg-web', new Set())).toBe(false);
  });
});
