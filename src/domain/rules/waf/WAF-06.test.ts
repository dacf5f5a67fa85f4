import { describe, expect, it } from 'vitest';
import { diagram, expectFixResolves, ruleTester } from '../testing';
import { WAF_06 } from './WAF-06';

/** internet → CloudFront → ALB (in a public subnet of a VPC in an account) → EC2. */
const layered = (opts: { wafOnCf?: boolean; direct?: boolean } = {}) =>
  diagram({
    nodes: [
      { id: 'internet', kind: 'internet' },
      {
        id: 'acct',
        kind: 'account',
        position: { x: 200, y: 0 },
        size: { width: 900, height: 700 },
      },
      { id: 'cf', kind: 'cloudfront', parent: 'acct', label: 'site', position: { x: 20, y: 40 } },
      {
        id: 'vpc',
        kind: 'vpc',
        parent: 'acct',
        position: { x: 200, y: 40 },
        size: { width: 600, height: 500 },
      },
      {
        id: 'pub',
        kind: 'subnet',
        parent: 'vpc',
        props: { tier: 'public' },
        position: { x: 20, y: 40 },
        size: { width: 300, height: 200 },
      },
      { id: 'alb', kind: 'alb', parent: 'pub', label: 'web', position: { x: 20, y: 40 } },
      { id: 'web', kind: 'ec2', parent: 'pub', position: { x: 150, y: 40 } },
      ...(opts.wafOnCf
        ? [{ id: 'acl', kind: 'waf' as const, parent: 'acct', position: { x: 20, y: 200 } }]
        : []),
    ],
    edges: [
      { source: 'internet', target: 'cf' },
      { source: 'cf', target: 'alb' },
      { source: 'alb', target: 'web' },
      ...(opts.wafOnCf ? [{ source: 'acl', target: 'cf' }] : []),
      ...(opts.direct ? [{ source: 'internet', target: 'alb' }] : []),
    ],
  });

ruleTester(WAF_06, {
  valid: [
    { name: 'CloudFront with a web ACL in front of the ALB', doc: layered({ wafOnCf: true }) },
    {
      name: 'nothing reached from the internet',
      doc: diagram({
        nodes: [
          { id: 'vpc', kind: 'vpc' },
          { id: 'alb', kind: 'alb', parent: 'vpc' },
        ],
      }),
    },
    {
      name: 'an internet path with nothing WAF-capable on it',
      doc: diagram({
        nodes: [
          { id: 'internet', kind: 'internet' },
          { id: 'vpc', kind: 'vpc' },
          { id: 'sn', kind: 'subnet', parent: 'vpc', props: { tier: 'public' } },
          { id: 'nlb', kind: 'nlb', parent: 'sn' },
          { id: 'ec2', kind: 'ec2', parent: 'sn' },
        ],
        edges: [
          { source: 'internet', target: 'nlb' },
          { source: 'nlb', target: 'ec2' },
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'CloudFront without a web ACL',
      doc: layered(),
      findings: [{ nodes: ['cf'], messageIncludes: "'site'" }],
    },
    {
      name: 'the ALB is reached straight from the internet too',
      doc: layered({ wafOnCf: true, direct: true }),
      findings: [{ nodes: ['alb'], messageIncludes: "'web'" }],
    },
    {
      name: 'an HTTP API is not an entry point; the ALB behind it is',
      doc: diagram({
        nodes: [
          { id: 'internet', kind: 'internet' },
          { id: 'http', kind: 'api-gateway', props: { apiType: 'http' } },
          { id: 'vpc', kind: 'vpc' },
          { id: 'alb', kind: 'alb', parent: 'vpc' },
        ],
        edges: [
          { source: 'internet', target: 'http' },
          { source: 'http', target: 'alb' },
        ],
      }),
      findings: [{ nodes: ['alb'] }],
    },
  ],
});

describe('WAF-06 fix', () => {
  it('adds a web ACL with rate-based rule, managed rules and logging next to CloudFront', () => {
    const doc = layered();
    const fixed = expectFixResolves(WAF_06, doc);
    const added = fixed.nodes.filter((n) => !doc.nodes.some((o) => o.id === n.id));
    expect(added).toHaveLength(1);
    const [acl] = added;
    expect(acl.kind).toBe('waf');
    expect(acl.props).toMatchObject({ rateBasedRule: true, managedRules: true, logging: true });
    // Beside the distribution, in the same account.
    expect(acl.parent).toBe('acct');
    expect(fixed.edges).toContainEqual(
      expect.objectContaining({ source: acl.id, target: 'cf', kind: 'protects' }),
    );
  });

  it('puts the web ACL for an ALB outside the VPC, at the level that holds the VPC', () => {
    const doc = layered({ wafOnCf: true, direct: true });
    const fixed = expectFixResolves(WAF_06, doc, 'alb');
    const acl = fixed.nodes.find((n) => n.kind === 'waf' && n.id !== 'acl');
    expect(acl?.parent).toBe('acct');
    // Not drawn over the VPC (x 200–800, y 40–540 in the account).
    const { x, y } = acl!.position!;
    const overVpc = x < 800 && x + 96 > 200 && y < 540 && y + 88 > 40;
    expect(overVpc).toBe(false);
    expect(fixed.edges).toContainEqual(
      expect.objectContaining({ source: acl?.id, target: 'alb', kind: 'protects' }),
    );
  });

  it('puts it at top level when the VPC is at top level', () => {
    const doc = diagram({
      nodes: [
        { id: 'internet', kind: 'internet', position: { x: 0, y: 0 } },
        { id: 'vpc', kind: 'vpc', position: { x: 200, y: 0 }, size: { width: 400, height: 300 } },
        { id: 'alb', kind: 'alb', parent: 'vpc', position: { x: 40, y: 40 } },
      ],
      edges: [{ source: 'internet', target: 'alb' }],
    });
    const fixed = expectFixResolves(WAF_06, doc);
    const acl = fixed.nodes.find((n) => n.kind === 'waf');
    expect(acl).toBeDefined();
    expect(acl?.parent).toBeUndefined();
  });
});
