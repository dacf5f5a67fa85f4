/**
 * The top bar: app name and diagram title, New / Open / Save, Undo / Redo, the language
 * switch and the shortcut sheet. Other areas put their buttons (auto layout, export,
 * presets, findings summary) into the slot through `children`.
 */
import { useRef } from 'react';
import type { ReactNode } from 'react';
import { newDiagram } from '../domain/commands';
import { openDocumentFiles } from '../open/openDocument';
import { downloadDocument } from '../export/documentFile';
import { translate } from '../i18n';
import { editorStore, useEditor } from '../store/editorStore';
import { saveLangChoice } from '../store/persistence';
import { hasUnsavedWork } from '../store/unsavedWork';
import { openAsNew } from '../library/session';
import { openShortcutHelp } from './ShortcutHelp';
import { useLang, useT } from './useT';

/**
 * New starts a new diagram of the library as one undo step; over unsaved work only
 * when the user agrees.
 */
export function startNewDiagram(confirmReplace: (message: string) => boolean): void {
  const { lang } = editorStore.getState();
  if (hasUnsavedWork() && !confirmReplace(translate(lang, 'io.new.confirm'))) return;
  openAsNew(newDiagram());
}

export function saveDiagramFile(): void {
  downloadDocument(editorStore.getState().doc);
}

export function Toolbar({ children }: { children?: ReactNode }) {
  const t = useT();
  const lang = useLang();
  const title = useEditor((s) => s.doc.title);
  const canUndo = useEditor((s) => s.past.length > 0);
  const canRedo = useEditor((s) => s.future.length > 0);
  const fileInput = useRef<HTMLInputElement>(null);

  const onFiles = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    // openDocumentFiles reports every problem as a notice and never throws; several
    // files are the .tf files of one Terraform configuration.
    await openDocumentFiles([...files], { confirmReplace: true });
    // Let the same file be opened again after the user fixed it.
    if (fileInput.current) fileInput.current.value = '';
  };

  const switchLang = () => {
    const next = lang === 'en' ? 'ja' : 'en';
    editorStore.getState().setLang(next);
    saveLangChoice(next);
  };

  return (
    <header className="asp-toolbar" data-testid="toolbar">
      <div className="asp-toolbar__brand">
        <h1 className="asp-toolbar__app">{t('io.appName')}</h1>
        <span className="asp-toolbar__title" data-testid="toolbar-title">
          {title || t('io.untitled')}
        </span>
      </div>

      <div className="asp-toolbar__group" role="group" aria-label={t('io.group.file')}>
        <button
          type="button"
          className="asp-button"
          data-testid="toolbar-new"
          onClick={() => startNewDiagram((m) => window.confirm(m))}
        >
          {t('io.new')}
        </button>
        <button
          type="button"
          className="asp-button"
          data-testid="toolbar-open"
          title={t('io.open.title')}
          onClick={() => fileInput.current?.click()}
        >
          {t('io.open')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json,.png,image/png,.yaml,.yml,.template,.tf"
          multiple
          hidden
          data-testid="toolbar-open-input"
          aria-label={t('io.open.title')}
          onChange={(e) => void onFiles(e.target.files)}
        />
        <button
          type="button"
          className="asp-button"
          data-testid="toolbar-save"
          title={t('io.save.title')}
          onClick={saveDiagramFile}
        >
          {t('io.save')}
        </button>
      </div>

      <div className="asp-toolbar__group" role="group" aria-label={t('io.group.history')}>
        <button
          type="button"
          className="asp-button"
          data-testid="toolbar-undo"
          disabled={!canUndo}
          title={t('io.undo.title')}
          onClick={() => editorStore.getState().undo()}
        >
          {t('io.undo')}
        </button>
        <button
          type="button"
          className="asp-button"
          data-testid="toolbar-redo"
          disabled={!canRedo}
          title={t('io.redo.title')}
          onClick={() => editorStore.getState().redo()}
        >
          {t('io.redo')}
        </button>
      </div>

      {/* Buttons of other areas: auto layout, export, presets, findings summary. */}
      <div className="asp-toolbar__slot" data-testid="toolbar-slot">
        {children}
      </div>

      <div className="asp-toolbar__group asp-toolbar__end">
        <button
          type="button"
          className="asp-button"
          data-testid="lang-switch"
          lang={lang === 'en' ? 'ja' : 'en'}
          title={t('io.lang.switch')}
          onClick={switchLang}
        >
          {t('io.lang.other')}
        </button>
        <button
          type="button"
          className="asp-icon-button asp-toolbar__help"
          data-testid="toolbar-help"
          aria-label={t('io.help')}
          title={t('io.help')}
          onClick={openShortcutHelp}
        >
          ?
        </button>
      </div>
    </header>
  );
}
