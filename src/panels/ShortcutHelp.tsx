/**
 * The keyboard shortcut sheet. This module owns the `?` key (outside text fields) and
 * the open state, so the toolbar's `?` button and the key open the same dialog.
 */
import { useEffect, useRef } from 'react';
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { MessageKey } from '../i18n';
import { isTyping } from '../layout/isTyping';
import { Modal } from './Modal';
import { useT } from './useT';

const helpStore = createStore<{ open: boolean }>()(() => ({ open: false }));

export function openShortcutHelp(): void {
  helpStore.setState({ open: true });
}

export function closeShortcutHelp(): void {
  helpStore.setState({ open: false });
}

/** `Mod` is ⌘ on Apple keyboards and Ctrl elsewhere, as the canvas reads it. */
const IS_APPLE =
  typeof navigator !== 'undefined' &&
  /Mac|iPhone|iPad/i.test(navigator.platform || navigator.userAgent);
const MOD = IS_APPLE ? '⌘' : 'Ctrl';

interface Shortcut {
  action: MessageKey;
  /** Alternatives; each is a list of keys pressed together. Words are message keys. */
  keys: readonly (readonly string[])[];
}

/**
 * Every shortcut of the editor, in the order a learner meets them. Keys match the
 * canvas's bindings (canvas/shortcuts.ts and the React Flow props in Canvas.tsx).
 */
export const SHORTCUTS: readonly Shortcut[] = [
  { action: 'io.shortcut.select', keys: [['io.key.click']] },
  {
    action: 'io.shortcut.multiSelect',
    keys: [
      ['Shift', 'io.key.click'],
      [MOD, 'io.key.click'],
    ],
  },
  { action: 'io.shortcut.boxSelect', keys: [['io.key.dragEmpty']] },
  { action: 'keyboard.shortcut.focus', keys: [['Tab'], ['Shift', 'Tab']] },
  { action: 'keyboard.shortcut.select', keys: [['Enter'], ['Space']] },
  { action: 'keyboard.shortcut.nudge', keys: [['← ↑ → ↓'], ['Shift', '← ↑ → ↓']] },
  { action: 'keyboard.shortcut.paletteMove', keys: [['↑ ↓'], ['Home'], ['End']] },
  { action: 'keyboard.shortcut.paletteAdd', keys: [['Enter']] },
  { action: 'io.shortcut.selectAll', keys: [[MOD, 'A']] },
  { action: 'io.shortcut.delete', keys: [['Delete'], ['Backspace']] },
  { action: 'io.shortcut.undo', keys: [[MOD, 'Z']] },
  {
    action: 'io.shortcut.redo',
    keys: [
      [MOD, 'Shift', 'Z'],
      [MOD, 'Y'],
    ],
  },
  { action: 'io.shortcut.copy', keys: [[MOD, 'C']] },
  { action: 'io.shortcut.cut', keys: [[MOD, 'X']] },
  { action: 'io.shortcut.paste', keys: [[MOD, 'V']] },
  { action: 'io.shortcut.duplicate', keys: [[MOD, 'D']] },
  { action: 'io.shortcut.escape', keys: [['Esc']] },
  { action: 'io.shortcut.fitView', keys: [['Shift', '1'], ['F']] },
  { action: 'io.shortcut.zoomIn', keys: [['+'], [MOD, 'io.key.wheel']] },
  { action: 'io.shortcut.zoomOut', keys: [['-'], [MOD, 'io.key.wheel']] },
  {
    action: 'io.shortcut.pan',
    keys: [['io.key.wheel'], ['Space', 'io.key.drag'], ['io.key.rightDrag']],
  },
  { action: 'trace.shortcut.toggle', keys: [['T']] },
  { action: 'io.shortcut.help', keys: [['?']] },
];

export function ShortcutHelp() {
  const t = useT();
  const open = useStore(helpStore, (s) => s.open);
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === '?' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target)) {
        e.preventDefault();
        helpStore.setState((s) => ({ open: !s.open }));
      } else if (e.key === 'Escape' && helpStore.getState().open) {
        // Closing the sheet is all this Escape does; the canvas keeps its selection.
        e.stopImmediatePropagation();
        closeShortcutHelp();
      }
    };
    // Capture phase, so that the sheet's Escape is handled before the canvas's.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  useEffect(() => {
    if (!open) return;
    const previous = document.activeElement as HTMLElement | null;
    closeRef.current?.focus();
    return () => previous?.focus?.();
  }, [open]);

  if (!open) return null;
  const word = (k: string) => (k.startsWith('io.key.') ? t(k as MessageKey) : k);

  return (
    <Modal
      titleId="asp-shortcuts-title"
      title={t('io.shortcuts.title')}
      closeLabel={t('io.shortcuts.close')}
      onClose={closeShortcutHelp}
      testId="shortcut-help"
      closeRef={closeRef}
    >
      <table className="asp-shortcuts">
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.action}>
              <th scope="row">{t(s.action)}</th>
              <td>
                {s.keys.map((combo, i) => (
                  <span key={i} className="asp-shortcuts__combo">
                    {i > 0 && <span className="asp-muted"> {t('io.key.or')} </span>}
                    {combo.map((k, j) => (
                      <span key={j}>
                        {j > 0 && ' + '}
                        <kbd>{word(k)}</kbd>
                      </span>
                    ))}
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Modal>
  );
}
