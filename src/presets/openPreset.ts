/**
 * Opening a preset: through `openDocumentText`, the one import path, as one undo step.
 * Replacing the user's work asks first; replacing a preset that was opened and not
 * edited since does not (browsing the gallery should not nag).
 */
import { openDocumentText } from '../app/openDocument';
import type { Diagram } from '../domain/document/types';
import { editorStore } from '../store/editorStore';
import type { PresetEntry } from './catalog';

/** The document exactly as the last preset opened it; an edit makes a new document. */
let openedPreset: Diagram | undefined;

/** True when replacing the open document could lose work: it has content and is not an untouched preset. */
export function hasUnsavedWork(doc: Diagram = editorStore.getState().doc): boolean {
  const empty = doc.nodes.length === 0 && doc.edges.length === 0;
  return !empty && doc !== openedPreset;
}

export interface OpenPresetOptions {
  /** Ask before replacing unsaved work (the gallery). The `?preset=` start-up does not ask. */
  confirmReplace?: boolean;
}

/** Resolves to true when the preset became the open document. */
export async function openPreset(
  entry: PresetEntry,
  { confirmReplace = true }: OpenPresetOptions = {},
): Promise<boolean> {
  const opened = await openDocumentText(entry.text, undefined, {
    confirmReplace: confirmReplace && hasUnsavedWork(),
    source: entry.file.replace(/^.*\//, ''),
  });
  if (opened) openedPreset = editorStore.getState().doc;
  return opened;
}
