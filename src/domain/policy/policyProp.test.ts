/** The `policy` prop through the one import path and the export (docs/kinds.md). */
import { describe, expect, it } from 'vitest';
import { exportDiagram } from '../document/export';
import { importDiagram } from '../document/import';

const file = (policy: unknown) =>
  JSON.stringify({
    type: 'aws-security-playground',
    version: 1,
    nodes: [{ id: 'q', kind: 'sqs', position: { x: 0, y: 0 }, props: { policy } }],
    edges: [],
  });

function imported(policy: unknown) {
  const result = importDiagram(file(policy));
  if (!result.ok) throw new Error('refused');
  return result;
}

describe('the policy prop', () => {
  it('is kept as written, even when it is not a valid policy (POL-03 reports it)', () => {
    for (const text of ['', '{"Statement":{"Effect":"Allow","Action":"sqs:*"}}', '{ broken']) {
      const result = imported(text);
      expect(result.warnings).toEqual([]);
      expect(result.doc.nodes[0].props.policy).toBe(text);
      const again = importDiagram(exportDiagram(result.doc));
      expect(again.ok && again.doc.nodes[0].props.policy).toBe(text);
    }
  });

  it('is reset to no policy, with a warning, when it is not text', () => {
    const result = imported({ Statement: [] });
    expect(result.doc.nodes[0].props.policy).toBe('');
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0].message.en).toMatch(/policy JSON text/);
  });

  it('is given its default when missing', () => {
    const result = importDiagram(
      JSON.stringify({
        type: 'aws-security-playground',
        version: 1,
        nodes: [{ id: 'b', kind: 's3', position: { x: 0, y: 0 } }],
        edges: [],
      }),
    );
    expect(result.ok && result.doc.nodes[0].props.policy).toBe('');
  });
});
