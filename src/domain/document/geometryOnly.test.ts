import { describe, expect, it } from 'vitest';
import { moveNodes, setLayout } from '../commands';
import { differsOnlyInGeometry } from './geometryOnly';
import type { Diagram } from './types';
import { emptyDiagram } from './types';

const doc: Diagram = {
  ...emptyDiagram(),
  nodes: [
    { id: 'vpc', kind: 'vpc', props: { cidr: '10.0.0.0/16' }, position: { x: 0, y: 0 } },
    { id: 'ec2', kind: 'ec2', parent: 'vpc', props: {}, position: { x: 40, y: 60 } },
  ],
  edges: [],
};

describe('differsOnlyInGeometry', () => {
  it('is true after a layout or a move', () => {
    const laidOut = setLayout(doc, {
      vpc: { position: { x: 100, y: 100 }, size: { width: 900, height: 600 } },
      ec2: { position: { x: 20, y: 20 } },
    });
    expect(laidOut).not.toBe(doc);
    expect(differsOnlyInGeometry(doc, laidOut)).toBe(true);
    const moved = moveNodes(doc, [{ id: 'ec2', position: { x: 300, y: 200 } }]);
    expect(differsOnlyInGeometry(doc, moved)).toBe(true);
  });

  it('is false when anything the rules read changed', () => {
    const changed = (nodes: Diagram['nodes']) => ({ ...doc, nodes });
    const [vpc, ec2] = doc.nodes;
    expect(differsOnlyInGeometry(doc, changed([vpc, { ...ec2, label: 'web' }]))).toBe(false);
    expect(differsOnlyInGeometry(doc, changed([vpc, { ...ec2, parent: undefined }]))).toBe(false);
    expect(differsOnlyInGeometry(doc, changed([vpc, { ...ec2, props: {} }]))).toBe(false);
    expect(differsOnlyInGeometry(doc, changed([vpc, { ...ec2, kind: 'lambda' }]))).toBe(false);
    expect(differsOnlyInGeometry(doc, changed([ec2, vpc]))).toBe(false);
    expect(differsOnlyInGeometry(doc, changed([vpc]))).toBe(false);
    expect(differsOnlyInGeometry(doc, { ...doc, edges: [] })).toBe(false);
    expect(differsOnlyInGeometry(doc, { ...doc, accepted: [] })).toBe(false);
    expect(differsOnlyInGeometry(doc, { ...doc, title: 'Renamed' })).toBe(false);
  });
});
