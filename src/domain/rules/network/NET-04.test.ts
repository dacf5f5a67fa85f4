import { diagram, ruleTester } from '../testing';
import { NET_04 } from './NET-04';

const nodes = [
  { id: 'users', kind: 'internet' },
  { id: 'vpc', kind: 'vpc' },
  { id: 'pub', kind: 'subnet', parent: 'vpc', props: { tier: 'public' } },
  { id: 'priv', kind: 'subnet', parent: 'vpc', props: { tier: 'private' } },
  { id: 'alb', kind: 'alb', parent: 'pub' },
  { id: 'sg', kind: 'security-group', parent: 'priv' },
  { id: 'web', kind: 'ec2', parent: 'sg', label: 'web-1' },
] as const;

ruleTester(NET_04, {
  valid: [
    {
      name: 'internet → ALB in a public subnet → EC2 in a private one',
      doc: diagram({
        nodes: [...nodes],
        edges: [
          { source: 'users', target: 'alb' },
          { source: 'alb', target: 'web' },
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'internet straight to an EC2 in a private subnet (inside a security group)',
      doc: diagram({
        nodes: [...nodes],
        edges: [{ source: 'users', target: 'web', props: { port: 22 } }],
      }),
      findings: [{ nodes: ['web', 'users'], messageIncludes: 'web-1' }],
    },
    {
      name: 'internet to the private subnet itself',
      doc: diagram({ nodes: [...nodes], edges: [{ source: 'users', target: 'priv' }] }),
      findings: [{ nodes: ['priv', 'users'] }],
    },
  ],
});
