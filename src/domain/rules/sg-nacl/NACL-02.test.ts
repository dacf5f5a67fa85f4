import { describe, expect, it } from 'vitest';
import type { RuleRow } from '../../document/types';
import type { EdgeSpec, NodeSpec } from '../testing';
import { diagram, expectFixResolves, ruleTester, runOnly } from '../testing';
import { NACL_02 } from './NACL-02';

const allow = (rule: number, ports: string, cidr: string): RuleRow => ({
  rule,
  protocol: 'tcp',
  ports,
  cidr,
  action: 'allow',
});
const deny = (rule: number, ports: string, cidr: string): RuleRow => ({
  ...allow(rule, ports, cidr),
  action: 'deny',
});

interface Nacl {
  inbound?: RuleRow[];
  outbound?: RuleRow[];
  isDefault?: boolean;
}

/**
 * internet → ALB (public 10.0.0.0/24) → app on 8080 (private 10.0.1.0/24), with the
 * given NACLs in each subnet (none: the default NACL).
 */
function web(opts: {
  pub?: Nacl;
  priv?: Nacl;
  vpcNacl?: Nacl;
  edges?: EdgeSpec[];
  extra?: NodeSpec[];
}) {
  const nacl = (id: string, parent: string, n: Nacl | undefined): NodeSpec[] =>
    n
      ? [
          {
            id,
            kind: 'network-acl',
            parent,
            label: id,
            props: {
              inbound: n.inbound ?? [],
              outbound: n.outbound ?? [],
              isDefault: n.isDefault ?? false,
            },
          },
        ]
      : [];
  return diagram({
    nodes: [
      { id: 'users', kind: 'internet' },
      { id: 'vpc', kind: 'vpc', props: { cidr: '10.0.0.0/16' } },
      { id: 'pub', kind: 'subnet', parent: 'vpc', props: { tier: 'public', cidr: '10.0.0.0/24' } },
      { id: 'priv', kind: 'subnet', parent: 'vpc', props: { cidr: '10.0.1.0/24' } },
      { id: 'alb', kind: 'alb', parent: 'pub', label: 'web-alb' },
      { id: 'app', kind: 'ec2', parent: 'priv', label: 'app-1' },
      ...nacl('pub-nacl', 'pub', opts.pub),
      ...nacl('priv-nacl', 'priv', opts.priv),
      ...nacl('vpc-nacl', 'vpc', opts.vpcNacl),
      ...(opts.extra ?? []),
    ],
    edges: opts.edges ?? [
      { source: 'users', target: 'alb' },
      { source: 'alb', target: 'app', props: { port: 8080 } },
    ],
  });
}

const PUB_OK: Nacl = {
  inbound: [allow(100, '443', '0.0.0.0/0'), allow(110, '1024-65535', '10.0.1.0/24')],
  outbound: [allow(100, '1024-65535', '0.0.0.0/0'), allow(110, '8080', '10.0.1.0/24')],
};
const PRIV_OK: Nacl = {
  inbound: [allow(100, '8080', '10.0.0.0/24')],
  outbound: [allow(100, '1024-65535', '10.0.0.0/24')],
};

