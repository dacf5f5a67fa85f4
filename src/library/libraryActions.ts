/**
 * What My diagrams does to records: rename, duplicate, download, move to the trash,
 * restore, delete for good. The open diagram is changed through the editor (so a
 * rename is an undo step and reaches the record by the autosave); any other record is
 * changed in storage directly, and the other tabs are told.
 */
import { importDiagram } from '../domain/document/import';
import type { Diagram } from '../domain/document/types';
import { downloadDocument } from '../export/documentFile';
import { translate } from '../i18n';
import { editorStore } from '../store/editorStore';
import type { DiagramRecord } from './records';
import { documentFields, newRecordId } from './records';
import { libraryTab } from './session';
import type { LibraryTab } from './tabSession';

function tab(): LibraryTab {
  const t = libraryTab();
  if (!t) throw new Error('The diagram library has not started');
  return t;
}

export function copyTitle(title: string): string {
  const { lang } = editorStore.getState();
  return translate(lang, 'library.copyTitle', {
    title: title || translate(lang, 'io.untitled'),
  });
}

export async function listAll(): Promise<DiagramRecord[]> {
  return tab().backend.all();
}

/** The record's document, or undefined (with a notice) when it cannot be read. */
async function readDoc(id: string): Promise<Diagram | undefined> {
  const t = tab();
  if (id === t.currentId) return editorStore.getState().doc;
  const record = await t.backend.get(id);
  if (!record) return undefined;
  const result = importDiagram(record.doc);
  if (result.ok) return result.doc;
  const { lang, notify } = editorStore.getState();
  notify({
    tone: 'error',
    text: translate(lang, 'library.openRefused', {
      title: record.title || translate(lang, 'io.untitled'),
    }),
    detail: result.errors.map((e) => e.message[lang]),
  });
  return undefined;
}

/** Writes `doc` over record `id` whatever its revision (an explicit user action). */
async function overwrite(id: string, doc: Diagram): Promise<void> {
  const t = tab();
  const result = await t.backend.update(id, 'any', (current) =>
    current ? { ...current, ...documentFields(doc), updatedAt: Date.now() } : undefined,
  );
  if (result.ok) t.broadcast({ type: 'saved', id, rev: result.record.rev });
}

export async function renameRecord(id: string, title: string): Promise<void> {
  if (id === tab().currentId) {
    editorStore.getState().commit((d) => (d.title === title ? d : { ...d, title }));
    return;
  }
  const doc = await readDoc(id);
  if (doc) await overwrite(id, { ...doc, title });
}

export async function duplicateRecord(id: string): Promise<void> {
  const doc = await readDoc(id);
  if (!doc) return;
  const copy = { ...doc, title: copyTitle(doc.title ?? '') };
  const newId = newRecordId();
  const now = Date.now();
  const t = tab();
  await t.backend.update(newId, 0, () => ({
    id: newId,
    ...documentFields(copy),
    createdAt: now,
    updatedAt: now,
  }));
  t.broadcast({ type: 'changed' });
}

/** Downloads through Save's own path (a JSON file named after the title). */
export async function downloadRecord(id: string): Promise<void> {
  const doc = await readDoc(id);
  if (doc) downloadDocument(doc);
}

async function setDeleted(id: string, deletedAt: number | undefined): Promise<boolean> {
  const t = tab();
  const result = await t.backend.update(id, 'any', (current) => {
    if (!current) return undefined;
    const { deletedAt: _was, ...rest } = current;
    return deletedAt === undefined ? rest : { ...rest, deletedAt };
  });
  return result.ok;
}

/** To the trash (restorable for TRASH_DAYS). The open diagram gives way to a new one. */
export async function trashRecord(id: string): Promise<void> {
  const t = tab();
  if (id === t.currentId) {
    await t.flush();
    t.startEmpty();
  }
  if (await setDeleted(id, Date.now())) t.broadcast({ type: 'trashed', id });
}

export async function restoreRecord(id: string): Promise<void> {
  if (await setDeleted(id, undefined)) tab().broadcast({ type: 'changed' });
}

export async function deleteForever(id: string): Promise<void> {
  const t = tab();
  await t.backend.remove(id);
  t.broadcast({ type: 'changed' });
}

export async function openRecord(id: string): Promise<boolean> {
  return tab().openRecord(id);
}
