import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyDiagram } from '../domain/document/types';
import type { LibraryBackend } from './backend';
import { memoryBackend } from './backend';
import { openIdbBackend } from './idbBackend';
import { documentFields } from './records';

beforeEach(() => vi.stubGlobal('indexedDB', new IDBFactory()));
afterEach(() => vi.unstubAllGlobals());

function fields(id: string, title: string) {
  return { id, ...documentFields(emptyDiagram(title)), createdAt: 1, updatedAt: 1 };
}

const backends: [string, () => Promise<[LibraryBackend, LibraryBackend]>][] = [
  [
    'IndexedDB (two connections, as two tabs)',
    async () => [await openIdbBackend(), await openIdbBackend()],
  ],
  [
    'memory',
    () => {
      const one = memoryBackend();
      return Promise.resolve([one, one]);
    },
  ],
];

for (const [name, open] of backends)
  describe(`the ${name} backend`, () => {
    it('writes over the revision the writer read, and refuses a stale one', async () => {
      const [tabA, tabB] = await open();
      const first = await tabA.update('d', 0, () => fields('d', 'one'));
      expect(first.ok && first.record.rev).toBe(1);
      expect((await tabB.update('d', 0, () => fields('d', 'again'))).ok).toBe(false);

      expect((await tabA.update('d', 1, () => fields('d', 'two'))).ok).toBe(true);
      const stale = await tabB.update('d', 1, () => fields('d', 'B over A'));
      expect(stale.ok).toBe(false);
      expect(!stale.ok && stale.current?.title).toBe('two');
      expect((await tabB.get('d'))?.title).toBe('two');
    });

    it('keeps the revision when only the trash mark changes', async () => {
      const [backend] = await open();
      await backend.update('d', 0, () => fields('d', 'one'));
      const trashed = await backend.update('d', 'any', (c) => c && { ...c, deletedAt: 5 });
      expect(trashed.ok && trashed.record.rev).toBe(1);
      expect((await backend.all()).map((r) => r.deletedAt)).toEqual([5]);
      await backend.remove('d');
      expect(await backend.get('d')).toBeUndefined();
    });
  });
