/**
 * Where the library's records live: IndexedDB (idbBackend.ts) or, when the browser
 * keeps nothing, memory (this file). Every write is a compare-and-set on the record's
 * revision, done inside one transaction, so that two tabs cannot both write over the
 * same revision: the second is told what is stored now instead.
 */
import type { DiagramRecord } from './records';

export type WriteResult =
  | { ok: true; record: DiagramRecord }
  /** The stored record moved on (or vanished): nothing was written. */
  | { ok: false; current: DiagramRecord | undefined };

/** `expected`: the revision the writer last read (0 for a record not written yet), or 'any'. */
export type ExpectedRev = number | 'any';

export interface LibraryBackend {
  readonly kind: 'indexeddb' | 'memory';
  all(): Promise<DiagramRecord[]>;
  get(id: string): Promise<DiagramRecord | undefined>;
  /**
   * Writes `next(current)` (revision: see nextRevision), when the stored
   * revision is `expected`; `next` returning undefined writes nothing. Rejects when
   * the storage refuses the write (a full quota, a closed database).
   */
  update(
    id: string,
    expected: ExpectedRev,
    next: (current: DiagramRecord | undefined) => Omit<DiagramRecord, 'rev'> | undefined,
  ): Promise<WriteResult>;
  remove(id: string): Promise<void>;
}

/** The check both backends make inside their transaction. */
export function revisionMatches(current: DiagramRecord | undefined, expected: ExpectedRev) {
  return expected === 'any' || (current?.rev ?? 0) === expected;
}

/**
 * The written record. The revision counts document changes: moving a record to the
 * trash and back leaves it, so a tab editing that diagram is not stopped by it.
 */
export function nextRevision(
  current: DiagramRecord | undefined,
  fields: Omit<DiagramRecord, 'rev'>,
): DiagramRecord {
  if (current && current.doc === fields.doc) return { ...fields, rev: current.rev };
  return { ...fields, rev: (current?.rev ?? 0) + 1 };
}

/** Records kept for this page only: private mode, storage disabled. Lost on reload. */
export function memoryBackend(): LibraryBackend {
  const records = new Map<string, DiagramRecord>();
  return {
    kind: 'memory',
    all: () => Promise.resolve([...records.values()]),
    get: (id) => Promise.resolve(records.get(id)),
    update(id, expected, next) {
      const current = records.get(id);
      if (!revisionMatches(current, expected)) return Promise.resolve({ ok: false, current });
      const fields = next(current);
      if (!fields) return Promise.resolve({ ok: false, current });
      const record = nextRevision(current, fields);
      records.set(id, record);
      return Promise.resolve({ ok: true, record });
    },
    remove(id) {
      records.delete(id);
      return Promise.resolve();
    },
  };
}
