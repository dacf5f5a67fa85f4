import { describe, expect, it } from 'vitest';
import { diagram, ruleTester } from '../testing';
import { SH_01 } from './SH-01';
import { addedNodes, expectCleanFix } from './fixTesting';
import { leaf, organization } from './testFixtures';

const org = organization();
const hub = (props = {}) => leaf('hub', 'security-hub', 'acct-sec', { x: 20, y: 44 }, props);

ruleTester(SH_01, {
  valid: [
    {
      name: 'AWS Config in the same account',
      doc: diagram({
        nodes: [...org, hub(), leaf('cfg', 'config', 'acct-sec', { x: 20, y: 200 })],
      }),
    },
    {
      name: 'AWS Config for the whole organization',
      doc: diagram({ nodes: [...org, hub(), leaf('cfg', 'config', 'org', { x: 40, y: 500 })] }),
    },
    {
      name: 'no standards: nothing needs AWS Config',
      doc: diagram({ nodes: [...org, hub({ standards: [] })] }),
    },
  ],
  invalid: [
    {
      name: 'both standards (the default), no AWS Config',
      doc: diagram({ nodes: [...org, hub()] }),
      findings: [{ nodes: ['hub'], messageIncludes: 'CIS AWS Foundations Benchmark' }],
    },
    {
      name: 'FSBP only, AWS Config in a sibling account',
      doc: diagram({
        nodes: [
          ...org,
          hub({ standards: ['fsbp'] }),
          leaf('cfg', 'config', 'acct-app', { x: 600, y: 300 }),
        ],
      }),
      findings: [{ nodes: ['hub'], messageIncludes: 'Foundational Security Best Practices' }],
    },
  ],
});

describe('SH-01 fix', () => {
  it('adds AWS Config next to the Security Hub, in its account', () => {
    const doc = diagram({ nodes: [...org, hub()] });
    const fixed = expectCleanFix(SH_01, doc);
    expect(addedNodes(doc, fixed)).toMatchObject([{ kind: 'config', parent: 'acct-sec' }]);
  });

  it('fixes only the hub it was asked for', () => {
    const doc = diagram({
      nodes: [...org, hub(), leaf('hub2', 'security-hub', 'acct-app', { x: 600, y: 300 })],
    });
    const fixed = expectCleanFix(SH_01, doc, 'hub2');
    expect(addedNodes(doc, fixed)).toMatchObject([{ kind: 'config', parent: 'acct-app' }]);
  });
});
