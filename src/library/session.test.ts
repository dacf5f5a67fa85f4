import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEditorStore } from '../store/editorStore';
import { AUTOSAVE_KEY, REJECTED_PREFIX } from '../store/persistence';
import { MemoryStorage, sampleDiagram } from '../store/testStorage';
import { openIdbBackend } from './idbBackend';
import { libraryState } from './libraryState';
import { documentFields } from './records';
import { openAsNew, startLibrary } from './session';

const DAY = 24 * 60 * 60 * 1000;

/** An IDBFactory whose open request fails the way a browser refusing storage does. */
function failingFactory(): IDBFactory {
  return {
    open() {
      const request = new EventTarget() as IDBOpenDBRequest;
      Object.assign(request, { error: new DOMException('refused', 'InvalidStateError') });
      setTimeout(() => request.dispatchEvent(new Event('error')));
      return request;
    },
  } as unknown as IDBFactory;
}

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
  libraryState.setState({ status: 'starting', conflict: null });
});
afterEach(() => vi.unstubAllGlobals());

describe('a browser that keeps nothing', () => {
  const refusals: [string, () => unknown][] = [
    ['no IndexedDB at all (storage disabled)', () => undefined],
    [
      'indexedDB.open throws (private mode)',
      () => ({
        open() {
          throw new DOMException('The user denied permission', 'SecurityError');
        },
      }),
    ],
    ['the open request fails', failingFactory],
  ];

  for (const [what, factory] of refusals)
    it(`${what}: works in memory, says so once, and loses nothing open`, async () => {
      vi.stubGlobal('indexedDB', factory());
      const store = createEditorStore('ja');
      const tab = await startLibrary(store, { legacy: new MemoryStorage() });
      expect(libraryState.getState().status).toBe('memory');
      expect(tab.backend.kind).toBe('memory');
      const [notice] = store.getState().notices;
      expect(store.getState().notices).toHaveLength(1);
      expect(notice.tone).toBe('warning');
      expect(notice.text).toContain('ダウンロード');

      openAsNew(sampleDiagram(), store);
      store.getState().commit((d) => ({ ...d, title: 'Still here' }));
      await tab.flush();
      expect(store.getState().doc.title).toBe('Still here');
      expect((await tab.backend.all()).map((r) => r.title)).toEqual(['Still here']);
      expect(store.getState().notices).toHaveLength(1);
    });
});

describe('moving the autosave of earlier versions into the library', () => {
  it('moves it once, as it was stored, and drops the old slot only after the write', async () => {
    const legacy = new MemoryStorage();
    const text = JSON.stringify(sampleDiagram(), null, 1);
    legacy.setItem(AUTOSAVE_KEY, text);
    const store = createEditorStore();
    const tab = await startLibrary(store, { legacy });
    expect(store.getState().doc).toEqual(sampleDiagram());
    const [record] = await tab.backend.all();
    expect(record.doc).toBe(text);
    expect(record.title).toBe('Autosave sample');
    expect(legacy.getItem(AUTOSAVE_KEY)).toBeNull();

    // A second start finds nothing to move.
    await startLibrary(createEditorStore(), { legacy });
    expect(await (await openIdbBackend()).all()).toHaveLength(1);
  });

  it('keeps the old slot when the library cannot be written', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const legacy = new MemoryStorage();
    legacy.setItem(AUTOSAVE_KEY, JSON.stringify(sampleDiagram()));
    const store = createEditorStore();
    await startLibrary(store, { legacy });
    // Shown (from memory), and still in the old slot for a start that can keep it.
    expect(store.getState().doc).toEqual(sampleDiagram());
    expect(legacy.getItem(AUTOSAVE_KEY)).not.toBeNull();
  });

  it('keeps a refused autosave aside and reports it, as before', async () => {
    const legacy = new MemoryStorage();
    legacy.setItem(AUTOSAVE_KEY, '{"type": "aws-sec');
    const store = createEditorStore();
    const tab = await startLibrary(store, { legacy });
    expect(store.getState().notices[0].text).toContain('could not be restored');
    expect([...legacy.data.keys()].some((k) => k.startsWith(REJECTED_PREFIX))).toBe(true);
    expect(await tab.backend.all()).toHaveLength(0);
  });
});

describe('the trash', () => {
  it(`removes diagrams deleted more than 30 days ago on start, and keeps the others`, async () => {
    const now = Date.UTC(2030, 0, 31);
    const backend = await openIdbBackend();
    for (const [id, deletedAt] of [
      ['old', now - 31 * DAY],
      ['recent', now - 29 * DAY],
      ['kept', undefined],
    ] as const)
      await backend.update(id, 0, () => ({
        id,
        ...documentFields(sampleDiagram()),
        createdAt: 0,
        updatedAt: 0,
        ...(deletedAt === undefined ? {} : { deletedAt }),
      }));
    await startLibrary(createEditorStore(), { legacy: new MemoryStorage(), now: () => now });
    expect((await backend.all()).map((r) => r.id).sort()).toEqual(['kept', 'recent']);
  });
});
