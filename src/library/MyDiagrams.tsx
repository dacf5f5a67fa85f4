/**
 * "My diagrams": every diagram this browser keeps, newest first, searchable by title;
 * open, rename, duplicate, download, delete (to the trash, restorable for 30 days).
 * A modal dialog: Escape closes, Tab stays inside, every button names its diagram.
 */
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { Lang, MessageKey } from '../i18n';
import { Modal } from '../panels/Modal';
import { useDialogKeys } from '../panels/useDialogKeys';
import { useLang, useT } from '../panels/useT';
import { PreviewSvg } from '../presets/PresetPreview';
import '../presets/presets.css';
import {
  deleteForever,
  downloadRecord,
  duplicateRecord,
  listAll,
  openRecord,
  renameRecord,
  restoreRecord,
  trashRecord,
} from './libraryActions';
import { closeMyDiagrams, useLibrary } from './libraryState';
import type { DiagramRecord } from './records';
import { TRASH_DAYS, daysLeftInTrash, listRecords } from './records';
import { libraryTab } from './session';
import './library.css';

function useRecords(): DiagramRecord[] | undefined {
  const changes = useLibrary((s) => s.changes);
  const [records, setRecords] = useState<DiagramRecord[]>();
  useEffect(() => {
    let live = true;
    void listAll().then((all) => live && setRecords(all));
    return () => {
      live = false;
    };
  }, [changes]);
  return records;
}

function when(lang: Lang, time: number): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(time);
}

function ActionButton(props: {
  action: MessageKey;
  title: string;
  testId: string;
  onClick: () => void;
}) {
  const t = useT();
  const text = t(props.action);
  return (
    <button
      type="button"
      className="asp-button asp-button--small"
      data-testid={props.testId}
      aria-label={t('library.named', { action: text, title: props.title })}
      onClick={props.onClick}
    >
      {text}
    </button>
  );
}

function RenameForm({ record, onDone }: { record: DiagramRecord; onDone: () => void }) {
  const t = useT();
  const [title, setTitle] = useState(record.title);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.select(), []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void renameRecord(record.id, title.trim()).then(onDone);
  };
  return (
    <form className="asp-library__rename" onSubmit={submit}>
      <input
        ref={input}
        value={title}
        aria-label={t('library.rename.label')}
        data-testid="library-rename-input"
        onChange={(e) => setTitle(e.target.value)}
      />
      <button
        type="submit"
        className="asp-button asp-button--small"
        data-testid="library-rename-save"
      >
        {t('library.rename.save')}
      </button>
      <button type="button" className="asp-button asp-button--small" onClick={onDone}>
        {t('library.rename.cancel')}
      </button>
    </form>
  );
}

function RecordRow({ record, trash }: { record: DiagramRecord; trash: boolean }) {
  const t = useT();
  const lang = useLang();
  const [renaming, setRenaming] = useState(false);
  const title = record.title || t('io.untitled');
  const current = record.id === libraryTab()?.currentId;
  const open = async () => {
    if (await openRecord(record.id)) closeMyDiagrams();
  };
  const removeForever = () => {
    if (window.confirm(t('library.deleteForever.confirm', { title })))
      void deleteForever(record.id);
  };
  const actions: readonly [MessageKey, string, () => void][] = trash
    ? [
        ['library.action.restore', 'library-restore', () => void restoreRecord(record.id)],
        ['library.action.deleteForever', 'library-delete-forever', removeForever],
      ]
    : [
        ['library.action.open', 'library-open', () => void open()],
        ['library.action.rename', 'library-rename', () => setRenaming(true)],
        ['library.action.duplicate', 'library-duplicate', () => void duplicateRecord(record.id)],
        ['library.action.download', 'library-download', () => void downloadRecord(record.id)],
        ['library.action.delete', 'library-delete', () => void trashRecord(record.id)],
      ];
  return (
    <li className="asp-library__item" data-testid="library-item" data-id={record.id}>
      <PreviewSvg preview={record.preview} />
      <div className="asp-library__info">
        {renaming ? (
          <RenameForm record={record} onDone={() => setRenaming(false)} />
        ) : (
          <span className="asp-library__title" data-testid="library-item-title">
            {title}
          </span>
        )}
        <span className="asp-muted">
          {trash
            ? t('library.deleted', {
                when: when(lang, record.deletedAt ?? 0),
                days: daysLeftInTrash(record, Date.now()),
              })
            : t('library.changed', { when: when(lang, record.updatedAt) })}
        </span>
        {current && (
          <span className="asp-library__current" data-testid="library-item-current">
            {t('library.current')}
          </span>
        )}
      </div>
      <div className="asp-library__actions">
        {actions.map(([action, testId, onClick]) => (
          <ActionButton
            key={testId}
            action={action}
            title={title}
            testId={testId}
            onClick={onClick}
          />
        ))}
      </div>
    </li>
  );
}

export default function MyDiagrams() {
  const t = useT();
  const records = useRecords();
  const [query, setQuery] = useState('');
  const [trash, setTrash] = useState(false);
  const dialogRef = useRef<HTMLDivElement>(null);
  const search = useRef<HTMLInputElement>(null);
  useDialogKeys(dialogRef, closeMyDiagrams);
  useEffect(() => search.current?.focus(), []);

  const all = records ?? [];
  const listed = listRecords(all, { trash: false });
  const trashed = listRecords(all, { trash: true });
  const shown = listRecords(all, { trash, query });
  const emptyText = trash
    ? t('library.trashEmpty')
    : query.trim() !== '' && listed.length > 0
      ? t('library.noMatch', { query: query.trim() })
      : t('library.empty');

  return (
    <Modal
      titleId="asp-library-title"
      title={t('library.title')}
      closeLabel={t('library.close')}
      onClose={closeMyDiagrams}
      testId="my-diagrams"
      className="asp-library"
      dialogRef={dialogRef}
    >
      <div className="asp-library__bar">
        <input
          ref={search}
          type="search"
          className="asp-library__search"
          aria-label={t('library.search')}
          placeholder={t('library.search')}
          value={query}
          data-testid="my-diagrams-search"
          onChange={(e) => setQuery(e.target.value)}
        />
        <div className="asp-library__views" role="group" aria-label={t('library.view')}>
          <button
            type="button"
            className="asp-button asp-button--small"
            aria-pressed={!trash}
            data-testid="my-diagrams-show-list"
            onClick={() => setTrash(false)}
          >
            {t('library.view.list', { count: listed.length })}
          </button>
          <button
            type="button"
            className="asp-button asp-button--small"
            aria-pressed={trash}
            data-testid="my-diagrams-show-trash"
            onClick={() => setTrash(true)}
          >
            {t('library.view.trash', { count: trashed.length })}
          </button>
        </div>
      </div>
      {trash && <p className="asp-muted">{t('library.trashNote', { days: TRASH_DAYS })}</p>}
      {records === undefined ? (
        <p>{t('library.loading')}</p>
      ) : shown.length === 0 ? (
        <p data-testid="my-diagrams-empty">{emptyText}</p>
      ) : (
        <ul className="asp-library__list" data-testid="my-diagrams-list">
          {shown.map((r) => (
            <RecordRow key={r.id} record={r} trash={trash} />
          ))}
        </ul>
      )}
    </Modal>
  );
}
