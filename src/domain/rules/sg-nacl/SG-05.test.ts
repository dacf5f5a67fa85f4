import { diagram, ruleTester } from '../testing';
import { SG_05 } from './SG-05';

const sg = (...inbound: object[]) =>
  diagram({
    nodes: [
      { id: 'vpc', kind: 'vpc' },
      { id: 'sg', kind: 'security-group', parent: 'vpc', props: { inbound: inbound as never } },
    ],
  });

ruleTester(SG_05, {
  valid: [
    {
      name: 'HTTPS from anywhere',
      doc: sg({ protocol: 'tcp', ports: '443', source: '0.0.0.0/0' }),
    },
    {
      name: 'SSH from an office range',
      doc: sg({ protocol: 'tcp', ports: '22', source: '203.0.113.0/24' }),
    },
    {
      name: 'SSH from another group',
      doc: sg({ protocol: 'tcp', ports: '22', source: 'bastion-sg' }),
    },
    {
      name: 'ICMP from anywhere',
      doc: sg({ protocol: 'icmp', ports: 'all', source: '0.0.0.0/0' }),
    },
  ],
  invalid: [
    {
      name: 'SSH from 0.0.0.0/0',
      doc: sg({ protocol: 'tcp', ports: '22', source: '0.0.0.0/0' }),
      findings: [{ nodes: ['sg'], messageIncludes: 'TCP 22' }],
    },
    {
      name: 'RDP from ::/0',
      doc: sg({ protocol: 'tcp', ports: '3389', source: '::/0' }),
      findings: [{ nodes: ['sg'] }],
    },
    {
      name: 'all traffic from anywhere, and a range that includes 22',
      doc: sg(
        { protocol: 'all', ports: 'all', source: '0.0.0.0/0' },
        { protocol: 'tcp', ports: '0-1023', source: '0.0.0.0/0' },
      ),
      findings: [
        { nodes: ['sg'], messageIncludes: 'all traffic' },
        { nodes: ['sg'], messageIncludes: '0-1023' },
      ],
    },
  ],
});
