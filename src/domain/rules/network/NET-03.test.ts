import { diagram, ruleTester } from '../testing';
import { NET_03 } from './NET-03';

const nat = (tier: 'public' | 'private', connectivity: 'public' | 'private') =>
  diagram({
    nodes: [
      { id: 'vpc', kind: 'vpc' },
      { id: 'sn', kind: 'subnet', parent: 'vpc', props: { tier } },
      { id: 'nat', kind: 'nat-gateway', parent: 'sn', label: 'nat-a', props: { connectivity } },
    ],
  });

ruleTester(NET_03, {
  valid: [
    { name: 'public NAT in a public subnet', doc: nat('public', 'public') },
    { name: 'private NAT in a private subnet', doc: nat('private', 'private') },
  ],
  invalid: [
    {
      name: 'public NAT in a private subnet',
      doc: nat('private', 'public'),
      findings: [{ nodes: ['nat', 'sn'], messageIncludes: 'nat-a' }],
    },
  ],
});
