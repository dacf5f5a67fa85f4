import { describe, expect, it } from 'vitest';
import { importDiagram } from '../domain/document/import';
import { LEAF_SIZE } from '../domain/kinds/catalogue';
import { presetPreview } from './preview';
import { CHALLENGE } from './testPresets';

describe('presetPreview', () => {
  it('draws every node at its canvas position, containers under leaves', () => {
    const result = importDiagram(CHALLENGE);
    if (!result.ok) throw new Error('fixture refused');
    const { rects, viewBox } = presetPreview(result.doc);
    expect(rects.map((r) => [r.id, r.x, r.y, r.width, r.height, r.container, r.tone])).toEqual([
      ['vpc', 0, 0, 400, 300, true, 'vpc'],
      ['gd', 40, 80, LEAF_SIZE.width, LEAF_SIZE.height, false, 'detection'],
    ]);
    // 16 px margin around the bounds.
    expect(viewBox).toBe('-16 -16 432 332');
  });
});
