import { describe, expect, it } from 'vitest';
import { removeElements } from './index';
import { diagram, frozen, nested, node } from './testing';

describe('removeElements', () => {
  it('removes a node with everything inside it and every edge touching them', () => {
    const base = nested();
    const doc = removeElements(
      frozen({
        ...base,
        edges: [
          { id: 'e1', source: 'waf-1', target: 'ec2-1', kind: 'protects' },
          { id: 'e2', source: 'waf-1', target: 'vpc-1', kind: 'protects' },
        ],
      }),
      { nodes: ['sub-1'], edges: [] },
    );
    expect(doc.nodes.map((n) => n.id)).toEqual(['vpc-1', 'waf-1']);
    expect(doc.edges.map((e) => e.id)).toEqual(['e2']);
  });

  it('removes edges by id', () => {
    const doc = frozen(
      diagram(
        [node('a', 'ec2'), node('b', 'ec2')],
        [
          {
            id: 'e',
            source: 'a',
            target: 'b',
            kind: 'traffic',
            props: { port: 443, protocol: 'tcp' },
          },
        ],
      ),
    );
    expect(removeElements(doc, { nodes: [], edges: ['e'] }).edges).toEqual([]);
  });

  it('drops accepted findings of removed nodes', () => {
    const doc = frozen({
      ...diagram([node('a', 'ec2'), node('b', 'ec2')]),
      accepted: [
        { rule: 'R', node: 'a', reason: 'x' },
        { rule: 'R', node: 'b', reason: 'y' },
      ],
    });
    expect(removeElements(doc, { nodes: ['a'], edges: [] }).accepted).toEqual([
      { rule: 'R', node: 'b', reason: 'y' },
    ]);
    expect(removeElements(doc, { nodes: ['a', 'b'], edges: [] })).not.toHaveProperty('accepted');
  });

  it('removes deleted subnets from load balancers’ subnet lists', () => {
    const doc = frozen(
      diagram([
        node('vpc', 'vpc'),
        node('pub-a', 'subnet', { parent: 'vpc' }),
        node('pub-c', 'subnet', { parent: 'vpc' }),
        node('alb', 'alb', { parent: 'vpc', props: { subnets: ['pub-a', 'pub-c'] } }),
        node('nlb', 'nlb', { parent: 'vpc', props: { subnets: ['pub-c'] } }),
      ]),
    );
    const after = removeElements(doc, { nodes: ['pub-a'], edges: [] });
    expect(after.nodes.find((n) => n.id === 'alb')?.props.subnets).toEqual(['pub-c']);
    expect(after.nodes.find((n) => n.id === 'nlb')).toBe(doc.nodes[4]);
  });

  it('returns the same doc when nothing named exists', () => {
    const doc = nested();
    expect(removeElements(doc, { nodes: ['nope'], edges: ['nope'] })).toBe(doc);
    expect(removeElements(doc, { nodes: [], edges: [] })).toBe(doc);
  });
});
