import { describe, expect, it } from 'vitest';
import { diagram, ruleTester } from '../testing';
import type { NodeSpec } from '../testing';
import { FND_01 } from './FND-01';
import { addedNodes, expectCleanFix } from './fixTesting';
import { leaf, organization } from './testFixtures';

const org = organization();
const inSec = (id: string, kind: NodeSpec['kind'], x: number) =>
  leaf(id, kind, 'acct-sec', { x, y: 44 });

ruleTester(FND_01, {
  valid: [
    {
      name: 'GuardDuty → EventBridge → SNS',
      doc: diagram({
        nodes: [
          ...org,
          inSec('gd', 'guardduty', 20),
          inSec('eb', 'eventbridge', 140),
          inSec('topic', 'sns', 260),
        ],
        edges: [
          { source: 'gd', target: 'eb' },
          { source: 'eb', target: 'topic' },
        ],
      }),
    },
    {
      name: 'GuardDuty findings into Security Hub',
      doc: diagram({
        nodes: [...org, inSec('gd', 'guardduty', 20), inSec('hub', 'security-hub', 140)],
        edges: [{ source: 'gd', target: 'hub' }],
      }),
    },
    {
      name: 'Macie and Detective are not in the rule',
      doc: diagram({
        nodes: [
          ...org,
          inSec('mac', 'macie', 20),
          inSec('det', 'detective', 140),
          inSec('topic', 'sns', 260),
        ],
        edges: [
          { source: 'mac', target: 'topic' },
          { source: 'det', target: 'topic' },
        ],
      }),
    },
    {
      name: 'Inspector monitoring a Lambda function is not a findings edge',
      doc: diagram({
        nodes: [...org, inSec('ins', 'inspector', 20), inSec('fn', 'lambda', 140)],
        edges: [{ source: 'ins', target: 'fn', kind: 'monitors' }],
      }),
    },
  ],
  invalid: [
    {
      name: 'GuardDuty straight to SNS',
      doc: diagram({
        nodes: [
          ...org,
          { ...inSec('gd', 'guardduty', 20), label: 'gd-main' },
          inSec('topic', 'sns', 140),
        ],
        edges: [{ source: 'gd', target: 'topic' }],
      }),
      findings: [{ nodes: ['gd', 'topic'], messageIncludes: "'gd-main'" }],
    },
    {
      name: 'Inspector to Lambda and Security Hub to SNS',
      doc: diagram({
        nodes: [
          ...org,
          inSec('ins', 'inspector', 20),
          inSec('fn', 'lambda', 140),
          inSec('hub', 'security-hub', 260),
          inSec('topic', 'sns', 20),
        ],
        edges: [
          { source: 'ins', target: 'fn' },
          { source: 'hub', target: 'topic' },
        ],
      }),
      findings: [{ nodes: ['ins', 'fn'] }, { nodes: ['hub', 'topic'] }],
    },
  ],
});

describe('FND-01 fix', () => {
  it('puts a new EventBridge rule between, in the source’s scope', () => {
    const doc = diagram({
      nodes: [...org, inSec('gd', 'guardduty', 20), inSec('topic', 'sns', 260)],
      edges: [{ id: 'direct', source: 'gd', target: 'topic' }],
    });
    const fixed = expectCleanFix(FND_01, doc);
    const [eb] = addedNodes(doc, fixed);
    expect(eb).toMatchObject({ kind: 'eventbridge', parent: 'acct-sec' });
    expect(fixed.edges.map((e) => [e.source, e.target, e.kind])).toEqual([
      ['gd', eb.id, 'findings'],
      [eb.id, 'topic', 'notifies'],
    ]);
  });

  it('reuses the EventBridge rule the source already sends findings to', () => {
    const doc = diagram({
      nodes: [
        ...org,
        inSec('gd', 'guardduty', 20),
        inSec('eb', 'eventbridge', 140),
        inSec('q', 'sns', 260),
        inSec('fn', 'lambda', 20),
      ],
      edges: [
        { source: 'gd', target: 'eb' },
        { source: 'eb', target: 'q' },
        { id: 'direct', source: 'gd', target: 'fn' },
      ],
    });
    const fixed = expectCleanFix(FND_01, doc);
    expect(addedNodes(doc, fixed)).toEqual([]);
    expect(fixed.edges.some((e) => e.id === 'direct')).toBe(false);
    expect(fixed.edges.filter((e) => e.source === 'eb').map((e) => [e.target, e.kind])).toEqual([
      ['q', 'notifies'],
      ['fn', 'notifies'],
    ]);
  });

  it('fixes one edge and leaves the other finding alone', () => {
    const doc = diagram({
      nodes: [
        ...org,
        inSec('ins', 'inspector', 20),
        inSec('fn', 'lambda', 140),
        inSec('hub', 'security-hub', 260),
        inSec('topic', 'sns', 20),
      ],
      edges: [
        { source: 'ins', target: 'fn' },
        { source: 'hub', target: 'topic' },
      ],
    });
    const fixed = expectCleanFix(FND_01, doc, 'hub');
    expect(fixed.edges.some((e) => e.source === 'ins' && e.target === 'fn')).toBe(true);
  });
});
