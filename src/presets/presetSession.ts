/**
 * Challenge mode follows the open document: a document whose preset block says
 * `challenge` starts it; any other document (a file, a new diagram, a reference preset,
 * undo back to the previous diagram) leaves it. Edits keep the document's preset block
 * (the same object), so editing never restarts a challenge; opening a challenge again
 * from the gallery does (the import makes a new block).
 */
import type { PresetInfo } from '../domain/document/types';
import { challengeStore } from '../store/challenge';
import type { EditorStore } from '../store/editorStore';

function follow(preset: PresetInfo | undefined): void {
  const challenge = challengeStore.getState();
  if (preset?.mode === 'challenge') challenge.start(preset.id);
  else if (challenge.presetId !== null) challenge.leave();
}

/** Starts following `store`'s document; returns a function that stops. */
export function followPresetSession(store: EditorStore): () => void {
  follow(store.getState().doc.preset);
  return store.subscribe((s, prev) => {
    if (s.doc.preset !== prev.doc.preset) follow(s.doc.preset);
  });
}
