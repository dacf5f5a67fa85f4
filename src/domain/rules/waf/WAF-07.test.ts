import { describe, expect, it } from 'vitest';
import { diagram, expectFixResolves, ruleTester } from '../testing';
import { WAF_07 } from './WAF-07';

const withAcl = (rateBasedRule: boolean, reachable = true) =>
  diagram({
    nodes: [
      { id: 'internet', kind: 'internet' },
      { id: 'acl', kind: 'waf', label: 'edge-acl', props: { rateBasedRule } },
      { id: 'cf', kind: 'cloudfront', label: 'site' },
    ],
    edges: [
      { source: 'acl', target: 'cf' },
      ...(reachable ? [{ source: 'internet', target: 'cf' }] : []),
    ],
  });

ruleTester(WAF_07, {
  valid: [
    { name: 'rate-based rule on', doc: withAcl(true) },
    { name: 'not an entry point (nothing from the internet)', doc: withAcl(false, false) },
    {
      name: 'protects an internal resource behind the entry point',
      doc: diagram({
        nodes: [
          { id: 'internet', kind: 'internet' },
          { id: 'cf', kind: 'cloudfront' },
          { id: 'edge', kind: 'waf', props: { rateBasedRule: true } },
          { id: 'inner', kind: 'waf' },
          { id: 'vpc', kind: 'vpc' },
          { id: 'alb', kind: 'alb', parent: 'vpc' },
        ],
        edges: [
          { source: 'internet', target: 'cf' },
          { source: 'cf', target: 'alb' },
          { source: 'edge', target: 'cf' },
          { source: 'inner', target: 'alb' },
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'rate-based rule off on an entry point',
      doc: withAcl(false),
      findings: [{ nodes: ['acl', 'cf'], messageIncludes: "'edge-acl'" }],
    },
    {
      name: 'one finding per web ACL, listing its entry points',
      doc: diagram({
        nodes: [
          { id: 'internet', kind: 'internet' },
          { id: 'acl', kind: 'waf' },
          { id: 'api', kind: 'api-gateway' },
          { id: 'pool', kind: 'cognito-user-pool' },
        ],
        edges: [
          { source: 'internet', target: 'api' },
          { source: 'internet', target: 'pool' },
          { source: 'acl', target: 'api' },
          { source: 'acl', target: 'pool' },
        ],
      }),
      findings: [{ nodes: ['acl', 'api', 'pool'] }],
    },
  ],
});

describe('WAF-07 fix', () => {
  it('turns the rate-based rule on and changes nothing else', () => {
    const doc = withAcl(false);
    const fixed = expectFixResolves(WAF_07, doc);
    const acl = fixed.nodes.find((n) => n.id === 'acl');
    expect(acl?.props).toEqual({
      ...doc.nodes.find((n) => n.id === 'acl')?.props,
      rateBasedRule: true,
    });
    expect(fixed.edges).toEqual(doc.edges);
    expect(fixed.nodes.filter((n) => n.id !== 'acl')).toEqual(
      doc.nodes.filter((n) => n.id !== 'acl'),
    );
  });
});
