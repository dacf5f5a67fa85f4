import { describe, expect, it } from 'vitest';
import type { Diagram, DiagramEdge, DiagramNode } from '../domain/document/types';
import { emptyDiagram } from '../domain/document/types';
import { LEAF_SIZE } from '../domain/kinds/catalogue';
import { edgeText, toFlowEdges, toFlowNodes, withResizedHandles } from './flowMapping';

const NONE = { nodes: [], edges: [] };

function node(
  id: string,
  kind: DiagramNode['kind'],
  extra: Partial<DiagramNode> = {},
): DiagramNode {
  return { id, kind, props: {}, position: { x: 0, y: 0 }, ...extra };
}

function traffic(
  id: string,
  source: string,
  target: string,
  extra: Partial<DiagramEdge> = {},
): DiagramEdge {
  return { id, source, target, kind: 'traffic', props: { port: 443, protocol: 'tcp' }, ...extra };
}

// The child comes before its parent in the file: the mapping must reorder.
const doc: Diagram = {
  ...emptyDiagram(),
  nodes: [
    node('ec2', 'ec2', { parent: 'sn', position: { x: 300, y: 40 } }),
    node('vpc', 'vpc', { size: { width: 800, height: 500 } }),
    node('sn', 'subnet', {
      parent: 'vpc',
      position: { x: 20, y: 40 },
      size: { width: 500, height: 300 },
    }),
    node('alb', 'alb', { parent: 'sn', position: { x: 40, y: 40 } }),
  ],
  edges: [traffic('e1', 'alb', 'ec2'), traffic('dangling', 'alb', 'gone')],
};

describe('toFlowNodes', () => {
  it('puts parents first and maps parent, relative position, size and type', () => {
    const nodes = toFlowNodes([], doc, NONE);
    expect(nodes.map((n) => n.id)).toEqual(['vpc', 'sn', 'ec2', 'alb']);
    const ec2 = nodes.find((n) => n.id === 'ec2')!;
    expect(ec2).toMatchObject({
      type: 'leaf',
      parentId: 'sn',
      position: { x: 300, y: 40 },
      ...LEAF_SIZE,
    });
    const sn = nodes.find((n) => n.id === 'sn')!;
    expect(sn).toMatchObject({ type: 'container', parentId: 'vpc', width: 500, height: 300 });
    expect(nodes.find((n) => n.id === 'vpc')!.parentId).toBeUndefined();
  });

  it('marks the selection', () => {
    const nodes = toFlowNodes([], doc, { nodes: ['alb'], edges: [] });
    expect(nodes.filter((n) => n.selected).map((n) => n.id)).toEqual(['alb']);
  });

  it("tells React Flow each node's size and its four handles, so it measures nothing", () => {
    const sn = toFlowNodes([], doc, NONE).find((n) => n.id === 'sn')!;
    expect(sn.measured).toEqual({ width: 500, height: 300 });
    expect(sn.handles?.map((h) => [h.id, h.position])).toEqual([
      ['top', 'top'],
      ['right', 'right'],
      ['bottom', 'bottom'],
      ['left', 'left'],
    ]);
    // The right handle straddles the inner edge of the container's border.
    const right = sn.handles!.find((h) => h.id === 'right')!;
    expect(right.x + right.width! / 2).toBe(500 - 2);
    expect(right.y + right.height! / 2).toBe(150);
  });

  it('reuses unchanged node objects and the array itself when nothing changed', () => {
    const first = toFlowNodes([], doc, NONE);
    expect(toFlowNodes(first, doc, NONE)).toBe(first);
    const moved: Diagram = {
      ...doc,
      nodes: doc.nodes.map((n) => (n.id === 'vpc' ? { ...n, position: { x: 16, y: 0 } } : n)),
    };
    const next = toFlowNodes(first, moved, NONE);
    expect(next).not.toBe(first);
    expect(next.find((n) => n.id === 'vpc')).not.toBe(first.find((n) => n.id === 'vpc'));
    expect(next.find((n) => n.id === 'ec2')).toBe(first.find((n) => n.id === 'ec2'));
  });

  it('keeps the position of a node React Flow is dragging and its measurement', () => {
    const first = toFlowNodes([], doc, NONE).map((n) =>
      n.id === 'ec2'
        ? { ...n, dragging: true, position: { x: 999, y: 9 }, measured: { width: 96, height: 88 } }
        : n,
    );
    const relabelled: Diagram = {
      ...doc,
      nodes: doc.nodes.map((n) => (n.id === 'ec2' ? { ...n, label: 'web' } : n)),
    };
    const ec2 = toFlowNodes(first, relabelled, { nodes: ['ec2'], edges: [] }).find(
      (n) => n.id === 'ec2',
    )!;
    expect(ec2.position).toEqual({ x: 999, y: 9 });
    expect(ec2.measured).toEqual({ width: 96, height: 88 });
  });
});

