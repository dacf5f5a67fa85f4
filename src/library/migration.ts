/**
 * The one-slot autosave of earlier versions becomes a record of the library, once and
 * as it was (its text is stored unchanged). The old slot is removed only after the
 * record is written to IndexedDB; a refused autosave is kept aside, as before (store/persistence.ts).
 */
import type { EditorStore } from '../store/editorStore';
import type { KeyValueStorage } from '../store/persistence';
import { forgetLegacyAutosave, readLegacyAutosave } from '../store/persistence';
import type { LibraryBackend } from './backend';
import { documentFields, newRecordId } from './records';

export type MigrationOutcome = 'none' | 'moved' | 'rejected' | 'not-written';

export async function migrateLegacyAutosave(
  store: EditorStore,
  backend: LibraryBackend,
  storage?: KeyValueStorage,
  now: () => number = Date.now,
): Promise<MigrationOutcome> {
  const legacy = readLegacyAutosave(store, storage);
  if (legacy.state === 'none') return 'none';
  if (legacy.state === 'rejected') return 'rejected';
  const id = newRecordId();
  const at = now();
  const { doc, text } = legacy;
  const result = await backend.update(id, 0, () => ({
    id,
    ...documentFields(doc, text),
    createdAt: at,
    updatedAt: at,
  }));
  if (!result.ok) return 'not-written';
  // A copy in memory dies with the page: the slot stays for a start that can keep it.
  if (backend.kind === 'indexeddb') forgetLegacyAutosave(storage);
  return 'moved';
}
