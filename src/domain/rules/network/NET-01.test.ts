import { diagram, ruleTester } from '../testing';
import { NET_01 } from './NET-01';

const withAz = (az: string) =>
  diagram({
    nodes: [
      { id: 'vpc', kind: 'vpc' },
      { id: 'sn', kind: 'subnet', parent: 'vpc', label: 'app-subnet', props: { az } },
    ],
  });

ruleTester(NET_01, {
  valid: [{ name: 'a subnet with its zone', doc: withAz('c') }],
  invalid: [
    {
      name: 'an empty zone',
      doc: withAz(''),
      findings: [{ nodes: ['sn'], messageIncludes: 'app-subnet' }],
    },
    { name: 'a blank zone', doc: withAz('  '), findings: [{ nodes: ['sn'] }] },
  ],
});
