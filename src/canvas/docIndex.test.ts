import { describe, expect, it } from 'vitest';
import type { Diagram, DiagramNode } from '../domain/document/types';
import { emptyDiagram } from '../domain/document/types';
import { edgeById, nodeById, outermostOf } from './docIndex';

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

  it('keeps only the outermost of nested ids', () => {
    expect(outermostOf(doc, ['ec2', 'vpc', 's3'])).toEqual(['vpc', 's3']);
    expect(outermostOf(doc, ['ec2', 'sn'])).toEqual(['sn']);
  });
});
