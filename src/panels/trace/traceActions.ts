/**
 * What the trace tool does to the editor and to itself from outside the panel: the
 * toolbar button and the `T` key toggle it, Escape backs out of it, a Fix button
 * changes the document as one undo step, an exposure row focuses its node.
 */
import type { Diagram } from '../../domain/document/types';
import type { TraceResult } from '../../domain/trace';
import { fixForTrace } from '../../domain/trace/fixes';
import type { EditorStore } from '../../store/editorStore';
import { editorStore } from '../../store/editorStore';
import type { TraceStore } from '../../store/trace';
import { traceStore } from '../../store/trace';

export function toggleTraceTool(store: TraceStore = traceStore): void {
  const s = store.getState();
  if (s.open) s.close();
  else s.openTool();
}

/** Escape: first stops picking a node, then closes the tool. False when it was closed. */
export function backOutOfTrace(store: TraceStore = traceStore): boolean {
  const s = store.getState();
  if (s.picking) s.startPicking(null);
  else if (s.open) s.close();
  else return false;
  return true;
}

/** The Fix of a blocked answer, for the document it was computed on. */
export function traceFixOf(doc: Diagram, result: TraceResult | null) {
  return result && !result.reachable ? fixForTrace(doc, result) : undefined;
}

/**
 * Applies the Fix of the current answer as one undo step. The trace store follows the
 * document and answers the question again, so the panel shows the next block, if any.
 */
export function applyTraceFix(
  store: TraceStore = traceStore,
  editor: EditorStore = editorStore,
): boolean {
  const fix = traceFixOf(editor.getState().doc, store.getState().result);
  if (!fix) return false;
  editor.getState().commit((doc) => fix.apply(doc));
  return true;
}

/** Selects a node and centres the view on it, as the findings panel does. */
export function focusNode(id: string, editor: EditorStore = editorStore): void {
  const { doc, focusOn } = editor.getState();
  if (doc.nodes.some((n) => n.id === id)) focusOn([id]);
}
