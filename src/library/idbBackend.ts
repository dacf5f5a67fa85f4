/**
 * The library in IndexedDB, through `idb`: database `asp-library`, one object store
 * `diagrams` keyed by record id. Per-origin and per-browser, like every site's data.
 */
import { openDB } from 'idb';
import type { DBSchema, IDBPDatabase } from 'idb';
import type { LibraryBackend } from './backend';
import { nextRevision, revisionMatches } from './backend';
import type { DiagramRecord } from './records';

export const DB_NAME = 'asp-library';
export const STORE = 'diagrams';
const DB_VERSION = 1;

interface LibrarySchema extends DBSchema {
  diagrams: { key: string; value: DiagramRecord };
}

/** Some private modes never answer an open request; after this the app stops waiting. */
export const OPEN_TIMEOUT_MS = 4000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`IndexedDB did not answer in ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (err: unknown) => {
        clearTimeout(timer);
        reject(err instanceof Error ? err : new Error(String(err)));
      },
    );
  });
}

function backendOver(db: IDBPDatabase<LibrarySchema>): LibraryBackend {
  return {
    kind: 'indexeddb',
    all: () => db.getAll(STORE),
    get: (id) => db.get(STORE, id),
    async update(id, expected, next) {
      const tx = db.transaction(STORE, 'readwrite');
      const current = await tx.store.get(id);
      const fields = revisionMatches(current, expected) ? next(current) : undefined;
      if (!fields) {
        await tx.done;
        return { ok: false, current };
      }
      const record = nextRevision(current, fields);
      await tx.store.put(record);
      // Resolves once the write is committed; a full quota rejects here.
      await tx.done;
      return { ok: true, record };
    },
    remove: (id) => db.delete(STORE, id),
  };
}

/** Rejects when the browser has no IndexedDB, refuses it, or does not answer. */
export async function openIdbBackend(): Promise<LibraryBackend> {
  if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
  const db = openDB<LibrarySchema>(DB_NAME, DB_VERSION, {
    upgrade(db) {
      db.createObjectStore(STORE, { keyPath: 'id' });
    },
  });
  return backendOver(await withTimeout(db, OPEN_TIMEOUT_MS));
}
