/**
 * Challenge mode's shared state: while a "find the mistake" preset is open,
 * its findings stay hidden until the learner asks to check, and hints reveal them one
 * at a time. The findings panel and the node badges read `findingsHidden` from here;
 * the presets area (src/presets/) owns the rest of the behaviour.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Localized } from '../domain/document/types';

/** A finding the learner asked a hint for; its text is kept so it stays readable once fixed. */
export interface RevealedHint {
  /** `findingKey` of the finding when it was revealed. */
  key: string;
  message: Localized;
  nodes: readonly string[];
}

export interface ChallengeState {
  /** Id of the open challenge preset, or null outside challenge mode. */
  presetId: string | null;
  /** True once the learner pressed "Check my design". */
  checked: boolean;
  /** How many findings the learner has revealed with "Hint" (= `revealed.length`). */
  hints: number;
  /** The findings revealed by "Hint", oldest first. */
  revealed: readonly RevealedHint[];
  start(presetId: string): void;
  check(): void;
  /** Reveal one more finding; a finding already revealed is ignored. */
  hint(finding: RevealedHint): void;
  /** Leave challenge mode (another document opened, new diagram, or the user quits). */
  leave(): void;
}

const FRESH = { checked: false, hints: 0, revealed: [] } as const;

export const challengeStore = createStore<ChallengeState>()((set) => ({
  presetId: null,
  ...FRESH,
  start: (presetId) => set({ presetId, ...FRESH }),
  check: () => set({ checked: true }),
  hint: (finding) =>
    set((s) => {
      if (s.presetId === null || s.revealed.some((r) => r.key === finding.key)) return s;
      const revealed = [...s.revealed, finding];
      return { revealed, hints: revealed.length };
    }),
  leave: () => set({ presetId: null, ...FRESH }),
}));

export function useChallenge<T>(selector: (s: ChallengeState) => T): T {
  return useStore(challengeStore, selector);
}

/** Findings are hidden on the canvas and in the panel while an unchecked challenge is open. */
export function findingsHidden(s: ChallengeState): boolean {
  return s.presetId !== null && !s.checked;
}
