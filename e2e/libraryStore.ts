/**
 * What the browser keeps, read from the page: the records of the diagram library
 * (IndexedDB `asp-library`, store `diagrams`; src/library/idbBackend.ts).
 */
import type { Page } from '@playwright/test';

export interface StoredRecord {
  id: string;
  title: string;
  doc: string;
  rev: number;
  updatedAt: number;
  deletedAt?: number;
}

/** Every record, as stored (none when the database does not exist yet). */
export function storedRecords(page: Page): Promise<StoredRecord[]> {
  return page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name);
    if (!names.includes('asp-library')) return [];
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('asp-library');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    try {
      return await new Promise<StoredRecord[]>((resolve, reject) => {
        const req = db.transaction('diagrams').objectStore('diagrams').getAll();
        req.onsuccess = () => resolve(req.result as StoredRecord[]);
        req.onerror = () => reject(req.error);
      });
    } finally {
      db.close();
    }
  });
}

/**
 * Whether a saved diagram holds `text`: a record of the library, or the one autosave
 * slot of earlier versions (so that a test of the two-tab story also runs against them).
 */
export async function kept(page: Page, text: string): Promise<boolean> {
  const legacy = await page.evaluate(() => localStorage.getItem('asp.autosave.v1') ?? '');
  if (legacy.includes(text)) return true;
  return (await storedRecords(page)).some((r) => r.doc.includes(text));
}
