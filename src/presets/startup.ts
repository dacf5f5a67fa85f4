/**
 * `?preset=<id>` opens that preset on start, after the autosave was restored: the
 * restored diagram stays one Undo away. The parameter is then removed from the address,
 * so that a reload restores the learner's edits (autosave) instead of a fresh copy.
 */
import { translate } from '../i18n';
import { editorStore } from '../store/editorStore';
import { loadPresetCatalog } from './catalog';
import { openPreset } from './openPreset';
import { hasUnsavedWork } from '../store/unsavedWork';

export const PRESET_PARAM = 'preset';

/** Does nothing without the parameter. Never throws; problems become notices. */
export async function openPresetFromUrl(location: Location = window.location): Promise<void> {
  const url = new URL(location.href);
  const id = url.searchParams.get(PRESET_PARAM);
  if (id === null) return;
  url.searchParams.delete(PRESET_PARAM);
  window.history.replaceState(window.history.state, '', url);

  const notify = (
    tone: 'info' | 'warning' | 'error',
    key: Parameters<typeof translate>[1],
    params?: Record<string, string>,
  ) => {
    const { lang } = editorStore.getState();
    editorStore.getState().notify({ tone, text: translate(lang, key, params) });
  };
  try {
    const { entries } = await loadPresetCatalog();
    const entry = entries.find((e) => e.id === id);
    if (!entry) {
      notify('warning', 'presets.url.unknown', { id });
      return;
    }
    const hadWork = hasUnsavedWork();
    if ((await openPreset(entry, { confirmReplace: false })) && hadWork)
      notify('info', 'presets.url.previousKept');
  } catch (err) {
    notify('error', 'presets.loadFailed', {
      reason: err instanceof Error ? err.message : String(err),
    });
  }
}
