import { diagram, ruleTester } from '../testing';
import { NFW_04 } from './NFW-04';

const firewall = (props: { logging?: boolean; hasRules?: boolean }) =>
  diagram({
    nodes: [
      { id: 'vpc', kind: 'vpc' },
      { id: 'nfw', kind: 'network-firewall', parent: 'vpc', label: 'egress-fw', props },
    ],
  });

ruleTester(NFW_04, {
  valid: [
    { name: 'logging on, rule groups present', doc: firewall({ logging: true, hasRules: true }) },
  ],
  invalid: [
    {
      name: 'logging off (the default)',
      doc: firewall({}),
      findings: [{ nodes: ['nfw'], messageIncludes: 'logging off' }],
    },
    {
      name: 'no rule groups',
      doc: firewall({ logging: true, hasRules: false }),
      findings: [{ nodes: ['nfw'], messageIncludes: 'no rule groups' }],
    },
    {
      name: 'both, in one finding',
      doc: firewall({ logging: false, hasRules: false }),
      findings: [
        { nodes: ['nfw'], messageIncludes: "'egress-fw' has logging off and no rule groups" },
      ],
    },
  ],
});
