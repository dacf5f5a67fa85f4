/**
 * Autosave to browser storage, restore on start, and the remembered language.
 *
 * The autosave goes through the same `exportDiagram`/`importDiagram` as files do, so a
 * stored diagram is a public-format document and an old or damaged one is refused with
 * the same reasons. A refused autosave is never thrown away: it is kept aside under
 * its own key (the user's work may be recoverable by hand) and the app starts empty.
 */
import { exportDiagram } from '../domain/document/export';
import { importDiagram } from '../domain/document/import';
import type { ImportIssue } from '../domain/document/issues';
import { pick, preferredLang, translate } from '../i18n';
import type { Lang } from '../i18n';
import type { EditorStore } from './editorStore';

export const AUTOSAVE_KEY = 'asp.autosave.v1';
export const REJECTED_PREFIX = 'asp.autosave.rejected.';
/** Older rejected autosaves are dropped beyond this many: storage is small. */
export const MAX_REJECTED = 3;
export const LANG_KEY = 'asp.lang';
export const AUTOSAVE_DELAY_MS = 400;

/** The part of the DOM `Storage` interface used here (tests pass an in-memory one). */
export type KeyValueStorage = Pick<
  Storage,
  'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'
>;

/** Where `pagehide`/`beforeunload` come from; absent in Node. */
export type PageEvents = Pick<Window, 'addEventListener' | 'removeEventListener'>;

function defaultStorage(): KeyValueStorage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    // Some browsers throw on access when storage is disabled.
    return undefined;
  }
}

function defaultPageEvents(): PageEvents | undefined {
  return typeof window === 'undefined' ? undefined : window;
}

/** An import issue's message already starts with its JSON path. */
function issueLine(lang: Lang, issue: ImportIssue): string {
  return pick(lang, issue.message);
}

/** Keys of kept-aside autosaves, oldest first (ISO timestamps sort as text). */
function rejectedKeys(storage: KeyValueStorage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const k = storage.key(i);
    if (k !== null && k.startsWith(REJECTED_PREFIX)) keys.push(k);
  }
  return keys.sort();
}

/**
 * Store the refused text under a timestamped key, dropping the oldest beyond
 * MAX_REJECTED. Returns the key, or undefined when storage refused the copy.
 */
function keepAside(storage: KeyValueStorage, raw: string, now: Date): string | undefined {
  const key = REJECTED_PREFIX + now.toISOString();
  const older = rejectedKeys(storage).filter((k) => k !== key);
  // Make room first so that a nearly full storage can still take the new copy.
  for (const k of older.slice(0, Math.max(0, older.length - (MAX_REJECTED - 1))))
    storage.removeItem(k);
  try {
    storage.setItem(key, raw);
    return key;
  } catch {
    return undefined;
  }
}

export type RestoreOutcome = 'none' | 'restored' | 'rejected';

/**
 * Load the last autosave into the store without history. A refused one is kept aside
 * and reported by an error notice; the app then starts with its empty diagram.
 */
export function restoreAutosave(
  store: EditorStore,
  storage: KeyValueStorage | undefined = defaultStorage(),
  now: () => Date = () => new Date(),
): RestoreOutcome {
  if (!storage) return 'none';
  let raw: string | null;
  try {
    raw = storage.getItem(AUTOSAVE_KEY);
  } catch {
    return 'none';
  }
  if (raw === null) return 'none';
  const { lang, notify } = store.getState();
  const result = importDiagram(raw);
  if (result.ok) {
    store.getState().loadInitial(result.doc);
    if (result.warnings.length > 0)
      notify({
        tone: 'info',
        text: translate(lang, 'io.autosave.restoredWithRepairs'),
        detail: result.warnings.map((w) => issueLine(lang, w)),
      });
    return 'restored';
  }
  const keptAs = keepAside(storage, raw, now());
  if (keptAs) {
    // Only once it is safe elsewhere; otherwise the next start tries again.
    storage.removeItem(AUTOSAVE_KEY);
  }
  const reason =
    result.errors.length > 0
      ? issueLine(lang, result.errors[0])
      : translate(lang, 'io.autosave.unknownReason');
  notify({
    tone: 'error',
    text: keptAs
      ? translate(lang, 'io.autosave.rejected', { reason, key: keptAs })
      : translate(lang, 'io.autosave.rejectedNotKept', { reason }),
    detail: result.errors.map((e) => issueLine(lang, e)),
  });
  return 'rejected';
}

export interface AutosaveOptions {
  storage?: KeyValueStorage;
  events?: PageEvents;
  delayMs?: number;
  /** Runs the save when the page has nothing else to do (tests pass their own). */
  whenIdle?: (save: () => void) => void;
}

/**
 * Serialising and storing 500 nodes takes tens of milliseconds; in the browser it waits
 * for an idle moment (at most two seconds), so that it never lands in the middle of a
 * layout being drawn or a drag.
 */
function browserIdle(save: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(save, { timeout: 2000 });
  else save();
}

/**
 * Save the document after every change (debounced, then when idle) and when the page
 * goes away.
 * Returns a function that stops autosaving (and flushes a pending save).
 */
export function startAutosave(store: EditorStore, options: AutosaveOptions = {}): () => void {
  const storage = options.storage ?? defaultStorage();
  const events = options.events ?? defaultPageEvents();
  const delay = options.delayMs ?? AUTOSAVE_DELAY_MS;
  const whenIdle = options.whenIdle ?? browserIdle;
  if (!storage) return () => {};

  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastSaved = store.getState().doc;
  // One warning per run of failures: a full storage must not flood the screen.
  let warned = false;

  const save = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const { doc } = store.getState();
    if (doc === lastSaved) return;
    try {
      storage.setItem(AUTOSAVE_KEY, exportDiagram(doc));
      lastSaved = doc;
      warned = false;
    } catch {
      if (!warned) {
        warned = true;
        const { lang, notify } = store.getState();
        notify({ tone: 'warning', text: translate(lang, 'io.autosave.saveFailed') });
      }
    }
  };

  const unsubscribe = store.subscribe((state, prev) => {
    if (state.doc === prev.doc) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      whenIdle(save);
    }, delay);
  });
  events?.addEventListener('pagehide', save);
  events?.addEventListener('beforeunload', save);

  return () => {
    unsubscribe();
    events?.removeEventListener('pagehide', save);
    events?.removeEventListener('beforeunload', save);
    save();
  };
}

/** The language the user chose last time, if any. */
export function loadLangChoice(
  storage: KeyValueStorage | undefined = defaultStorage(),
): Lang | undefined {
  try {
    const v = storage?.getItem(LANG_KEY);
    return v === 'en' || v === 'ja' ? v : undefined;
  } catch {
    return undefined;
  }
}

export function saveLangChoice(
  lang: Lang,
  storage: KeyValueStorage | undefined = defaultStorage(),
): void {
  try {
    storage?.setItem(LANG_KEY, lang);
  } catch {
    // Not remembering the language is harmless.
  }
}

/** The language to start in: the remembered choice, else the browser's. */
export function initialLang(
  storage: KeyValueStorage | undefined = defaultStorage(),
  languages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages,
): Lang {
  return loadLangChoice(storage) ?? preferredLang(languages);
}
