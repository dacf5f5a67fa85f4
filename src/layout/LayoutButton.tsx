/**
 * The toolbar's "Auto layout" button, its options popover and the Shift+L shortcut.
 * ELK and the worker load on the first layout (dynamic import of runLayout).
 */
import { useCallback, useEffect, useState } from 'react';
import { useT } from '../panels/useT';
import { translate } from '../i18n';
import { editorStore, useEditor } from '../store/editorStore';
import { usePopover } from '../export/usePopover';
import type { LayoutDirection, LayoutSpacing } from './elkGraph';
import { isTyping } from './isTyping';
import { useLayoutBusy } from './layoutStatus';
import type * as RunLayout from './runLayout';
import type { LayoutChoice } from './runLayout';
import { selectedContainerId } from './scope';
import '../export/popover.css';
import './layout.css';

const DIRECTIONS: readonly LayoutDirection[] = ['RIGHT', 'DOWN'];
const SPACINGS: readonly LayoutSpacing[] = ['compact', 'normal', 'roomy'];

async function runAutoLayout(choice: LayoutChoice): Promise<void> {
  let layout: typeof RunLayout;
  try {
    layout = await import('./runLayout');
  } catch (err) {
    // The layout code could not be fetched (offline after an update, for instance).
    const { lang, notify } = editorStore.getState();
    const reason = err instanceof Error ? err.message : String(err);
    notify({ tone: 'error', text: translate(lang, 'layout.failed', { reason }) });
    return;
  }
  await layout.autoLayout(choice);
}

export function LayoutButton() {
  const t = useT();
  const busy = useLayoutBusy();
  const empty = useEditor((s) => s.doc.nodes.length === 0);
  const containerId = useEditor((s) => selectedContainerId(s.doc, s.selection.nodes));
  const [choice, setChoice] = useState<LayoutChoice>({
    direction: 'RIGHT',
    spacing: 'normal',
    scope: 'all',
  });
  const { open, toggle, close, rootRef } = usePopover<HTMLDivElement>();
  // "Selected container" only applies while a container is selected.
  const scope = choice.scope === 'container' && containerId ? 'container' : 'all';
  const disabled = busy || empty;

  const run = useCallback(() => {
    if (disabled) return;
    close();
    void runAutoLayout({ ...choice, scope });
  }, [choice, scope, disabled, close]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.code !== 'KeyL' || !e.shiftKey || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.repeat || isTyping(e.target)) return;
      e.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run]);

  return (
    <div className="asp-layout" ref={rootRef}>
      <button
        type="button"
        className="asp-button"
        data-testid="auto-layout"
        title={t('layout.buttonTitle')}
        aria-keyshortcuts="Shift+L"
        disabled={disabled}
        onClick={run}
      >
        {t('layout.button')}
      </button>
      <button
        type="button"
        className="asp-button asp-layout__more"
        data-testid="auto-layout-options"
        aria-label={t('layout.optionsButton')}
        title={t('layout.optionsButton')}
        aria-expanded={open}
        onClick={toggle}
      >
        ▾
      </button>
      {busy && (
        <span className="asp-layout__busy" data-testid="layout-busy" role="status">
          <span className="asp-layout__spinner" aria-hidden="true" />
          {t('layout.busy')}
        </span>
      )}
      {open && (
        <div className="asp-popover" role="dialog" aria-label={t('layout.optionsButton')}>
          <fieldset>
            <legend>{t('layout.direction')}</legend>
            {DIRECTIONS.map((d) => (
              <label key={d}>
                <input
                  type="radio"
                  name="layout-direction"
                  data-testid={`layout-direction-${d}`}
                  checked={choice.direction === d}
                  onChange={() => setChoice((c) => ({ ...c, direction: d }))}
                />
                {t(`layout.direction.${d}`)}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('layout.spacing')}</legend>
            {SPACINGS.map((s) => (
              <label key={s}>
                <input
                  type="radio"
                  name="layout-spacing"
                  data-testid={`layout-spacing-${s}`}
                  checked={choice.spacing === s}
                  onChange={() => setChoice((c) => ({ ...c, spacing: s }))}
                />
                {t(`layout.spacing.${s}`)}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('layout.scope')}</legend>
            <label>
              <input
                type="radio"
                name="layout-scope"
                data-testid="layout-scope-all"
                checked={scope === 'all'}
                onChange={() => setChoice((c) => ({ ...c, scope: 'all' }))}
              />
              {t('layout.scope.all')}
            </label>
            <label className={containerId ? undefined : 'asp-popover__disabled'}>
              <input
                type="radio"
                name="layout-scope"
                data-testid="layout-scope-container"
                checked={scope === 'container'}
                disabled={!containerId}
                onChange={() => setChoice((c) => ({ ...c, scope: 'container' }))}
              />
              {t('layout.scope.container')}
            </label>
            {!containerId && (
              <p className="asp-popover__hint">{t('layout.scope.needsContainer')}</p>
            )}
          </fieldset>
          <button
            type="button"
            className="asp-button"
            data-testid="layout-run"
            disabled={disabled}
            onClick={run}
          >
            {t('layout.run')}
          </button>
        </div>
      )}
    </div>
  );
}
