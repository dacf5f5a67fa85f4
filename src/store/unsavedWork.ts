/**
 * Whether opening another diagram over the open one (New, Open, a preset) should be
 * confirmed first. Nothing is lost for a diagram that is empty, exactly as a preset or a file
 * opened it, or exactly as it was last written to a file (Save, JSON or PNG export; the
 * PNG carries the document). Documents are immutable, so "exactly" is identity: any
 * edit makes a new document, and undoing back to the saved one makes it saved again.
 * The diagram library (src/library/) keeps the replaced diagram as well (whatever opens
 * becomes a new record, and Undo goes back), so nothing is lost either way; the app still
 * asks because a drop or a paste can happen by accident, and because a browser that keeps
 * nothing holds the library only until the tab closes.
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
