import { describe, expect, it } from 'vitest';
import { diagram, ruleTester } from '../testing';
import { addedNodes, expectCleanFix } from '../detection/fixTesting';
import { leaf, organization } from '../detection/testFixtures';
import { FMS_02 } from './FMS-02';

const org = organization();
const manager = leaf('fms', 'firewall-manager', 'acct-sec', { x: 20, y: 44 });

ruleTester(FMS_02, {
  valid: [
    {
      name: 'AWS Config in the same account',
      doc: diagram({
        nodes: [...org, manager, leaf('cfg', 'config', 'acct-sec', { x: 140, y: 44 })],
      }),
    },
    {
      name: 'AWS Config in the organization',
      doc: diagram({ nodes: [...org, manager, leaf('cfg', 'config', 'org', { x: 40, y: 500 })] }),
    },
  ],
  invalid: [
    {
      name: 'no AWS Config',
      doc: diagram({ nodes: [...org, { ...manager, label: 'fw-admin' }] }),
      findings: [{ nodes: ['fms'], messageIncludes: "'fw-admin'" }],
    },
    {
      name: 'AWS Config only in a workload account',
      doc: diagram({
        nodes: [...org, manager, leaf('cfg', 'config', 'acct-app', { x: 600, y: 300 })],
      }),
      findings: [{ nodes: ['fms'] }],
    },
  ],
});

describe('FMS-02 fix', () => {
  it('adds AWS Config next to the Firewall Manager, in its account', () => {
    const doc = diagram({ nodes: [...org, manager] });
    const fixed = expectCleanFix(FMS_02, doc);
    expect(addedNodes(doc, fixed)).toMatchObject([
      { kind: 'config', parent: 'acct-sec', position: { x: 140, y: 44 } },
    ]);
  });
});
