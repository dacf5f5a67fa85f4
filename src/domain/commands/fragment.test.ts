import { describe, expect, it } from 'vitest';
import { copyFragment, duplicate, pasteFragment } from './index';
import { diagram, frozen, nested, node } from './testing';
import type { Diagram } from '../document/types';
import { absolutePosition } from '../document/geometry';

function network(): Diagram {
  return frozen({
    ...diagram(
      [
        node('vpc-1', 'vpc', { position: { x: 100, y: 100 } }),
        node('subnet-1', 'subnet', { parent: 'vpc-1', position: { x: 10, y: 10 } }),
        node('subnet-2', 'subnet', { parent: 'vpc-1', position: { x: 300, y: 10 } }),
        node('sg-1', 'security-group', {
          parent: 'subnet-1',
          position: { x: 5, y: 5 },
          props: { inbound: [{ protocol: 'tcp', ports: '443', source: 'sg-1' }] },
        }),
        node('alb-1', 'alb', {
          parent: 'vpc-1',
          position: { x: 200, y: 200 },
          props: { subnets: ['subnet-1', 'subnet-2'] },
        }),
        node('ec2-1', 'ec2', { parent: 'sg-1', position: { x: 1, y: 1 } }),
        node('waf-1', 'waf', { position: { x: 900, y: 0 } }),
      ],
      [
        {
          id: 'e1',
          source: 'alb-1',
          target: 'ec2-1',
          kind: 'traffic',
          props: { port: 8080, protocol: 'tcp' },
        },
        { id: 'e2', source: 'waf-1', target: 'alb-1', kind: 'protects' },
      ],
    ),
  });
}

describe('copyFragment', () => {
  it('takes the nodes, their descendants and the edges among them, as plain JSON', () => {
    const fragment = copyFragment(network(), ['subnet-1', 'alb-1']);
    expect(fragment.nodes.map((n) => n.id)).toEqual(['subnet-1', 'sg-1', 'alb-1', 'ec2-1']);
    expect(fragment.edges.map((e) => e.id)).toEqual(['e1']);
    expect(fragment.roots).toEqual([
      { id: 'subnet-1', position: { x: 110, y: 110 } },
      { id: 'alb-1', position: { x: 300, y: 300 } },
    ]);
    expect(JSON.parse(JSON.stringify(fragment))).toEqual(fragment);
  });
});

describe('pasteFragment', () => {
  it('pastes nothing at an offset that is not finite', () => {
    const doc = nested();
    const result = pasteFragment(doc, copyFragment(doc, ['vpc-1']), { offset: { x: NaN, y: 0 } });
    expect(result).toEqual({ doc, ids: [] });
  });

  it('gives everything new ids, keeps nesting and re-points edges and references', () => {
    const doc = network();
    const fragment = copyFragment(doc, ['subnet-1', 'alb-1']);
    const result = pasteFragment(doc, fragment, { offset: { x: 10, y: 20 } });
    expect(result.ids).toEqual(['subnet-3', 'security-group-1', 'alb-2', 'ec2-2']);
    const pasted = (id: string) => result.doc.nodes.find((n) => n.id === id);
    expect(pasted('subnet-3')).toMatchObject({ parent: 'vpc-1', position: { x: 20, y: 30 } });
    expect(pasted('security-group-1')).toMatchObject({
      parent: 'subnet-3',
      position: { x: 5, y: 5 },
    });
    expect(pasted('security-group-1')?.props.inbound).toEqual([
      { protocol: 'tcp', ports: '443', source: 'security-group-1' },
    ]);
    expect(pasted('ec2-2')?.parent).toBe('security-group-1');
    // subnet-1 was copied (remapped); subnet-2 was not (kept).
    expect(pasted('alb-2')?.props.subnets).toEqual(['subnet-3', 'subnet-2']);
    const edge = result.doc.edges[result.doc.edges.length - 1];
    expect(edge).toEqual({
      id: 'e-alb-2-ec2-2',
      source: 'alb-2',
      target: 'ec2-2',
      kind: 'traffic',
      props: { port: 8080, protocol: 'tcp' },
    });
    expect(result.doc.edges).toHaveLength(3);
  });

  it('pastes into another parent at the same screen place, or at top level', () => {
    const doc = network();
    const fragment = copyFragment(doc, ['ec2-1']);
    const before = absolutePosition(doc, 'ec2-1');
    const top = pasteFragment(doc, fragment, { offset: { x: 0, y: 0 }, parent: null });
    expect(top.doc.nodes.find((n) => n.id === top.ids[0])).toMatchObject({ position: before });
    expect(top.doc.nodes.find((n) => n.id === top.ids[0])).not.toHaveProperty('parent');
    const inVpc = pasteFragment(doc, fragment, { offset: { x: 0, y: 0 }, parent: 'vpc-1' });
    expect(absolutePosition(inVpc.doc, inVpc.ids[0])).toEqual(before);
  });

  it('goes to top level when the original parent no longer exists', () => {
    const fragment = copyFragment(network(), ['ec2-1']);
    const result = pasteFragment(frozen(diagram([])), fragment, { offset: { x: 0, y: 0 } });
    expect(result.doc.nodes[0]).not.toHaveProperty('parent');
    expect(result.doc.nodes[0].position).toEqual(absolutePosition(network(), 'ec2-1'));
  });

  it('returns the same doc for an empty fragment', () => {
    const doc = nested();
    expect(
      pasteFragment(doc, { nodes: [], edges: [], roots: [] }, { offset: { x: 0, y: 0 } }),
    ).toEqual({ doc, ids: [] });
  });
});

describe('duplicate', () => {
  it('copies into the same parents, 24 px down and right', () => {
    const doc = nested();
    const result = duplicate(doc, ['sub-1']);
    expect(result.ids).toEqual(['subnet-1', 'ec2-2']);
    expect(result.doc.nodes.find((n) => n.id === 'subnet-1')).toMatchObject({
      parent: 'vpc-1',
      position: { x: 44, y: 54 },
      size: { width: 300, height: 200 },
    });
    expect(result.doc.nodes.find((n) => n.id === 'ec2-2')).toMatchObject({
      parent: 'subnet-1',
      position: { x: 5, y: 5 },
    });
    expect(doc.nodes).toHaveLength(4);
  });
});
