import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addNode } from '../domain/commands';
import { importDiagram } from '../domain/document/import';
import type { Diagram } from '../domain/document/types';
import { emptyDiagram } from '../domain/document/types';
import { challengeStore } from '../store/challenge';
import { createEditorStore } from '../store/editorStore';
import { followPresetSession } from './presetSession';
import { CHALLENGE, REFERENCE } from './testPresets';

function imported(text: string): Diagram {
  const result = importDiagram(text);
  if (!result.ok) throw new Error('fixture refused');
  return result.doc;
}

describe('followPresetSession', () => {
  let stop: () => void = () => {};
  beforeEach(() => challengeStore.getState().leave());
  afterEach(() => stop());

  it('starts a challenge when one opens and leaves it for any other document', () => {
    const editor = createEditorStore();
    stop = followPresetSession(editor);
    editor.getState().replaceDoc(imported(CHALLENGE));
    expect(challengeStore.getState().presetId).toBe('gd-in-vpc');

    challengeStore.getState().check();
    editor.getState().replaceDoc(imported(REFERENCE));
    expect(challengeStore.getState()).toMatchObject({ presetId: null, checked: false });

    editor.getState().replaceDoc(imported(CHALLENGE));
    editor.getState().replaceDoc(emptyDiagram());
    expect(challengeStore.getState().presetId).toBeNull();
  });

  it('keeps the challenge through edits, leaves on undo past the opening, restarts on redo', () => {
    const editor = createEditorStore();
    stop = followPresetSession(editor);
    editor.getState().replaceDoc(imported(CHALLENGE));
    challengeStore.getState().check();
    editor
      .getState()
      .commit((doc) => addNode(doc, { kind: 'ec2', position: { x: 0, y: 400 } }).doc);
    expect(challengeStore.getState()).toMatchObject({ presetId: 'gd-in-vpc', checked: true });

    editor.getState().undo();
    expect(challengeStore.getState().checked).toBe(true);
    editor.getState().undo();
    expect(challengeStore.getState().presetId).toBeNull();
    editor.getState().redo();
    expect(challengeStore.getState()).toMatchObject({ presetId: 'gd-in-vpc', checked: false });
  });

  it('picks up a challenge the store already holds (restored autosave)', () => {
    const editor = createEditorStore();
    editor.getState().loadInitial(imported(CHALLENGE));
    stop = followPresetSession(editor);
    expect(challengeStore.getState().presetId).toBe('gd-in-vpc');
  });
});
