import { describe, expect, it } from 'vitest';
import { createEditorStore } from './editorStore';
import type { Diagram } from '../domain/document/types';

const withTitle =
  (title: string) =>
  (d: Diagram): Diagram => ({ ...d, title });

describe('editor store history', () => {
  it('undoes and redoes document changes, one step each', () => {
    const s = createEditorStore();
    s.getState().commit(withTitle('a'));
    s.getState().commit(withTitle('b'));
    expect(s.getState().doc.title).toBe('b');
    s.getState().undo();
    expect(s.getState().doc.title).toBe('a');
    s.getState().undo();
    expect(s.getState().doc.title).toBeUndefined();
    s.getState().redo();
    expect(s.getState().doc.title).toBe('a');
  });

  it('records no step for selection or for a change that changes nothing', () => {
    const s = createEditorStore();
    s.getState().select({ nodes: ['x'], edges: [] });
    s.getState().commit((d) => d);
    expect(s.getState().past).toHaveLength(0);
  });

  it('drops the redo stack on a new change', () => {
    const s = createEditorStore();
    s.getState().commit(withTitle('a'));
    s.getState().undo();
    s.getState().commit(withTitle('c'));
    expect(s.getState().future).toHaveLength(0);
  });
});
