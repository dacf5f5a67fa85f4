import type { EdgeSpec, NodeSpec } from '../testing';
import { diagram, ruleTester } from '../testing';
import { SG_03 } from './SG-03';

/** internet → ALB (alb-sg, public subnet) → EC2 (app-sg, private subnet). */
function web(opts: {
  albIn?: object[];
  appIn?: object[];
  appDefault?: boolean;
  edges?: EdgeSpec[];
}) {
  const nodes: NodeSpec[] = [
    { id: 'users', kind: 'internet' },
    { id: 'vpc', kind: 'vpc' },
    { id: 'pub', kind: 'subnet', parent: 'vpc', props: { tier: 'public', cidr: '10.0.0.0/24' } },
    { id: 'priv', kind: 'subnet', parent: 'vpc', props: { cidr: '10.0.1.0/24' } },
    {
      id: 'alb-sg',
      kind: 'security-group',
      parent: 'pub',
      props: { inbound: (opts.albIn ?? []) as never },
    },
    { id: 'alb', kind: 'alb', parent: 'alb-sg', label: 'web-alb' },
    {
      id: 'app-sg',
      kind: 'security-group',
      parent: 'priv',
      props: { inbound: (opts.appIn ?? []) as never, isDefault: opts.appDefault ?? false },
    },
    { id: 'app', kind: 'ec2', parent: 'app-sg', label: 'app-1' },
  ];
  return diagram({
    nodes,
    edges: opts.edges ?? [
      { source: 'users', target: 'alb' },
      { source: 'alb', target: 'app', props: { port: 8080 } },
    ],
  });
}

const HTTPS_FROM_ANYWHERE = { protocol: 'tcp', ports: '443', source: '0.0.0.0/0' };

ruleTester(SG_03, {
  valid: [
    {
      name: "ALB open on 443, app open on 8080 to the ALB's group",
      doc: web({
        albIn: [HTTPS_FROM_ANYWHERE],
        appIn: [{ protocol: 'tcp', ports: '8080', source: 'alb-sg' }],
      }),
    },
    {
      name: "app open on 8080 to the ALB's subnet CIDR",
      doc: web({
        albIn: [HTTPS_FROM_ANYWHERE],
        appIn: [{ protocol: 'tcp', ports: '8000-8100', source: '10.0.0.0/16' }],
      }),
    },
    {
      name: 'traffic to a node in no security group is not this rule’s business',
      doc: diagram({
        nodes: [
          { id: 'users', kind: 'internet' },
          { id: 'cf', kind: 'cloudfront' },
        ],
        edges: [{ source: 'users', target: 'cf' }],
      }),
    },
    {
      name: 'the default group lets its own members in',
      doc: web({
        albIn: [HTTPS_FROM_ANYWHERE],
        appDefault: true,
        edges: [{ source: 'users', target: 'alb' }],
      }),
    },
  ],
  invalid: [
    {
      name: 'a new group allows nothing in',
      doc: web({ appIn: [{ protocol: 'tcp', ports: '8080', source: 'alb-sg' }] }),
      findings: [{ nodes: ['alb', 'alb-sg', 'users'], messageIncludes: 'TCP 443' }],
    },
    {
      name: "the app allows the wrong port from the ALB's group",
      doc: web({
        albIn: [HTTPS_FROM_ANYWHERE],
        appIn: [{ protocol: 'tcp', ports: '443', source: 'alb-sg' }],
      }),
      findings: [
        {
          nodes: ['app', 'app-sg', 'alb'],
          messageIncludes: "from 10.0.0.0/24 or from Security group 'alb-sg'",
        },
      ],
    },
    {
      name: 'the internet is matched only by 0.0.0.0/0',
      doc: web({
        albIn: [{ protocol: 'tcp', ports: '443', source: '10.0.0.0/8' }],
        appIn: [{ protocol: 'tcp', ports: '8080', source: 'alb-sg' }],
      }),
      findings: [{ nodes: ['alb', 'alb-sg', 'users'], messageIncludes: 'any internet address' }],
    },
    {
      name: 'the default group does not let outsiders in',
      doc: web({ albIn: [HTTPS_FROM_ANYWHERE], appDefault: true }),
      findings: [{ nodes: ['app', 'app-sg', 'alb'] }],
    },
    {
      name: 'a deny row allows nothing',
      doc: web({
        albIn: [{ ...HTTPS_FROM_ANYWHERE, action: 'deny' }],
        appIn: [{ protocol: 'tcp', ports: '8080', source: 'alb-sg' }],
      }),
      findings: [{ nodes: ['alb', 'alb-sg', 'users'] }],
    },
  ],
});
