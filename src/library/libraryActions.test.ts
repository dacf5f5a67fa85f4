import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { addNode } from '../domain/commands';
import { emptyDiagram } from '../domain/document/types';
import { editorStore } from '../store/editorStore';
import { MemoryStorage, sampleDiagram } from '../store/testStorage';
import {
  deleteForever,
  duplicateRecord,
  listAll,
  openRecord,
  renameRecord,
  restoreRecord,
  trashRecord,
} from './libraryActions';
import { listRecords } from './records';
import { openAsNew, startLibrary } from './session';
import type { LibraryTab } from './tabSession';

let tab: LibraryTab;

async function titles(trash = false): Promise<string[]> {
  return listRecords(await listAll(), { trash }).map((r) => r.title);
}

beforeEach(async () => {
  vi.stubGlobal('indexedDB', new IDBFactory());
  editorStore.getState().loadInitial(emptyDiagram());
  tab = await startLibrary(editorStore, { legacy: new MemoryStorage(), whenIdle: (s) => s() });
  editorStore.getState().commit((d) => ({ ...d, title: 'First' }));
  await tab.flush();
  openAsNew(sampleDiagram());
  await tab.flush();
});

describe('My diagrams’ actions', () => {
  it('renames the open diagram as an undo step, and another one in storage', async () => {
    await renameRecord(tab.currentId, 'Renamed here');
    await tab.flush();
    expect(editorStore.getState().doc.title).toBe('Renamed here');
    expect(await titles()).toEqual(['Renamed here', 'First']);
    const first = (await listAll()).find((r) => r.title === 'First')!;
    await renameRecord(first.id, 'Renamed there');
    expect((await titles()).sort()).toEqual(['Renamed here', 'Renamed there']);
    editorStore.getState().undo();
    expect(editorStore.getState().doc.title).toBe('Autosave sample');
  });

  it('duplicates with the latest edits of the open diagram, under a copy title', async () => {
    editorStore
      .getState()
      .commit((d) => addNode(d, { kind: 'shield', position: { x: 0, y: 0 } }).doc);
    await duplicateRecord(tab.currentId);
    const copy = (await listAll()).find((r) => r.title === 'Autosave sample (copy)')!;
    expect(copy.doc).toContain('"shield"');
    expect(await openRecord(copy.id)).toBe(true);
    expect(editorStore.getState().doc.title).toBe('Autosave sample (copy)');
  });

  it('deletes to the trash and restores; the open diagram gives way to a new one', async () => {
    const open = tab.currentId;
    await trashRecord(open);
    expect(tab.currentId).not.toBe(open);
    expect(editorStore.getState().doc.nodes).toHaveLength(0);
    expect(await titles()).toEqual(['First']);
    expect(await titles(true)).toEqual(['Autosave sample']);
    expect(await openRecord(open)).toBe(false);

    await restoreRecord(open);
    expect(await titles(true)).toEqual([]);
    expect(await openRecord(open)).toBe(true);
    expect(editorStore.getState().doc.title).toBe('Autosave sample');

    const first = (await listAll()).find((r) => r.title === 'First')!;
    await trashRecord(first.id);
    await deleteForever(first.id);
    expect((await listAll()).map((r) => r.title)).toEqual(['Autosave sample']);
  });
});