ruleTester(NACL_02, {
  valid: [
    {
      name: 'both custom NACLs allow requests and responses',
      doc: web({ pub: PUB_OK, priv: PRIV_OK }),
    },
    {
      name: 'default NACLs allow everything',
      doc: web({ pub: { isDefault: true }, priv: { isDefault: true } }),
    },
    { name: 'no NACL drawn at all', doc: web({}) },
    {
      name: 'traffic inside one subnet is not filtered by its NACL',
      doc: web({
        priv: {},
        extra: [{ id: 'db', kind: 'rds', parent: 'priv' }],
        edges: [{ source: 'app', target: 'db', props: { port: 5432 } }],
      }),
    },
    {
      name: 'an allow for the whole VPC range also matches the subnet',
      doc: web({
        pub: PUB_OK,
        priv: {
          inbound: [allow(100, '8080', '10.0.0.0/16')],
          outbound: [allow(100, 'all', '10.0.0.0/16')],
        },
      }),
    },
  ],
  invalid: [
    {
      name: 'a new custom NACL denies everything',
      doc: web({ pub: PUB_OK, priv: {} }),
      findings: [
        { nodes: ['priv-nacl', 'alb', 'app'], messageIncludes: 'no rule allows port 8080' },
      ],
    },
    {
      name: 'responses to the internet need the ephemeral range outbound',
      doc: web({
        pub: {
          ...PUB_OK,
          outbound: [allow(100, '1024-60000', '0.0.0.0/0'), allow(110, '8080', '10.0.1.0/24')],
        },
        priv: PRIV_OK,
      }),
      findings: [
        {
          nodes: ['pub-nacl', 'users', 'alb'],
          messageIncludes:
            'blocks the responses (TCP 1024-65535) out to any internet address (outbound: no rule allows port 60001',
        },
      ],
    },
    {
      name: 'a lower-numbered deny decides first',
      doc: web({
        pub: PUB_OK,
        priv: {
          ...PRIV_OK,
          inbound: [deny(50, 'all', '10.0.0.0/16'), allow(100, '8080', '10.0.0.0/24')],
        },
      }),
      findings: [
        {
          nodes: ['priv-nacl', 'alb', 'app'],
          messageIncludes: 'rule 50 (deny TCP (all ports), 10.0.0.0/16) denies port 8080',
        },
      ],
    },
    {
      name: "the VPC's custom NACL applies to subnets without their own",
      doc: web({ pub: PUB_OK, vpcNacl: {} }),
      findings: [{ nodes: ['vpc-nacl', 'alb', 'app'] }],
    },
    {
      name: 'the source side needs the request out and the responses in',
      doc: web({
        pub: {
          inbound: [allow(100, '443', '0.0.0.0/0')],
          outbound: [deny(90, '8080', '10.0.1.0/24'), allow(100, '1024-65535', '0.0.0.0/0')],
        },
        priv: PRIV_OK,
      }),
      findings: [
        {
          nodes: ['pub-nacl', 'alb', 'app'],
          messageIncludes:
            "Network ACL 'pub-nacl' of Subnet 'pub' blocks the request (TCP 8080) out to 10.0.1.0/24 (outbound: rule 90 (deny TCP 8080, 10.0.1.0/24) denies port 8080); Network ACL 'pub-nacl' of Subnet 'pub' blocks the responses (TCP 1024-65535) in from 10.0.1.0/24",
        },
      ],
    },
  ],
});

describe('NACL-02 fix', () => {
  const rowsOf = (doc: ReturnType<typeof web>, id: string, dir: 'inbound' | 'outbound') =>
    doc.nodes.find((n) => n.id === id)?.props[dir] as RuleRow[];

  it("adds the request rule and the ephemeral response rule with the other side's CIDR", async () => {
    const fixed = await expectFixResolves(NACL_02, web({ pub: PUB_OK, priv: {} }));
    expect(rowsOf(fixed, 'priv-nacl', 'inbound')).toEqual([allow(100, '8080', '10.0.0.0/24')]);
    expect(rowsOf(fixed, 'priv-nacl', 'outbound')).toEqual([
      allow(100, '1024-65535', '10.0.0.0/24'),
    ]);
  });

  it('numbers the new rule below the deny that would shadow it', async () => {
    const doc = web({
      pub: PUB_OK,
      priv: {
        ...PRIV_OK,
        inbound: [deny(50, 'all', '10.0.0.0/16'), allow(100, '8080', '10.0.0.0/24')],
      },
    });
    const fixed = await expectFixResolves(NACL_02, doc);
    expect(rowsOf(fixed, 'priv-nacl', 'inbound')).toContainEqual(allow(40, '8080', '10.0.0.0/24'));
  });

  it('fixes every failing side of the edge, and only that edge', async () => {
    const doc = web({
      pub: {},
      priv: {},
      edges: [
        { source: 'alb', target: 'app', props: { port: 8080 } },
        { source: 'users', target: 'alb' },
      ],
    });
    const findings = runOnly(NACL_02, doc);
    expect(findings).toHaveLength(2);
    const edgeFinding = findings.find((f) => f.data?.edge === 'alb->app')!;
    expect(edgeFinding.data).toMatchObject({
      side: 'destination',
      direction: 'inbound',
      phase: 'request',
      port: 8080,
      failures: 4,
    });
    const fixed = NACL_02.fixFinding!(doc, edgeFinding);
    const after = runOnly(NACL_02, fixed);
    expect(after.map((f) => f.data?.edge)).toEqual(['users->alb']);
    expect(rowsOf(fixed, 'pub-nacl', 'outbound')).toEqual([allow(100, '8080', '10.0.1.0/24')]);
    expect(rowsOf(fixed, 'pub-nacl', 'inbound')).toEqual([allow(100, '1024-65535', '10.0.1.0/24')]);
  });

  it('spells the rule to add in the finding’s fix text', () => {
    const [finding] = runOnly(NACL_02, web({ pub: PUB_OK, priv: {} }));
    expect(finding.fix?.en).toContain(
      "Add to Network ACL 'priv-nacl' the inbound rule 100 (allow TCP 8080, 10.0.0.0/24).",
    );
    expect(finding.fix?.ja).toContain('ルール 100（許可 TCP 8080、10.0.0.0/24）');
  });
});
