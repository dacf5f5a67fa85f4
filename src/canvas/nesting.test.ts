import { describe, expect, it } from 'vitest';
import type { Diagram, DiagramNode } from '../domain/document/types';
import { emptyDiagram } from '../domain/document/types';
import { sizeOfKind } from '../domain/kinds/catalogue';
import { dropParentAt, nestingMoves, placeNewNode } from './nesting';

function node(
  id: string,
  kind: DiagramNode['kind'],
  extra: Partial<DiagramNode> = {},
): DiagramNode {
  return { id, kind, props: {}, ...extra };
}

// On the canvas: vpc at (100,100) 800x600, subnet A at (120,140) 400x300, subnet B at (560,140), ec2 in A.
const doc: Diagram = {
  ...emptyDiagram(),
  nodes: [
    node('vpc', 'vpc', { position: { x: 100, y: 100 }, size: { width: 800, height: 600 } }),
    node('a', 'subnet', {
      parent: 'vpc',
      position: { x: 20, y: 40 },
      size: { width: 400, height: 300 },
    }),
    node('b', 'subnet', {
      parent: 'vpc',
      position: { x: 460, y: 40 },
      size: { width: 300, height: 300 },
    }),
    node('ec2', 'ec2', { parent: 'a', position: { x: 50, y: 60 } }),
  ],
  edges: [],
};

describe('dropParentAt', () => {
  it('finds the deepest container under the point, or none over empty canvas', () => {
    expect(dropParentAt(doc, { x: 200, y: 200 })).toBe('a');
    expect(dropParentAt(doc, { x: 150, y: 650 })).toBe('vpc');
    expect(dropParentAt(doc, { x: 10, y: 10 })).toBeNull();
  });

  it('never offers a moving container or anything inside it', () => {
    expect(dropParentAt(doc, { x: 200, y: 200 }, ['a'])).toBe('vpc');
    expect(dropParentAt(doc, { x: 200, y: 200 }, ['vpc'])).toBeNull();
  });
});

describe('nestingMoves', () => {
  it('re-parents a dragged node and keeps its place on screen', () => {
    // ec2 dragged 500 px right inside A's coordinates: now over subnet B.
    const moves = nestingMoves(doc, [{ id: 'ec2', position: { x: 550, y: 60 } }], 'b');
    // Absolute: A (120,140) + (550,60) = (670,200); B is at (560,140).
    expect(moves).toEqual([{ id: 'ec2', parent: 'b', position: { x: 110, y: 60 } }]);
  });

  it('moves to top level with the absolute position', () => {
    expect(nestingMoves(doc, [{ id: 'ec2', position: { x: -300, y: 0 } }], null)).toEqual([
      { id: 'ec2', parent: null, position: { x: -180, y: 140 } },
    ]);
  });

  it('leaves out nodes that travel inside a dragged container, and unchanged ones', () => {
    const moves = nestingMoves(
      doc,
      [
        { id: 'a', position: { x: 36, y: 40 } },
        { id: 'ec2', position: { x: 50, y: 60 } },
      ],
      'vpc',
    );
    expect(moves).toEqual([{ id: 'a', parent: 'vpc', position: { x: 36, y: 40 } }]);
    expect(nestingMoves(doc, [{ id: 'ec2', position: { x: 50, y: 60 } }], 'a')).toEqual([]);
  });

  it('refuses a parent inside the node itself and keeps the old parent', () => {
    expect(nestingMoves(doc, [{ id: 'vpc', position: { x: 132, y: 100 } }], 'a')).toEqual([
      { id: 'vpc', parent: null, position: { x: 132, y: 100 } },
    ]);
  });
});

describe('placeNewNode', () => {
  it('centres the new node on the point, relative to the container there', () => {
    const placed = placeNewNode(doc, 'ec2', { x: 700, y: 400 }, false);
    const size = sizeOfKind('ec2');
    expect(placed.parent).toBe('b');
    expect(placed.position).toEqual({
      x: 700 - size.width / 2 - 560,
      y: 400 - size.height / 2 - 140,
    });
  });

  it('snaps to the grid and steps aside from a node already in that exact place', () => {
    const first = placeNewNode(doc, 's3', { x: 1003, y: 1001 }, true);
    expect(first.parent).toBeNull();
    expect(first.position.x % 16).toBe(0);
    expect(first.position.y % 16).toBe(0);
    const withS3: Diagram = {
      ...doc,
      nodes: [...doc.nodes, node('s3', 's3', { position: first.position })],
    };
    const second = placeNewNode(withS3, 's3', { x: 1003, y: 1001 }, true);
    expect(second.position).toEqual({ x: first.position.x + 32, y: first.position.y + 32 });
  });
});
