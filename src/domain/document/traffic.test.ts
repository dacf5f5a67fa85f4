import { describe, expect, it } from 'vitest';
import { importDiagram } from './import';
import { exportDiagram } from './export';
import { accepted } from './importTesting';
import { validTrafficPort } from './traffic';

describe('traffic ports', () => {
  it('read -0 as port 0, so that export → import gives the same document', () => {
    expect(Object.is(validTrafficPort(-0), 0)).toBe(true);
    const text = `{ "type": "aws-security-playground", "version": 1,
      "nodes": [ { "id": "a", "kind": "ec2" }, { "id": "b", "kind": "ec2" } ],
      "edges": [ { "id": "e", "source": "a", "target": "b", "props": { "port": -0 } } ] }`;
    const { doc } = accepted(importDiagram(text));
    expect(accepted(importDiagram(exportDiagram(doc))).doc).toEqual(doc);
  });
});
