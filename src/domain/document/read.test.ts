import { describe, expect, it } from 'vitest';
import { importDiagram } from './import';
import { exportDiagram } from './export';
import { accepted, file } from './importTesting';

describe('positions', () => {
  it('turn -0 into 0, so that export → import gives the same document', () => {
    const parsed = file({ nodes: [{ id: 'a', kind: 'ec2', position: { x: -0, y: -0 } }] });
    const { doc } = accepted(importDiagram(parsed));
    expect(doc.nodes[0].position).toEqual({ x: 0, y: 0 });
    expect(accepted(importDiagram(exportDiagram(doc))).doc).toEqual(doc);
  });
});
