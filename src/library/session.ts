/**
 * The app's library session: opens the storage (IndexedDB, else memory), moves the old
 * autosave in, removes trash older than 30 days, and starts this tab's LibraryTab.
 * When the browser keeps nothing, the app works on in memory and says so once.
 */
import type { Diagram } from '../domain/document/types';
import { translate } from '../i18n';
import type { EditorStore } from '../store/editorStore';
import type { KeyValueStorage } from '../store/persistence';
import { editorStore } from '../store/editorStore';
import type { LibraryBackend } from './backend';
import { memoryBackend } from './backend';
import { openIdbBackend } from './idbBackend';
import { libraryState } from './libraryState';
import { migrateLegacyAutosave } from './migration';
import { isPurgeable } from './records';
import type { Channel, TabOptions } from './tabSession';
import { CHANNEL_NAME, LibraryTab } from './tabSession';

let active: LibraryTab | undefined;

/** The running tab session (undefined before start, and in unit tests that use none). */
export function libraryTab(): LibraryTab | undefined {
  return active;
}

/**
 * Opens `doc` as a new diagram of the library, as one undo step: New, Open, a dropped
 * or pasted file, a link and a preset all come here.
 */
export function openAsNew(doc: Diagram, store: EditorStore = editorStore): void {
  active?.claim(doc);
  store.getState().replaceDoc(doc);
}

async function purgeTrash(backend: LibraryBackend, now: number): Promise<void> {
  for (const record of await backend.all())
    if (isPurgeable(record, now)) await backend.remove(record.id);
}

function browserChannel(): Channel | undefined {
  return typeof BroadcastChannel === 'function'
    ? (new BroadcastChannel(CHANNEL_NAME) as unknown as Channel)
    : undefined;
}

function safeSessionStorage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

export type StartOptions = Partial<TabOptions> & {
  /** Where the autosave of earlier versions is (localStorage by default). */
  legacy?: KeyValueStorage;
};

/** Never rejects: any storage failure ends in memory mode, told once. */
export async function startLibrary(
  store: EditorStore = editorStore,
  options: StartOptions = {},
): Promise<LibraryTab> {
  const base: Omit<TabOptions, 'backend'> = {
    session: safeSessionStorage(),
    events: typeof window === 'undefined' ? undefined : window,
    ...options,
  };
  try {
    const backend = await openIdbBackend();
    await migrateLegacyAutosave(store, backend, options.legacy);
    await purgeTrash(backend, (options.now ?? Date.now)());
    const tab = new LibraryTab(store, { channel: browserChannel(), ...base, backend });
    await tab.start();
    libraryState.setState({ status: 'kept' });
    active = tab;
  } catch {
    // Private mode, storage disabled, or a database that cannot be read: in memory.
    const backend = memoryBackend();
    await migrateLegacyAutosave(store, backend, options.legacy);
    const tab = new LibraryTab(store, { ...base, backend });
    await tab.start();
    libraryState.setState({ status: 'memory' });
    const { lang, notify } = store.getState();
    notify({ tone: 'warning', text: translate(lang, 'library.notKept.unavailable') });
    active = tab;
  }
  return active;
}
