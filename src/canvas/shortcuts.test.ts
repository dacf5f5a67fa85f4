import { describe, expect, it } from 'vitest';
import type { KeyLike } from './shortcuts';
import { isTypingTarget, shortcutFor } from './shortcuts';

function key(k: string, mods: Partial<KeyLike> = {}): KeyLike {
  return { key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods };
}

describe('shortcutFor', () => {
  it('maps undo and both redo forms, with Ctrl or Cmd', () => {
    expect(shortcutFor(key('z', { ctrlKey: true }))).toBe('undo');
    expect(shortcutFor(key('z', { metaKey: true }))).toBe('undo');
    expect(shortcutFor(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(shortcutFor(key('y', { ctrlKey: true }))).toBe('redo');
  });

  it('maps the clipboard, duplicate and select-all keys', () => {
    expect(shortcutFor(key('c', { ctrlKey: true }))).toBe('copy');
    expect(shortcutFor(key('x', { metaKey: true }))).toBe('cut');
    expect(shortcutFor(key('v', { ctrlKey: true }))).toBe('paste');
    expect(shortcutFor(key('d', { ctrlKey: true }))).toBe('duplicate');
    expect(shortcutFor(key('a', { metaKey: true }))).toBe('selectAll');
    expect(shortcutFor(key('C', { ctrlKey: true, shiftKey: true }))).toBeNull();
  });

  it('deletes with Delete and Backspace, clears with Escape', () => {
    expect(shortcutFor(key('Delete'))).toBe('delete');
    expect(shortcutFor(key('Backspace'))).toBe('delete');
    expect(shortcutFor(key('Escape'))).toBe('clearSelection');
  });

  it('fits with Shift+1 (by physical key or "!") and with f, zooms with + and -', () => {
    expect(shortcutFor(key('!', { shiftKey: true, code: 'Digit1' }))).toBe('fitView');
    expect(shortcutFor(key('!', { shiftKey: true }))).toBe('fitView');
    expect(shortcutFor(key('f'))).toBe('fitView');
    expect(shortcutFor(key('F', { shiftKey: true }))).toBeNull();
    expect(shortcutFor(key('+', { shiftKey: true }))).toBe('zoomIn');
    expect(shortcutFor(key('='))).toBe('zoomIn');
    expect(shortcutFor(key('-'))).toBe('zoomOut');
  });

  it('opens and closes the trace tool with t', () => {
    expect(shortcutFor(key('t'))).toBe('traceTool');
    expect(shortcutFor(key('T', { shiftKey: true }))).toBeNull();
    expect(shortcutFor(key('t', { ctrlKey: true }))).toBeNull();
  });

  it('leaves plain letters, Alt combinations and unknown keys alone', () => {
    expect(shortcutFor(key('a'))).toBeNull();
    expect(shortcutFor(key('z', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(shortcutFor(key('1'))).toBeNull();
    expect(shortcutFor(key('q', { ctrlKey: true }))).toBeNull();
  });
});

describe('isTypingTarget', () => {
  const el = (tagName: string, extra: Record<string, unknown> = {}) => ({
    tagName,
    isContentEditable: false,
    closest: () => null,
    ...extra,
  });

  it('is true for text fields, selects and editable content', () => {
    expect(isTypingTarget(el('INPUT'))).toBe(true);
    expect(isTypingTarget(el('textarea'))).toBe(true);
    expect(isTypingTarget(el('SELECT'))).toBe(true);
    expect(isTypingTarget(el('DIV', { isContentEditable: true }))).toBe(true);
  });

  it('is true inside a dialog and false elsewhere', () => {
    expect(
      isTypingTarget(
        el('BUTTON', { closest: (s: string) => (s === '[role="dialog"]' ? {} : null) }),
      ),
    ).toBe(true);
    expect(isTypingTarget(el('DIV'))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
    expect(isTypingTarget({})).toBe(false);
  });
});
