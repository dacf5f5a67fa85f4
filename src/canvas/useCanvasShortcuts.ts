/**
 * Binds the editor shortcuts and the clipboard to the document. Keys typed into a
 * text field or inside a dialog are left alone, and so is a copy while the user has
 * selected text on the page.
 *
 * Copy and cut write the fragment JSON into the system clipboard from the `copy`/`cut`
 * events (no permission needed); pasting reads it from the `paste` event, where a
 * whole diagram JSON replaces the document and anything else pastes the in-app
 * clipboard (which keeps nesting and gets new ids).
 */
import { useEffect } from 'react';
import { editorStore } from '../store/editorStore';
import { looksLikeDiagram, openDocumentText } from '../open/openDocument';
import { backOutOfTrace, toggleTraceTool } from '../panels/trace/traceActions';
import { currentFlow } from './canvasBridge';
import {
  clearSelection,
  copySelection,
  cutSelection,
  deleteSelection,
  duplicateSelection,
  hasClipboard,
  pasteClipboard,
  selectAll,
} from './editActions';
import type { ShortcutAction } from './shortcuts';
import { isTypingTarget, shortcutFor } from './shortcuts';

const ZOOM_DURATION = 150;

function hasTextSelection(): boolean {
  const sel = window.getSelection();
  return !!sel && !sel.isCollapsed && sel.toString().trim() !== '';
}

/** Text produced by the last copy/cut key press, written into the clipboard event that follows. */
let pendingClipboardText: string | null = null;

function writeSystemClipboardLater(text: string) {
  pendingClipboardText = text;
  // Browsers that fire no copy event without a text selection get the async API instead.
  setTimeout(() => {
    if (pendingClipboardText !== text) return;
    pendingClipboardText = null;
    navigator.clipboard?.writeText(text).catch(() => undefined);
  }, 0);
}

function run(action: ShortcutAction): boolean {
  const store = editorStore.getState();
  const flow = currentFlow();
  switch (action) {
    case 'delete':
      deleteSelection();
      return true;
    case 'undo':
      store.undo();
      return true;
    case 'redo':
      store.redo();
      return true;
    case 'copy': {
      const text = copySelection();
      if (text === null) return false;
      writeSystemClipboardLater(text);
      return false; // the browser's copy event follows and carries the text
    }
    case 'cut': {
      const text = cutSelection();
      if (text === null) return false;
      writeSystemClipboardLater(text);
      return false;
    }
    case 'paste':
      return false; // handled by the paste event, which carries the system clipboard
    case 'duplicate':
      duplicateSelection();
      return true;
    case 'selectAll':
      selectAll();
      return true;
    case 'clearSelection':
      clearSelection();
      backOutOfTrace(); // stops picking a node, else closes the trace tool
      return false; // dialogs close on Escape too
    case 'fitView':
      store.requestFit();
      return true;
    case 'zoomIn':
      void flow?.zoomIn({ duration: ZOOM_DURATION });
      return true;
    case 'zoomOut':
      void flow?.zoomOut({ duration: ZOOM_DURATION });
      return true;
    case 'traceTool':
      toggleTraceTool();
      return true;
  }
}

function onKeyDown(e: KeyboardEvent) {
  if (e.defaultPrevented || isTypingTarget(e.target)) return;
  const action = shortcutFor(e);
  if (!action) return;
  if ((action === 'copy' || action === 'cut') && hasTextSelection()) return;
  if (run(action)) e.preventDefault();
}

function onClipboardWrite(e: ClipboardEvent) {
  if (pendingClipboardText === null || isTypingTarget(e.target)) return;
  e.clipboardData?.setData('text/plain', pendingClipboardText);
  pendingClipboardText = null;
  e.preventDefault();
}

function onPaste(e: ClipboardEvent) {
  if (isTypingTarget(e.target)) return;
  const text = e.clipboardData?.getData('text/plain') ?? '';
  if (looksLikeDiagram(text)) {
    e.preventDefault();
    void openDocumentText(text, undefined, { confirmReplace: true });
    return;
  }
  if (hasClipboard()) {
    e.preventDefault();
    pasteClipboard();
  }
}

export function useCanvasShortcuts(): void {
  useEffect(() => {
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('copy', onClipboardWrite);
    document.addEventListener('cut', onClipboardWrite);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('copy', onClipboardWrite);
      document.removeEventListener('cut', onClipboardWrite);
      document.removeEventListener('paste', onPaste);
    };
  }, []);
}
