/**
 * The left-hand list of every kind, grouped as kinds.md groups them, with a search box
 * that matches both languages. An item is a button: click or Enter adds the service
 * into the selected container when it may sit there (canvasBridge.addKindAtCenter),
 * else at the centre of the view; dragging drops it where the user lets go (the canvas
 * reads `application/x-aws-kind`). Arrow keys move between items, and the list is one
 * Tab stop (the item last focused), so Tab goes on to the canvas instead of through
 * fifty services.
 */
import { useMemo, useState } from 'react';
import type { DragEvent, KeyboardEvent } from 'react';
import { KINDS } from '../domain/kinds/catalogue';
import { searchKinds } from '../domain/kinds/search';
import type { KindCategory, KindDef } from '../domain/kinds/types';
import { addKindAtCenter } from '../canvas/canvasBridge';
import { CanvasIcon } from '../canvas/nodes/CanvasIcon';
import { pick } from '../i18n';
import { useLang, useT } from './useT';

export const KIND_DRAG_TYPE = 'application/x-aws-kind';

const CATEGORIES: readonly KindCategory[] = [
  'containers',
  'edge-network',
  'compute-data',
  'protection',
  'detection',
];

function onDragStart(e: DragEvent<HTMLButtonElement>, kind: KindDef) {
  e.dataTransfer.setData(KIND_DRAG_TYPE, kind.id);
  e.dataTransfer.effectAllowed = 'move';
}

/** Up/Down (and Home/End) move focus through the visible items, across groups. */
function onListKeyDown(e: KeyboardEvent<HTMLDivElement>) {
  const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
  if (!keys.includes(e.key)) return;
  const items = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('[data-palette-item]')];
  const current = items.indexOf(document.activeElement as HTMLButtonElement);
  if (current < 0 || items.length === 0) return;
  e.preventDefault();
  const next =
    e.key === 'Home'
      ? 0
      : e.key === 'End'
        ? items.length - 1
        : Math.min(items.length - 1, Math.max(0, current + (e.key === 'ArrowDown' ? 1 : -1)));
  items[next].focus();
}

export function Palette() {
  const lang = useLang();
  const t = useT();
  const [query, setQuery] = useState('');
  const [lastFocused, setLastFocused] = useState<string | null>(null);
  const trimmed = query.trim();

  // Browsing shows the five groups; searching shows one list, best match first.
  const groups = useMemo((): { id: string; heading: string; kinds: readonly KindDef[] }[] => {
    if (trimmed) {
      const hits = searchKinds(trimmed);
      return hits.length === 0
        ? []
        : [{ id: 'results', heading: t('palette.results', { count: hits.length }), kinds: hits }];
    }
    return CATEGORIES.map((category) => ({
      id: category,
      heading: t(`palette.category.${category}`),
      kinds: KINDS.filter((k) => k.category === category),
    }));
  }, [trimmed, t]);
  const shown: string[] = groups.flatMap((g) => g.kinds.map((k) => k.id));
  const tabStop = lastFocused && shown.includes(lastFocused) ? lastFocused : shown[0];

  return (
    <nav className="asp-palette" data-testid="palette" aria-labelledby="asp-palette-title">
      <h2 id="asp-palette-title" className="asp-panel-title">
        {t('palette.title')}
      </h2>
      <div className="asp-palette__search">
        <label htmlFor="asp-palette-search" className="asp-sr-only">
          {t('palette.search')}
        </label>
        <input
          id="asp-palette-search"
          type="search"
          className="asp-input"
          data-testid="palette-search"
          placeholder={t('palette.search.placeholder')}
          value={query}
          autoComplete="off"
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && query) {
              e.stopPropagation();
              setQuery('');
            } else if (e.key === 'ArrowDown') {
              const first = e.currentTarget
                .closest('nav')
                ?.querySelector<HTMLButtonElement>('[data-palette-item]');
              if (first) {
                e.preventDefault();
                first.focus();
              }
            }
          }}
        />
      </div>
      <div className="asp-palette__list" onKeyDown={onListKeyDown}>
        {groups.length === 0 && (
          <p className="asp-muted" data-testid="palette-empty">
            {t('palette.noMatch', { query: trimmed })}
          </p>
        )}
        {groups.map(({ id, heading, kinds }) => (
          <section
            key={id}
            className="asp-palette__group"
            aria-labelledby={`asp-palette-${id}`}
            data-testid={`palette-group-${id}`}
          >
            <h3 id={`asp-palette-${id}`}>{heading}</h3>
            <ul>
              {kinds.map((kind) => (
                <li key={kind.id}>
                  <button
                    type="button"
                    className="asp-palette__item"
                    data-testid={`palette-item-${kind.id}`}
                    data-palette-item
                    tabIndex={kind.id === tabStop ? 0 : -1}
                    onFocus={() => setLastFocused(kind.id)}
                    draggable
                    onDragStart={(e) => onDragStart(e, kind)}
                    onClick={() => addKindAtCenter(kind.id)}
                    title={`${pick(lang, kind.description)}\n${t('palette.item.hint')}`}
                  >
                    <CanvasIcon kind={kind.id} size={28} />
                    <span>{pick(lang, kind.name)}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </nav>
  );
}
