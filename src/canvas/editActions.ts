/**
 * Editing actions on the current selection, shared by the keyboard shortcuts and any
 * button that wants them (toolbar, context menu). Each document change is one undo
 * step; the selection follows what was created.
 */
import type { Fragment } from '../domain/commands';
import { copyFragment, duplicate, pasteFragment, removeElements } from '../domain/commands';
import { editorStore } from '../store/editorStore';
import { GRID_SIZE } from './canvasUi';
import { outermostOf } from './docIndex';

/** How far each paste of the same clipboard moves from the previous one. */
const PASTE_STEP = GRID_SIZE * 2;

/** The in-app clipboard: survives without clipboard permissions and keeps nesting. */
let clipboard: { fragment: Fragment; pastes: number } | null = null;

export function hasSelection(): boolean {
  const { nodes, edges } = editorStore.getState().selection;
  return nodes.length + edges.length > 0;
}

export function deleteSelection(): void {
  const { selection, commit } = editorStore.getState();
  if (selection.nodes.length + selection.edges.length === 0) return;
  commit((doc) =>
    removeElements(doc, { nodes: [...selection.nodes], edges: [...selection.edges] }),
  );
}

/** Copies the selected nodes (with what is inside them) and returns the fragment as JSON text. */
export function copySelection(): string | null {
  const { doc, selection } = editorStore.getState();
  if (selection.nodes.length === 0) return null;
  const fragment = copyFragment(doc, [...selection.nodes]);
  clipboard = { fragment, pastes: 0 };
  return JSON.stringify(fragment);
}

export function cutSelection(): string | null {
  const text = copySelection();
  if (text !== null) {
    // The cut nodes were removed, so the first paste lands in their place.
    if (clipboard) clipboard.pastes = -1;
    deleteSelection();
  }
  return text;
}

export function hasClipboard(): boolean {
  return clipboard !== null;
}

export function pasteClipboard(): void {
  if (!clipboard) return;
  const current = clipboard;
  current.pastes += 1;
  const offset = { x: PASTE_STEP * current.pastes, y: PASTE_STEP * current.pastes };
  let ids: string[] = [];
  editorStore.getState().commit((doc) => {
    const result = pasteFragment(doc, current.fragment, { offset });
    ids = result.ids;
    return result.doc;
  });
  selectCreated(ids);
}

/** Selects what a paste or duplicate created: its outermost nodes, as draw.io does. */
function selectCreated(ids: readonly string[]) {
  const { doc, select } = editorStore.getState();
  if (ids.length) select({ nodes: outermostOf(doc, ids), edges: [] });
}

export function duplicateSelection(): void {
  const { selection } = editorStore.getState();
  if (selection.nodes.length === 0) return;
  let ids: string[] = [];
  editorStore.getState().commit((doc) => {
    const result = duplicate(doc, [...selection.nodes]);
    ids = result.ids;
    return result.doc;
  });
  selectCreated(ids);
}

export function selectAll(): void {
  const { doc, select } = editorStore.getState();
  select({ nodes: doc.nodes.map((n) => n.id), edges: doc.edges.map((e) => e.id) });
}

export function clearSelection(): void {
  editorStore.getState().select({ nodes: [], edges: [] });
}
