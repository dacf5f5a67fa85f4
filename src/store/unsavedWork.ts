/**
 * Whether replacing the open diagram (New, Open, a preset) could lose work, so the app
 * asks first. Nothing is lost for a diagram that is empty, exactly as a preset or a file
 * opened it, or exactly as it was last written to a file (Save, JSON or PNG export; the
 * PNG carries the document). Documents are immutable, so "exactly" is identity: any
 * edit makes a new document, and undoing back to the saved one makes it saved again.
 * The autosave in the browser does not count: it is overwritten by the next diagram.
 */
import type { Diagram } from '../domain/document/types';
import { editorStore } from './editorStore';

let inAFile: Diagram | undefined;

/** `doc` is in a file now (opened from one, or just saved to one). */
export function markSaved(doc: Diagram = editorStore.getState().doc): void {
  inAFile = doc;
}

export function hasUnsavedWork(doc: Diagram = editorStore.getState().doc): boolean {
  const empty = doc.nodes.length === 0 && doc.edges.length === 0;
  return !empty && doc !== inAFile;
}
