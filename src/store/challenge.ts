/**
 * Challenge mode's shared state (issue 5): while a "find the mistake" preset is open,
 * its findings stay hidden until the learner asks to check, and hints reveal them one
 * at a time. The findings panel and the node badges read `findingsHidden` from here;
 * the presets area owns the rest of the behaviour.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

export interface ChallengeState {
  /** Id of the open challenge preset, or null outside challenge mode. */
  presetId: string | null;
  /** True once the learner pressed "Check my design". */
  checked: boolean;
  /** How many findings the learner has revealed with "Hint". */
  hints: number;
  start(presetId: string): void;
  check(): void;
  hint(): void;
  /** Leave challenge mode (another document opened, new diagram, or the user quits). */
  leave(): void;
}

export const challengeStore = createStore<ChallengeState>()((set) => ({
  presetId: null,
  checked: false,
  hints: 0,
  start: (presetId) => set({ presetId, checked: false, hints: 0 }),
  check: () => set({ checked: true }),
  hint: () => set((s) => ({ hints: s.hints + 1 })),
  leave: () => set({ presetId: null, checked: false, hints: 0 }),
}));

export function useChallenge<T>(selector: (s: ChallengeState) => T): T {
  return useStore(challengeStore, selector);
}

/** Findings are hidden on the canvas and in the panel while an unchecked challenge is open. */
export function findingsHidden(s: ChallengeState): boolean {
  return s.presetId !== null && !s.checked;
}
