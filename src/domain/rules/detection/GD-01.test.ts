import { describe, expect, it } from 'vitest';
import { absoluteRect } from '../../document/geometry';
import type { Diagram } from '../../document/types';
import { WORKLOAD_KINDS } from '../../graph/capabilities';
import { diagram, ruleTester, runOnly } from '../testing';
import { GD_05 } from './GD-05';
import { GD_01 } from './GD-01';
import { addedNodes, expectCleanFix } from './fixTesting';
import { leaf, organization } from './testFixtures';

const org = organization();

function overlapping(doc: Diagram, id: string): string[] {
  const a = absoluteRect(doc, id);
  const node = doc.nodes.find((n) => n.id === id)!;
  return doc.nodes
    .filter((n) => n.id !== id && n.parent === node.parent)
    .map((n) => ({ id: n.id, b: absoluteRect(doc, n.id) }))
    .filter(
      ({ b }) =>
        a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height,
    )
    .map(({ id: other }) => other);
}

ruleTester(GD_01, {
  valid: [
    {
      name: 'GuardDuty in the workload account',
      doc: diagram({ nodes: [...org, leaf('gd', 'guardduty', 'acct-app', { x: 600, y: 300 })] }),
    },
    {
      name: 'GuardDuty in the organization covers every account',
      doc: diagram({ nodes: [...org, leaf('gd', 'guardduty', 'org', { x: 40, y: 500 })] }),
    },
    {
      name: 'GuardDuty at top level covers the whole diagram',
      doc: diagram({ nodes: [...org, leaf('gd', 'guardduty', undefined, { x: 1500, y: 0 })] }),
    },
    {
      name: 'kinds that are not workloads need no GuardDuty',
      doc: diagram({
        nodes: [
          { id: 'cf', kind: 'cloudfront' },
          { id: 'topic', kind: 'sns' },
          { id: 'pool', kind: 'cognito-user-pool' },
          { id: 'sync', kind: 'appsync' },
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'no GuardDuty: every workload kind, named by label',
      doc: diagram({ nodes: [...org] }),
      findings: [
        { nodes: ['ec2'], messageIncludes: "'web-1'" },
        { nodes: ['s3'], messageIncludes: "'logs'" },
      ],
    },
    {
      name: 'each workload kind at top level',
      doc: diagram({ nodes: [...WORKLOAD_KINDS].map((kind) => ({ id: kind, kind })) }),
      findings: [...WORKLOAD_KINDS].map((kind) => ({ nodes: [kind] })),
    },
    {
      name: 'GuardDuty in a sibling account does not cover',
      doc: diagram({ nodes: [...org, leaf('gd', 'guardduty', 'acct-sec', { x: 20, y: 44 })] }),
      findings: [{ nodes: ['ec2'] }, { nodes: ['s3'] }],
    },
    {
      name: 'GuardDuty in one Region does not cover another Region of the account',
      doc: diagram({
        nodes: [
          { id: 'acct', kind: 'account' },
          { id: 'use1', kind: 'region', parent: 'acct' },
          { id: 'euw1', kind: 'region', parent: 'acct', props: { name: 'eu-west-1' } },
          { id: 'gd', kind: 'guardduty', parent: 'use1' },
          { id: 'fn-us', kind: 'lambda', parent: 'use1' },
          { id: 'fn-eu', kind: 'lambda', parent: 'euw1' },
        ],
      }),
      findings: [{ nodes: ['fn-eu'] }],
    },
  ],
});

describe('GD-01 fix', () => {
  it('adds GuardDuty to the workload account, beside the VPC, overlapping nothing', () => {
    const doc = diagram({ nodes: org });
    const fixed = expectCleanFix(GD_01, doc, 'ec2');
    const [gd] = addedNodes(doc, fixed);
    expect(gd).toMatchObject({ kind: 'guardduty', parent: 'acct-app' });
    expect(gd.props.role).toBe('standalone');
    expect(overlapping(fixed, gd.id)).toEqual([]);
    // The same GuardDuty covers the bucket in that account too.
    expect(runOnly(GD_01, fixed)).toEqual([]);
  });

  it('adds a member GuardDuty when the organization has an administrator', () => {
    const doc = diagram({
      nodes: [
        ...org,
        leaf('gd-admin', 'guardduty', 'acct-sec', { x: 20, y: 44 }, { role: 'administrator' }),
      ],
    });
    const fixed = expectCleanFix(GD_01, doc, 'ec2');
    const [gd] = addedNodes(doc, fixed);
    expect(gd.props.role).toBe('member');
    expect(runOnly(GD_05, fixed)).toEqual([]);
  });

  it('uses the organization when the workload is in no account', () => {
    const doc = diagram({
      nodes: [
        {
          id: 'o',
          kind: 'organization',
          position: { x: 0, y: 0 },
          size: { width: 300, height: 200 },
        },
        leaf('fn', 'lambda', 'o', { x: 20, y: 44 }),
      ],
    });
    const fixed = expectCleanFix(GD_01, doc);
    const [gd] = addedNodes(doc, fixed);
    expect(gd.parent).toBe('o');
    expect(overlapping(fixed, gd.id)).toEqual([]);
  });

  it('uses the top level for a workload in no account or organization', () => {
    const doc = diagram({
      nodes: [
        leaf('fn', 'lambda', undefined, { x: 0, y: 0 }),
        leaf('b', 's3', undefined, { x: 120, y: 0 }),
      ],
    });
    const fixed = expectCleanFix(GD_01, doc, 'fn');
    const [gd] = addedNodes(doc, fixed);
    expect(gd.parent).toBeUndefined();
    expect(overlapping(fixed, gd.id)).toEqual([]);
    expect(runOnly(GD_01, fixed)).toEqual([]);
  });

  it('leaves the other account uncovered (no account-wide shortcut)', () => {
    const doc = diagram({
      nodes: [...org, leaf('fn', 'lambda', 'acct-sec', { x: 20, y: 44 })],
    });
    const fixed = expectCleanFix(GD_01, doc, 'fn');
    expect(addedNodes(doc, fixed)[0].parent).toBe('acct-sec');
    expect(
      runOnly(GD_01, fixed)
        .map((f) => f.nodes[0])
        .sort(),
    ).toEqual(['ec2', 's3']);
  });
});
