/**
 * Opening a preset: through `openDocumentText`, the one import path, as one undo step.
 * Replacing the user's work asks first; replacing a preset that was opened and not
 * edited since does not (browsing the gallery should not nag): an opened preset counts
 * as saved (store/unsavedWork.ts). A preset with `preset.labels` opens with the labels
 * of the app's language (written back as a document, so it still takes the one path).
 */
import { openDocumentText } from '../open/openDocument';
import { exportDiagram } from '../domain/document/export';
import { withPresetLabels } from '../domain/document/presetLabels';
import { editorStore } from '../store/editorStore';
import { markSaved } from '../store/unsavedWork';
import type { PresetEntry } from './catalog';

export interface OpenPresetOptions {
  /** Ask before replacing unsaved work (the gallery). The `?preset=` start-up does not ask. */
  confirmReplace?: boolean;
}

/** Resolves to true when the preset became the open document. */
export async function openPreset(
  entry: PresetEntry,
  { confirmReplace = true }: OpenPresetOptions = {},
): Promise<boolean> {
  const localized = withPresetLabels(entry.doc, editorStore.getState().lang);
  const text = localized === entry.doc ? entry.text : exportDiagram(localized);
  const opened = await openDocumentText(text, undefined, {
    confirmReplace,
    source: entry.file.replace(/^.*\//, ''),
  });
  if (opened) markSaved();
  return opened;
}
