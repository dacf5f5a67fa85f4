/**
 * The node's right-click menu: start a trace to or from the node. A menu in the ARIA
 * sense: focus goes to the first item, arrows move, Escape or a click elsewhere close.
 */
import { useEffect, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { useStore } from 'zustand';
import { useT } from '../useT';
import { closeNodeMenu, nodeMenuStore, traceFromInternetTo, traceFromNode } from './nodeMenu';

const ITEMS = [
  {
    label: 'trace.menu.fromInternet',
    testId: 'trace-menu-from-internet',
    run: traceFromInternetTo,
  },
  { label: 'trace.menu.fromHere', testId: 'trace-menu-from-here', run: traceFromNode },
] as const;

function moveFocus(e: KeyboardEvent<HTMLDivElement>) {
  const items = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];
  const at = items.indexOf(document.activeElement as HTMLButtonElement);
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    const next = (at + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
    items[next]?.focus();
    e.preventDefault();
  } else if (e.key === 'Escape' || e.key === 'Tab') {
    e.preventDefault();
    e.stopPropagation();
    closeNodeMenu();
  }
}

export function TraceNodeMenu() {
  const t = useT();
  const menu = useStore(nodeMenuStore, (s) => s.menu);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!menu) return;
    ref.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    const onPointer = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) closeNodeMenu();
    };
    document.addEventListener('pointerdown', onPointer, true);
    return () => document.removeEventListener('pointerdown', onPointer, true);
  }, [menu]);

  if (!menu) return null;
  return (
    <div
      ref={ref}
      className="asp-trace-menu"
      role="menu"
      aria-label={t('trace.menu.label')}
      data-testid="trace-node-menu"
      style={{ left: menu.x, top: menu.y }}
      onKeyDown={moveFocus}
    >
      {ITEMS.map((item) => (
        <button
          key={item.testId}
          type="button"
          role="menuitem"
          className="asp-trace-menu__item"
          data-testid={item.testId}
          onClick={() => item.run(menu.node)}
        >
          {t(item.label)}
        </button>
      ))}
    </div>
  );
}
