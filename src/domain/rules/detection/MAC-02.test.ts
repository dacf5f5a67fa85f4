import { diagram, ruleTester } from '../testing';
import { MAC_02 } from './MAC-02';
import { leaf, organization } from './testFixtures';

const org = organization();
const sensitive = {
  id: 'pii',
  kind: 's3' as const,
  parent: 'acct-app',
  label: 'customer-data',
  props: { sensitiveData: true },
};

ruleTester(MAC_02, {
  valid: [
    { name: 'buckets without sensitive data need no Macie', doc: diagram({ nodes: org }) },
    {
      name: 'Macie in the bucket’s account',
      doc: diagram({
        nodes: [...org, sensitive, leaf('mac', 'macie', 'acct-app', { x: 600, y: 300 })],
      }),
    },
    {
      name: 'Macie at top level',
      doc: diagram({
        nodes: [...org, sensitive, leaf('mac', 'macie', undefined, { x: 1500, y: 0 })],
      }),
    },
  ],
  invalid: [
    {
      name: 'no Macie',
      doc: diagram({ nodes: [...org, sensitive] }),
      findings: [{ nodes: ['pii'], messageIncludes: "'customer-data'" }],
    },
    {
      name: 'Macie only in a sibling account',
      doc: diagram({
        nodes: [...org, sensitive, leaf('mac', 'macie', 'acct-sec', { x: 20, y: 44 })],
      }),
      findings: [{ nodes: ['pii'] }],
    },
  ],
});
