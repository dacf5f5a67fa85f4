import { describe, expect, it } from 'vitest';
import type { Diagram, DiagramNode } from '../domain/document/types';
import { emptyDiagram } from '../domain/document/types';
import { LEAF_SIZE } from '../domain/kinds/catalogue';
import { canvasRect, edgeById, nodeById, outermostOf } from './docIndex';

function n(id: string, kind: DiagramNode['kind'], parent?: string): DiagramNode {
  return { id, kind, props: {}, ...(parent ? { parent } : {}) };
}

const doc: Diagram = {
  ...emptyDiagram(),
  nodes: [n('vpc', 'vpc'), n('sn', 'subnet', 'vpc'), n('ec2', 'ec2', 'sn'), n('s3', 's3')],
  edges: [
    {
      id: 'e1',
      source: 'ec2',
      target: 's3',
      kind: 'traffic',
      props: { port: 443, protocol: 'tcp' },
    },
  ],
};

describe('docIndex', () => {
  it('finds nodes and edges by id, and nothing for an unknown id', () => {
    expect(nodeById(doc, 'sn')?.kind).toBe('subnet');
    expect(nodeById(doc, 'nope')).toBeUndefined();
    expect(edgeById(doc, 'e1')?.target).toBe('s3');
  });

  it('answers from a new index when the document object changes', () => {
    const renamed: Diagram = {
      ...doc,
      nodes: doc.nodes.map((x) => (x.id === 'sn' ? { ...x, label: 'web' } : x)),
    };
    expect(nodeById(renamed, 'sn')?.label).toBe('web');
    expect(nodeById(doc, 'sn')?.label).toBeUndefined();
  });

  it('resolves canvas rectangles through the parent chain', () => {
    const placed: Diagram = {
      ...doc,
      nodes: [
        { ...n('vpc', 'vpc'), position: { x: 100, y: 50 }, size: { width: 600, height: 400 } },
        {
          ...n('sn', 'subnet', 'vpc'),
          position: { x: 20, y: 40 },
          size: { width: 300, height: 200 },
        },
        { ...n('ec2', 'ec2', 'sn'), position: { x: 10, y: 30 } },
      ],
    };
    expect(canvasRect(placed, 'ec2')).toEqual({ x: 130, y: 120, ...LEAF_SIZE });
    expect(canvasRect(placed, 'sn')).toEqual({ x: 120, y: 90, width: 300, height: 200 });
    expect(canvasRect(placed, 'nope')).toBeUndefined();
  });

  it('keeps only the outermost of nested ids', () => {
    expect(outermostOf(doc, ['ec2', 'vpc', 's3'])).toEqual(['vpc', 's3']);
    expect(outermostOf(doc, ['ec2', 'sn'])).toEqual(['sn']);
  });
});
