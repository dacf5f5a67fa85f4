/**
 * What lives in localStorage: the remembered language, and the one autosave slot of
 * earlier versions, read once to move it into the diagram library (src/library/).
 *
 * The old slot goes through the same `importDiagram` as files do, so an old or damaged
 * one is refused with the same reasons. A refused autosave is never thrown away: it is
 * kept aside under its own key (the user's work may be recoverable by hand).
 */
import { importDiagram } from '../domain/document/import';
import type { ImportIssue } from '../domain/document/issues';
import type { Diagram } from '../domain/document/types';
import { pick, preferredLang, translate } from '../i18n';
import type { Lang } from '../i18n';
import type { EditorStore } from './editorStore';

export const AUTOSAVE_KEY = 'asp.autosave.v1';
export const REJECTED_PREFIX = 'asp.autosave.rejected.';
/** Older rejected autosaves are dropped beyond this many: storage is small. */
export const MAX_REJECTED = 3;
export const LANG_KEY = 'asp.lang';

/** The part of the DOM `Storage` interface used here (tests pass an in-memory one). */
export type KeyValueStorage = Pick<
  Storage,
  'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'
>;

function defaultStorage(): KeyValueStorage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    // Some browsers throw on access when storage is disabled.
    return undefined;
  }
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

export type LegacyAutosave =
  | { state: 'none' }
  /** A valid document, exactly as stored: it moves into the library as it is. */
  | { state: 'found'; text: string; doc: Diagram }
  | { state: 'rejected' };

/**
 * Reads the one autosave slot of earlier versions, for its move into the diagram
 * library (src/library/migration.ts). A refused one is kept aside and reported by an
 * error notice, as it always was. A found one stays in place until
 * `forgetLegacyAutosave`, which the library calls once its copy is written.
 */
export function readLegacyAutosave(
  store: EditorStore,
  storage: KeyValueStorage | undefined = defaultStorage(),
  now: () => Date = () => new Date(),
): LegacyAutosave {
  if (!storage) return { state: 'none' };
  let raw: string | null;
  try {
    raw = storage.getItem(AUTOSAVE_KEY);
  } catch {
    return { state: 'none' };
  }
  if (raw === null) return { state: 'none' };
  const result = importDiagram(raw);
  if (result.ok) return { state: 'found', text: raw, doc: result.doc };
  const { lang, notify } = store.getState();
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
  return { state: 'rejected' };
}

/** The old slot is dropped only when its text is safely in the library. */
export function forgetLegacyAutosave(
  storage: KeyValueStorage | undefined = defaultStorage(),
): void {
  try {
    storage?.removeItem(AUTOSAVE_KEY);
  } catch {
    // Storage refused: the next start finds the slot again and sees it was moved.
  }
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
