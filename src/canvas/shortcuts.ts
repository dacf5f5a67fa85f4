/**
 * Keyboard shortcuts of the editor, as draw.io users expect them. `shortcutFor` is a
 * pure function of the key event so it can be tested without a browser; the hook in
 * useCanvasShortcuts.ts binds it to the document. The help sheet that lists them is
 * panels/ShortcutHelp.tsx.
 */
export type ShortcutAction =
  | 'delete'
  | 'undo'
  | 'redo'
  | 'copy'
  | 'cut'
  | 'paste'
  | 'duplicate'
  | 'selectAll'
  | 'clearSelection'
  | 'fitView'
  | 'zoomIn'
  | 'zoomOut'
  | 'traceTool';

export interface KeyLike {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export function shortcutFor(e: KeyLike): ShortcutAction | null {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (e.altKey) return null;
  if (mod) {
    if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
    if (key === 'y' && !e.shiftKey) return 'redo';
    if (e.shiftKey) return null;
    if (key === 'c') return 'copy';
    if (key === 'x') return 'cut';
    if (key === 'v') return 'paste';
    if (key === 'd') return 'duplicate';
    if (key === 'a') return 'selectAll';
    return null;
  }
  if (key === 'Delete' || key === 'Backspace') return 'delete';
  if (key === 'Escape') return 'clearSelection';
  // Shift+1 is "!" on US keyboards and "!" too on JIS; the code names the physical key.
  if (e.shiftKey && (e.code === 'Digit1' || key === '!')) return 'fitView';
  if (key === 'f' && !e.shiftKey) return 'fitView';
  if (key === '+' || key === '=') return 'zoomIn';
  if (key === '-' || key === '_') return 'zoomOut';
  if (key === 't' && !e.shiftKey) return 'traceTool';
  return null;
}

interface TargetLike {
  tagName?: string;
  isContentEditable?: boolean;
  closest?: (selector: string) => unknown;
}

/** True when keys belong to a text field or an open dialog, not to the canvas. */
export function isTypingTarget(target: unknown): boolean {
  const el = target as TargetLike | null;
  if (!el || typeof el.tagName !== 'string') return false;
  const tag = el.tagName.toUpperCase();
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || el.isContentEditable)
    return true;
  return typeof el.closest === 'function' && el.closest('[role="dialog"]') !== null;
}
