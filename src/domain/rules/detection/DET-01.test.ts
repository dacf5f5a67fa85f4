import { describe, expect, it } from 'vitest';
import { diagram, ruleTester } from '../testing';
import { DET_01 } from './DET-01';
import { addedNodes, expectCleanFix } from './fixTesting';
import { leaf, organization } from './testFixtures';

const org = organization();
const detective = leaf('det', 'detective', 'acct-sec', { x: 20, y: 44 });

ruleTester(DET_01, {
  valid: [
    {
      name: 'GuardDuty in the same account',
      doc: diagram({
        nodes: [...org, detective, leaf('gd', 'guardduty', 'acct-sec', { x: 140, y: 44 })],
      }),
    },
    {
      name: 'GuardDuty in the organization',
      doc: diagram({
        nodes: [...org, detective, leaf('gd', 'guardduty', 'org', { x: 40, y: 500 })],
      }),
    },
    {
      name: 'GuardDuty at top level',
      doc: diagram({
        nodes: [...org, detective, leaf('gd', 'guardduty', undefined, { x: 1500, y: 0 })],
      }),
    },
  ],
  invalid: [
    {
      name: 'no GuardDuty',
      doc: diagram({ nodes: [...org, { ...detective, label: 'investigate' }] }),
      findings: [{ nodes: ['det'], messageIncludes: "'investigate'" }],
    },
    {
      name: 'GuardDuty only in a sibling account',
      doc: diagram({
        nodes: [...org, detective, leaf('gd', 'guardduty', 'acct-app', { x: 600, y: 300 })],
      }),
      findings: [{ nodes: ['det'] }],
    },
  ],
});

describe('DET-01 fix', () => {
  it("adds GuardDuty in the Detective's account", () => {
    const doc = diagram({ nodes: [...org, detective] });
    const fixed = expectCleanFix(DET_01, doc);
    const [gd] = addedNodes(doc, fixed);
    expect(gd).toMatchObject({
      kind: 'guardduty',
      parent: 'acct-sec',
      position: { x: 140, y: 44 },
    });
  });

  it('adds it at top level next to a top-level Detective', () => {
    const doc = diagram({ nodes: [leaf('det', 'detective', undefined, { x: 100, y: 100 })] });
    const fixed = expectCleanFix(DET_01, doc);
    expect(addedNodes(doc, fixed)[0]).toMatchObject({
      kind: 'guardduty',
      position: { x: 220, y: 100 },
    });
    expect(addedNodes(doc, fixed)[0].parent).toBeUndefined();
  });
});
