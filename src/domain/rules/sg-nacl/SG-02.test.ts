import { diagram, ruleTester } from '../testing';
import { SG_02 } from './SG-02';

const sg = (inbound: object[], outbound: object[] = []) =>
  diagram({
    nodes: [
      { id: 'vpc', kind: 'vpc' },
      {
        id: 'sg',
        kind: 'security-group',
        parent: 'vpc',
        props: { inbound: inbound as never, outbound: outbound as never },
      },
    ],
  });

ruleTester(SG_02, {
  valid: [
    {
      name: 'allow rows, with and without an explicit action',
      doc: sg([
        { protocol: 'tcp', ports: '443', source: '0.0.0.0/0' },
        { protocol: 'tcp', ports: '80', source: '0.0.0.0/0', action: 'allow' },
      ]),
    },
  ],
  invalid: [
    {
      name: 'a deny row in each direction',
      doc: sg(
        [
          { protocol: 'tcp', ports: '443', source: '0.0.0.0/0' },
          { protocol: 'tcp', ports: '22', source: '203.0.113.0/24', action: 'deny' },
        ],
        [{ protocol: 'all', ports: 'all', destination: '0.0.0.0/0', action: 'deny' }],
      ),
      findings: [
        { nodes: ['sg'], messageIncludes: 'inbound rule 2 (TCP 22 from 203.0.113.0/24)' },
        { nodes: ['sg'], messageIncludes: 'outbound rule 1' },
      ],
    },
  ],
});
