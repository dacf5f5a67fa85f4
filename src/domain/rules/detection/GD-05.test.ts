import { diagram, ruleTester } from '../testing';
import type { NodeSpec } from '../testing';
import { GD_05 } from './GD-05';

const gd = (id: string, parent: string | undefined, role: string): NodeSpec => ({
  id,
  kind: 'guardduty',
  props: { role },
  ...(parent ? { parent } : {}),
});

/** `org` with accounts `sec`, `app1`, `app2`; and a second organization `org2` with `other`. */
const accounts: NodeSpec[] = [
  { id: 'org', kind: 'organization', label: 'acme' },
  { id: 'sec', kind: 'account', parent: 'org' },
  { id: 'app1', kind: 'account', parent: 'org' },
  { id: 'app2', kind: 'account', parent: 'org' },
  { id: 'org2', kind: 'organization' },
  { id: 'other', kind: 'account', parent: 'org2' },
];

ruleTester(GD_05, {
  valid: [
    {
      name: 'one administrator, members in the other accounts',
      doc: diagram({
        nodes: [
          ...accounts,
          gd('admin', 'sec', 'administrator'),
          gd('m1', 'app1', 'member'),
          gd('m2', 'app2', 'member'),
        ],
      }),
    },
    {
      name: 'the administrator counts from any depth (a Region of the security account)',
      doc: diagram({
        nodes: [
          ...accounts,
          { id: 'r', kind: 'region', parent: 'sec' },
          gd('admin', 'r', 'administrator'),
          gd('m1', 'app1', 'member'),
        ],
      }),
    },
    {
      name: 'one administrator in each of two organizations',
      doc: diagram({
        nodes: [...accounts, gd('a1', 'sec', 'administrator'), gd('a2', 'other', 'administrator')],
      }),
    },
    {
      name: 'standalone GuardDuty everywhere',
      doc: diagram({
        nodes: [...accounts, gd('s1', 'app1', 'standalone'), gd('s2', 'app2', 'standalone')],
      }),
    },
    {
      name: 'a member outside any organization, invited by an administrator drawn elsewhere',
      doc: diagram({
        nodes: [
          ...accounts,
          { id: 'lone', kind: 'account' },
          gd('admin', 'sec', 'administrator'),
          gd('m', 'lone', 'member'),
        ],
      }),
    },
    {
      name: 'two administrators outside any organization (nothing says they share one)',
      doc: diagram({
        nodes: [
          { id: 'x', kind: 'account' },
          { id: 'y', kind: 'account' },
          gd('ax', 'x', 'administrator'),
          gd('ay', 'y', 'administrator'),
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'two administrators in one organization',
      doc: diagram({
        nodes: [
          ...accounts,
          gd('a1', 'sec', 'administrator'),
          gd('a2', 'app1', 'administrator'),
          gd('m', 'app2', 'member'),
        ],
      }),
      findings: [{ nodes: ['a1', 'a2', 'org'], messageIncludes: "'acme'" }],
    },
    {
      name: 'members in an organization without administrator: one finding each',
      doc: diagram({
        nodes: [...accounts, gd('m1', 'app1', 'member'), gd('m2', 'app2', 'member')],
      }),
      findings: [{ nodes: ['m1', 'org'] }, { nodes: ['m2', 'org'] }],
    },
    {
      name: 'an administrator of another organization does not count',
      doc: diagram({
        nodes: [...accounts, gd('a', 'other', 'administrator'), gd('m', 'app1', 'member')],
      }),
      findings: [{ nodes: ['m', 'org'] }],
    },
    {
      name: 'a member outside any organization with no administrator anywhere',
      doc: diagram({ nodes: [{ id: 'lone', kind: 'account' }, gd('m', 'lone', 'member')] }),
      findings: [{ nodes: ['m'] }],
    },
  ],
});