describe('toFlowEdges', () => {
  it('maps kind, the fixed handles and the port/protocol text, and skips dangling edges', () => {
    const edges = toFlowEdges([], doc, { nodes: [], edges: ['e1'] });
    expect(edges).toHaveLength(1);
    expect(edges[0]).toMatchObject({
      id: 'e1',
      type: 'traffic',
      source: 'alb',
      target: 'ec2',
      sourceHandle: 'right',
      targetHandle: 'left',
      selected: true,
      data: { text: '443/tcp' },
    });
  });

  it('reuses edges when nothing changed', () => {
    const first = toFlowEdges([], doc, NONE);
    expect(toFlowEdges(first, doc, NONE)).toBe(first);
    expect(toFlowEdges(first, doc, { nodes: [], edges: ['e1'] })).not.toBe(first);
  });

  it('keeps every edge object when its nodes move to the other side (the edge draws its sides)', () => {
    const first = toFlowEdges([], doc, NONE);
    const moved: Diagram = {
      ...doc,
      nodes: doc.nodes.map((n) => (n.id === 'ec2' ? { ...n, position: { x: -900, y: 900 } } : n)),
    };
    expect(toFlowEdges(first, moved, NONE)).toBe(first);
  });
});

describe('edgeText', () => {
  it('shows port/protocol for TCP and UDP, the protocol alone otherwise, after the label', () => {
    expect(edgeText(traffic('a', 'x', 'y'))).toBe('443/tcp');
    expect(
      edgeText(traffic('a', 'x', 'y', { props: { port: '1024-65535', protocol: 'udp' } })),
    ).toBe('1024-65535/udp');
    expect(edgeText(traffic('a', 'x', 'y', { props: { port: 0, protocol: 'icmp' } }))).toBe('icmp');
    expect(edgeText(traffic('a', 'x', 'y', { label: 'HTTPS' }))).toBe('HTTPS · 443/tcp');
    expect(edgeText({ id: 'p', source: 'w', target: 'c', kind: 'protects' })).toBeUndefined();
    expect(
      edgeText({ id: 'p', source: 'w', target: 'c', kind: 'logs', label: 'access logs' }),
    ).toBe('access logs');
  });
});

describe('withResizedHandles', () => {
  it('moves the handles of nodes React Flow resized, and only theirs', () => {
    const nodes = toFlowNodes([], doc, NONE);
    const resizing = nodes.map((n) =>
      n.id === 'sn' ? { ...n, measured: { width: 700, height: 400 } } : n,
    );
    const out = withResizedHandles(resizing, new Set(['sn']));
    const right = out.find((n) => n.id === 'sn')!.handles!.find((h) => h.id === 'right')!;
    expect(right.x + right.width! / 2).toBe(700 - 2);
    expect(out.find((n) => n.id === 'vpc')).toBe(resizing.find((n) => n.id === 'vpc'));
    expect(withResizedHandles(resizing, new Set())).toBe(resizing);
  });
});
