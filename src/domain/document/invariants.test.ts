import { describe, expect, it } from 'vitest';
import { documentViolations } from './invariants';
import type { Diagram, DiagramEdge, DiagramNode } from './types';
import { diagram, node } from '../commands/testing';

/** vpc-1 > sub-1 > sg-1 > ec2-1, an S3 bucket, a traffic and a logs edge: sound. */
function sound(): Diagram {
  return {
    ...diagram(
      [
        node('vpc-1', 'vpc', { size: { width: 600, height: 400 } }),
        node('sub-1', 'subnet', { parent: 'vpc-1' }),
        node('sg-1', 'security-group', {
          parent: 'sub-1',
          props: { inbound: [{ protocol: 'tcp', ports: '443', source: '0.0.0.0/0' }] },
        }),
        node('ec2-1', 'ec2', { parent: 'sg-1', label: 'web' }),
        node('acl-1', 'network-acl', {
          parent: 'vpc-1',
          props: {
            inbound: [
              { rule: 100, protocol: 'all', ports: 'all', cidr: '0.0.0.0/0', action: 'allow' },
            ],
          },
        }),
        node('s3-1', 's3'),
      ],
      [
        {
          id: 'e1',
          source: 'ec2-1',
          target: 's3-1',
          kind: 'traffic',
          props: { port: 443, protocol: 'tcp' },
        },
        { id: 'e2', source: 'ec2-1', target: 's3-1', kind: 'logs' },
      ],
    ),
    accepted: [{ rule: 'S3-01', node: 's3-1', reason: 'demo' }],
  };
}

/** `sound()` with node `id` changed by `change`. */
function withNode(id: string, change: (n: DiagramNode) => DiagramNode): Diagram {
  const doc = sound();
  return { ...doc, nodes: doc.nodes.map((n) => (n.id === id ? change(n) : n)) };
}

function withEdge(k: number, change: (e: DiagramEdge) => DiagramEdge): Diagram {
  const doc = sound();
  return { ...doc, edges: doc.edges.map((e, i) => (i === k ? change(e) : e)) };
}

describe('documentViolations', () => {
  it('finds nothing wrong with a sound document', () => {
    expect(documentViolations(sound())).toEqual([]);
  });

  const broken: [string, () => Diagram, string][] = [
    [
      'a duplicate node id',
      () => withNode('s3-1', (n) => ({ ...n, id: 'ec2-1' })),
      'nodes[5].id: duplicate id',
    ],
    [
      'an empty node id',
      () => withNode('s3-1', (n) => ({ ...n, id: '' })),
      'nodes[5].id: not an id',
    ],
    [
      'an id over 128 characters',
      () => withNode('s3-1', (n) => ({ ...n, id: 'x'.repeat(129) })),
      'nodes[5].id',
    ],
    [
      'an unknown kind',
      () => withNode('s3-1', (n) => ({ ...n, kind: 'toaster' as never })),
      'nodes[5].kind: unknown kind',
    ],
    [
      'a missing parent',
      () => withNode('ec2-1', (n) => ({ ...n, parent: 'gone' })),
      'nodes[3].parent: no node "gone"',
    ],
    [
      'a leaf as parent',
      () => withNode('ec2-1', (n) => ({ ...n, parent: 's3-1' })),
      'nodes[3].parent: "s3-1" is not a container',
    ],
    [
      'a child before its parent',
      () => ({ ...sound(), nodes: [...sound().nodes].reverse() }),
      'comes after its child',
    ],
    ['a parent cycle', () => withNode('vpc-1', (n) => ({ ...n, parent: 'sg-1' })), 'parent cycle'],
    [
      'a node that is its own parent',
      () => withNode('vpc-1', (n) => ({ ...n, parent: 'vpc-1' })),
      'parent cycle',
    ],
    [
      'a missing prop',
      () => withNode('s3-1', (n) => ({ ...n, props: {} })),
      'nodes[5].props.blockPublicAccess: missing',
    ],
    [
      'an unknown prop',
      () => withNode('s3-1', (n) => ({ ...n, props: { ...n.props, color: 'red' } })),
      'not a prop of s3',
    ],
    [
      'a prop of the wrong type',
      () => withNode('s3-1', (n) => ({ ...n, props: { ...n.props, blockPublicAccess: 'yes' } })),
      'props.blockPublicAccess: not a boolean',
    ],
    [
      'an enum value that is no option',
      () => withNode('sub-1', (n) => ({ ...n, props: { ...n.props, tier: 'dmz' } })),
      'props.tier: no option',
    ],
    [
      'a rule row without ports',
      () =>
        withNode('sg-1', (n) => ({
          ...n,
          props: { ...n.props, inbound: [{ protocol: 'tcp', source: 'x' } as never] },
        })),
      'row 0: ports',
    ],
    [
      'a NACL row without a rule number',
      () =>
        withNode('acl-1', (n) => ({
          ...n,
          props: {
            ...n.props,
            inbound: [{ protocol: 'tcp', ports: '80', cidr: '0.0.0.0/0', action: 'deny' }],
          },
        })),
      'row 0: rule number',
    ],
    [
      'a size on a leaf',
      () => withNode('s3-1', (n) => ({ ...n, size: { width: 1, height: 1 } })),
      'a leaf has no size',
    ],
    [
      'a position that is not finite',
      () => withNode('s3-1', (n) => ({ ...n, position: { x: NaN, y: 0 } })),
      'position: not two finite',
    ],
    [
      'a label over the length limit',
      () => withNode('s3-1', (n) => ({ ...n, label: 'x'.repeat(501) })),
      'label: 501 characters',
    ],
    [
      'a duplicate edge id',
      () => withEdge(1, (e) => ({ ...e, id: 'e1' })),
      'edges[1].id: duplicate id',
    ],
    [
      'an edge to a missing node',
      () => withEdge(0, (e) => ({ ...e, target: 'gone' })),
      'edges[0].target: no node "gone"',
    ],
    [
      'an edge from a node to itself',
      () => withEdge(1, (e) => ({ ...e, target: 'ec2-1' })),
      'connects a node to itself',
    ],
    [
      'an unknown edge kind',
      () => withEdge(1, (e) => ({ ...e, kind: 'pipes' as never })),
      'edges[1].kind: unknown kind',
    ],
    [
      'the same link twice',
      () => withEdge(1, (e) => ({ ...e, kind: 'traffic', props: { port: 80, protocol: 'tcp' } })),
      'a second traffic edge',
    ],
    [
      'a traffic edge without props',
      () => withEdge(0, (e) => ({ ...e, props: undefined })),
      'edges[0].props: not a port',
    ],
    [
      'a traffic edge with a bad port',
      () => withEdge(0, (e) => ({ ...e, props: { port: 70000, protocol: 'tcp' } })),
      'edges[0].props: not a port',
    ],
    [
      'props on a non-traffic edge',
      () => withEdge(1, (e) => ({ ...e, props: { port: 1, protocol: 'tcp' } })),
      'only traffic edges have props',
    ],
    [
      'an acceptance of a missing node',
      () => ({ ...sound(), accepted: [{ rule: 'R', node: 'gone', reason: 'r' }] }),
      'accepted[0].node',
    ],
    [
      'the same acceptance twice',
      () => ({ ...sound(), accepted: [...(sound().accepted ?? []), ...(sound().accepted ?? [])] }),
      'accepted[1]: S3-01 on "s3-1" twice',
    ],
  ];

  it.each(broken)('catches %s', (_name, make, expected) => {
    const found = documentViolations(make());
    expect(
      found.some((v) => v.includes(expected)),
      found.join('\n'),
    ).toBe(true);
  });
});
