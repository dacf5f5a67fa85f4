/**
 * The learner's progress in the browser: solved challenges, hints used and
 * the rules met, kept in localStorage under `asp.progress.v1`. Storage may be missing
 * (private browsing, disabled) or refuse a write (full): progress then lives in memory
 * for the visit and nothing fails. What is read back goes through `parseProgress`, so
 * a damaged or foreign value is ignored. Who records what: the challenge bar
 * (src/presets/PresetBanner.tsx) records solves and hints, `followRulesMet` the rules.
 */
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Progress } from '../domain/learn/progress';
import {
  EMPTY_PROGRESS,
  parseProgress,
  serializeProgress,
  withHints,
  withRules,
  withSolved,
} from '../domain/learn/progress';
import type { KeyValueStorage } from '../store/persistence';

export const PROGRESS_KEY = 'asp.progress.v1';

export interface ProgressState extends Progress {
  markSolved(presetId: string, hints: number): void;
  noteHint(presetId: string, count: number): void;
  noteRules(ruleIds: Iterable<string>): void;
  resetProgress(): void;
}

export type ProgressStore = StoreApi<ProgressState>;

function browserStorage(): KeyValueStorage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    // Some browsers throw on access when storage is disabled.
    return undefined;
  }
}

function load(storage: KeyValueStorage | undefined): Progress {
  try {
    return parseProgress(storage?.getItem(PROGRESS_KEY));
  } catch {
    return EMPTY_PROGRESS;
  }
}

function save(storage: KeyValueStorage | undefined, progress: Progress): void {
  try {
    if (progress === EMPTY_PROGRESS) storage?.removeItem(PROGRESS_KEY);
    else storage?.setItem(PROGRESS_KEY, serializeProgress(progress));
  } catch {
    // Full or refused: the progress stays in memory for this visit.
  }
}

const dataOf = ({ solved, hintsUsed, rulesMet }: Progress): Progress => ({
  solved,
  hintsUsed,
  rulesMet,
});

/** A progress store over `storage` (tests pass an in-memory one; undefined = memory only). */
export function createProgressStore(
  storage: KeyValueStorage | undefined,
  now: () => Date = () => new Date(),
): ProgressStore {
  return createStore<ProgressState>()((set, get) => {
    /** Applies a pure update; stores and saves only when it changed something. */
    const update = (change: (p: Progress) => Progress) => {
      const before = dataOf(get());
      const after = change(before);
      if (after === before) return;
      set(after);
      save(storage, after);
    };
    return {
      ...load(storage),
      markSolved: (presetId, hints) => update((p) => withSolved(p, presetId, hints, now())),
      noteHint: (presetId, count) => update((p) => withHints(p, presetId, count)),
      noteRules: (ruleIds) => update((p) => withRules(p, ruleIds)),
      resetProgress: () => update(() => EMPTY_PROGRESS),
    };
  });
}

export const progressStore: ProgressStore = createProgressStore(browserStorage());

export function useProgress<T>(selector: (s: ProgressState) => T): T {
  return useStore(progressStore, selector);
}
