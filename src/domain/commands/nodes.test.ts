import { describe, expect, it } from 'vitest';
import { addNode, resizeNode, updateNode } from './index';
import { diagram, frozen, nested, node } from './testing';
import { defaultProps, sizeOfKind } from '../kinds/catalogue';

describe('addNode', () => {
  it('puts a node asked for at a position that is not finite at the origin', () => {
    const { doc } = addNode(frozen(diagram([])), { kind: 'ec2', position: { x: NaN, y: 5 } });
    expect(doc.nodes[0].position).toEqual({ x: 0, y: 0 });
  });

  it('numbers ids per kind and fills every default prop', () => {
    const first = addNode(frozen(diagram([])), { kind: 'ec2', position: { x: 1, y: 2 } });
    expect(first.id).toBe('ec2-1');
    const second = addNode(first.doc, { kind: 'ec2', position: { x: 3, y: 4 } });
    expect(second.id).toBe('ec2-2');
    expect(second.doc.nodes[1]).toEqual({
      id: 'ec2-2',
      kind: 'ec2',
      position: { x: 3, y: 4 },
      props: defaultProps('ec2'),
    });
  });

  it('continues after the highest number in use', () => {
    const doc = diagram([node('ec2-7', 'ec2'), node('ec2-x', 'ec2')]);
    expect(addNode(doc, { kind: 'ec2', position: { x: 0, y: 0 } }).id).toBe('ec2-8');
  });

  it('gives a container its kind’s size and puts the node in a container parent', () => {
    const { doc, id } = addNode(nested(), {
      kind: 'subnet',
      position: { x: 1, y: 1 },
      parent: 'vpc-1',
      label: 'Public A',
    });
    const added = doc.nodes.find((n) => n.id === id);
    expect(added).toMatchObject({ parent: 'vpc-1', label: 'Public A', size: sizeOfKind('subnet') });
  });

  it('puts the node at top level when the parent is not a container', () => {
    const { doc, id } = addNode(nested(), {
      kind: 'ec2',
      position: { x: 1, y: 1 },
      parent: 'waf-1',
    });
    expect(doc.nodes.find((n) => n.id === id)).not.toHaveProperty('parent');
  });

  it('merges the given props, ignoring unknown and ill-typed ones', () => {
    const { doc } = addNode(diagram([]), {
      kind: 'ec2',
      position: { x: 0, y: 0 },
      props: { publicIp: true, elasticIp: 'yes', bogus: 1 },
    });
    expect(doc.nodes[0].props).toEqual({ ...defaultProps('ec2'), publicIp: true });
  });
});

describe('updateNode', () => {
  it('sets the label and merges props', () => {
    const doc = updateNode(nested(), 'ec2-1', { label: 'web', props: { publicIp: true } });
    expect(doc.nodes[2]).toMatchObject({
      label: 'web',
      props: { ...defaultProps('ec2'), publicIp: true },
    });
  });

  it('removes the label when given an empty one', () => {
    const labelled = updateNode(nested(), 'ec2-1', { label: 'web' });
    expect(updateNode(labelled, 'ec2-1', { label: '' }).nodes[2]).not.toHaveProperty('label');
  });

  it('returns the same doc when nothing changes', () => {
    const doc = nested();
    expect(updateNode(doc, 'ec2-1', { props: { publicIp: false } })).toBe(doc);
    expect(updateNode(doc, 'ec2-1', { props: { publicIp: 'no' } })).toBe(doc);
    expect(updateNode(doc, 'missing', { label: 'x' })).toBe(doc);
  });

  it('accepts valid rule rows and ignores a list with an invalid row', () => {
    const sg = frozen(diagram([node('sg-1', 'security-group')]));
    const row = { protocol: 'tcp', ports: '443', source: '0.0.0.0/0' };
    expect(updateNode(sg, 'sg-1', { props: { inbound: [row] } }).nodes[0].props.inbound).toEqual([
      row,
    ]);
    expect(updateNode(sg, 'sg-1', { props: { inbound: [row, { protocol: 'tcp' }] } })).toBe(sg);
  });
});

describe('resizeNode', () => {
  it('sets a container’s size and optionally its position', () => {
    const doc = resizeNode(nested(), 'sub-1', { width: 50, height: 60 }, { x: 1, y: 2 });
    expect(doc.nodes[1]).toMatchObject({
      size: { width: 50, height: 60 },
      position: { x: 1, y: 2 },
    });
  });

  it('changes nothing for a leaf, a bad size or the same size', () => {
    const doc = nested();
    expect(resizeNode(doc, 'ec2-1', { width: 50, height: 60 })).toBe(doc);
    expect(resizeNode(doc, 'sub-1', { width: 0, height: 60 })).toBe(doc);
    expect(resizeNode(doc, 'sub-1', { width: NaN, height: 60 })).toBe(doc);
    expect(resizeNode(doc, 'sub-1', { width: 300, height: 200 })).toBe(doc);
  });
});
