/**
 * The toolbar's Export menu: PNG (with the diagram embedded), SVG and JSON, plus the
 * image options. The export code loads on first use.
 */
import { useState } from 'react';
import { translate } from '../i18n';
import { useT } from '../panels/useT';
import { editorStore } from '../store/editorStore';
import type * as ExportActions from './exportActions';
import type { ExportFormat } from './exportActions';
import type { ImageChoice } from './render';
import { DEFAULT_IMAGE_CHOICE } from './render';
import { usePopover } from './usePopover';
import './popover.css';

const FORMATS: readonly ExportFormat[] = ['png', 'svg', 'json'];

async function runExport(format: ExportFormat, choice: ImageChoice): Promise<void> {
  let actions: typeof ExportActions;
  try {
    actions = await import('./exportActions');
  } catch (err) {
    const { lang, notify } = editorStore.getState();
    const reason = err instanceof Error ? err.message : String(err);
    notify({ tone: 'error', text: translate(lang, 'exporting.failed', { reason }) });
    return;
  }
  await actions.exportAs(format, choice);
}

export function ExportMenu() {
  const t = useT();
  const { open, toggle, close, rootRef } = usePopover<HTMLDivElement>();
  const [choice, setChoice] = useState<ImageChoice>(DEFAULT_IMAGE_CHOICE);
  const [busy, setBusy] = useState(false);

  const run = async (format: ExportFormat) => {
    close();
    setBusy(true);
    try {
      await runExport(format, choice);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="asp-export" ref={rootRef}>
      <button
        type="button"
        className="asp-button"
        data-testid="export-menu"
        title={t('exporting.menuTitle')}
        aria-expanded={open}
        aria-busy={busy}
        disabled={busy}
        onClick={toggle}
      >
        {busy ? t('exporting.busy') : t('exporting.menu')}
      </button>
      {open && (
        <div className="asp-popover" role="dialog" aria-label={t('exporting.menu')}>
          <fieldset>
            <legend>{t('exporting.background')}</legend>
            {(['white', 'transparent'] as const).map((b) => (
              <label key={b}>
                <input
                  type="radio"
                  name="export-background"
                  data-testid={`export-background-${b}`}
                  checked={choice.background === b}
                  onChange={() => setChoice((c) => ({ ...c, background: b }))}
                />
                {t(`exporting.background.${b}`)}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('exporting.scale')}</legend>
            {([1, 2] as const).map((s) => (
              <label key={s}>
                <input
                  type="radio"
                  name="export-scale"
                  data-testid={`export-scale-${s}`}
                  checked={choice.scale === s}
                  onChange={() => setChoice((c) => ({ ...c, scale: s }))}
                />
                {`${s}×`}
              </label>
            ))}
          </fieldset>
          <label>
            <input
              type="checkbox"
              data-testid="export-badges"
              checked={choice.badges}
              onChange={(e) => {
                const badges = e.currentTarget.checked;
                setChoice((c) => ({ ...c, badges }));
              }}
            />
            {t('exporting.badges')}
          </label>
          <div className="asp-popover__actions">
            {FORMATS.map((f) => (
              <button
                key={f}
                type="button"
                className="asp-button"
                data-testid={`export-${f}`}
                onClick={() => void run(f)}
              >
                {t(`exporting.${f}`)}
              </button>
            ))}
          </div>
          <p className="asp-popover__hint">{t('exporting.pngHint')}</p>
        </div>
      )}
    </div>
  );
}
