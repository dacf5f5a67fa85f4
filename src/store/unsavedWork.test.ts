import { beforeEach, describe, expect, it } from 'vitest';
import { addNode } from '../domain/commands';
import { emptyDiagram } from '../domain/document/types';
import { editorStore } from './editorStore';
import { hasUnsavedWork, markSaved } from './unsavedWork';

function addEc2() {
  editorStore.getState().commit((d) => addNode(d, { kind: 'ec2', position: { x: 0, y: 0 } }).doc);
}

describe('unsaved work', () => {
  beforeEach(() => editorStore.getState().loadInitial(emptyDiagram('Mine')));

  it('an empty diagram has none', () => {
    expect(hasUnsavedWork()).toBe(false);
  });

  it('a diagram with content has some until it is saved', () => {
    addEc2();
    expect(hasUnsavedWork()).toBe(true);
    markSaved();
    expect(hasUnsavedWork()).toBe(false);
  });

  it('an edit after saving is unsaved; undoing back to the saved diagram is saved again', () => {
    addEc2();
    markSaved();
    addEc2();
    expect(hasUnsavedWork()).toBe(true);
    editorStore.getState().undo();
    expect(hasUnsavedWork()).toBe(false);
    editorStore.getState().redo();
    expect(hasUnsavedWork()).toBe(true);
  });

  it('only the last saved diagram counts', () => {
    addEc2();
    const first = editorStore.getState().doc;
    markSaved(first);
    addEc2();
    markSaved();
    expect(hasUnsavedWork(first)).toBe(true);
    expect(hasUnsavedWork()).toBe(false);
  });
});
