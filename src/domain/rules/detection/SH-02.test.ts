import { diagram, ruleTester } from '../testing';
import { SH_02 } from './SH-02';
import { leaf, organization } from './testFixtures';

const org = organization();
const gd = leaf('gd', 'guardduty', 'acct-app', { x: 600, y: 300 });
const inspector = leaf('ins', 'inspector', 'acct-app', { x: 700, y: 300 });
const macie = leaf('mac', 'macie', 'acct-sec', { x: 20, y: 44 });

ruleTester(SH_02, {
  valid: [
    { name: 'one detector kind alone', doc: diagram({ nodes: [...org, gd] }) },
    {
      name: 'two GuardDuty nodes are still one kind',
      doc: diagram({ nodes: [...org, gd, leaf('gd2', 'guardduty', 'acct-sec', { x: 20, y: 44 })] }),
    },
    {
      name: 'Security Hub in the organization covers all detectors',
      doc: diagram({
        nodes: [
          ...org,
          gd,
          inspector,
          macie,
          leaf('hub', 'security-hub', 'org', { x: 40, y: 500 }),
        ],
      }),
    },
    {
      name: 'Security Hub in the same account',
      doc: diagram({
        nodes: [...org, gd, inspector, leaf('hub', 'security-hub', 'acct-app', { x: 800, y: 300 })],
      }),
    },
    {
      name: 'a detector linked by a findings edge to a Security Hub in another account',
      doc: diagram({
        nodes: [...org, gd, macie, leaf('hub', 'security-hub', 'acct-sec', { x: 140, y: 44 })],
        edges: [{ source: 'gd', target: 'hub' }],
      }),
    },
  ],
  invalid: [
    {
      name: 'GuardDuty and Macie, no Security Hub: each is reported',
      doc: diagram({ nodes: [...org, { ...gd, label: 'threats' }, macie] }),
      findings: [{ nodes: ['gd'], messageIncludes: "'threats'" }, { nodes: ['mac'] }],
    },
    {
      name: 'Security Hub in one account leaves the other account’s detectors out',
      doc: diagram({
        nodes: [
          ...org,
          gd,
          inspector,
          macie,
          leaf('hub', 'security-hub', 'acct-sec', { x: 140, y: 44 }),
        ],
      }),
      findings: [{ nodes: ['gd'] }, { nodes: ['ins'] }],
    },
    {
      name: 'a monitors edge to Security Hub is not a findings link',
      doc: diagram({
        nodes: [...org, gd, macie, leaf('hub', 'security-hub', 'acct-sec', { x: 140, y: 44 })],
        edges: [{ source: 'hub', target: 'gd', kind: 'monitors' }],
      }),
      findings: [{ nodes: ['gd'] }],
    },
  ],
});
