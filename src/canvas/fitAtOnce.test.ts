import { describe, expect, it } from 'vitest';
import { getViewportForBounds } from '@xyflow/react';
import type { InternalNode } from '@xyflow/react';
import { viewportToFit } from './fitAtOnce';

function placed(id: string, x: number, y: number, width?: number, height?: number, hidden = false) {
  return {
    id,
    hidden,
    position: { x, y },
    data: {},
    measured: { width, height },
    internals: { positionAbsolute: { x, y }, z: 0, userNode: { id } },
  } as unknown as InternalNode;
}

/** React Flow's node lookup holding `nodes`. */
function lookup(...nodes: InternalNode[]): Map<string, InternalNode> {
  return new Map(nodes.map((node) => [node.id, node]));
}

const area = { width: 1000, height: 500, minZoom: 0.05, maxZoom: 1.25 };

describe('viewportToFit', () => {
  it('frames the drawn bounds of every visible node as React Flow would frame them', () => {
    const viewport = viewportToFit(
      lookup(
        placed('a', 0, 0, 100, 100),
        placed('b', 1900, 400, 100, 100),
        placed('c', 50, 50, 10, 10),
      ),
      area,
      0.2,
    )!;
    const bounds = { x: 0, y: 0, width: 2000, height: 500 };
    expect(viewport).toEqual(getViewportForBounds(bounds, 1000, 500, 0.05, 1.25, 0.2));
    // the width decides the zoom; the height is centred
    expect(viewport.zoom).toBeLessThan(0.5);
    expect(viewport.y).toBeCloseTo((500 - 500 * viewport.zoom) / 2, 0);
  });

  it('leaves hidden nodes out and keeps to the zoom range', () => {
    const viewport = viewportToFit(
      lookup(placed('a', 0, 0, 10, 10), placed('far', 90_000, 0, 10, 10, true)),
      area,
      0,
    )!;
    expect(viewport.zoom).toBe(1.25);
    expect(viewport.x).toBeCloseTo(500 - 5 * 1.25, 6);
  });

  it('gives null while a visible node is unmeasured, or with nothing to frame', () => {
    expect(
      viewportToFit(lookup(placed('a', 0, 0, 100, 100), placed('b', 5, 5)), area, 0.1),
    ).toBeNull();
    expect(viewportToFit(lookup(), area, 0.1)).toBeNull();
    expect(viewportToFit(lookup(placed('a', 0, 0, 10, 10, true)), area, 0.1)).toBeNull();
    expect(viewportToFit(lookup(placed('a', 0, 0, 10, 10)), { ...area, width: 0 }, 0.1)).toBeNull();
  });
});
